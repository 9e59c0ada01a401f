// Translations on disk (issue 16): modules/<id>/module.<tag>.md, content/glossary.<tag>.md and
// content/course.<tag>.yaml beside the base files. Finding them and reading course.<tag>.yaml;
// each module and glossary variant is then parsed like its base (course_loader.cpp) and
// compared with it (check/variant_checks.h).
#pragma once
#include "course/document.h"

#include <string>
#include <string_view>
#include <vector>

namespace lectern {

struct VariantFile {
    std::string tag;   // "fr", "zh-Hans"
    std::string file;  // as displayed: dir + "/" + stem + "." + tag + ext
};

// The files named `<stem>.<tag><ext>` in `dir` (as displayed), in tag order, for the tags of
// variantLanguageTags(). Another tag is a warning (the file is skipped), and so is a variant
// that is no regular file or that leads out of `courseRoot` (a symbolic link).
std::vector<VariantFile> findVariantFiles(const std::string& dir, const std::string& stem, const std::string& ext,
                                          const std::string& courseRoot, Diagnostics& diags);

// content/course.<tag>.yaml: only `title:` and `summary:` (the other keys are the base's and
// are warned about). Problems go to `diags`.
CourseText parseCourseTextVariant(std::string_view bytes, const std::string& file, Diagnostics& diags);

} // namespace lectern
