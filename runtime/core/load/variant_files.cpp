// Finding translation files and reading course.<tag>.yaml. See variant_files.h.
#include "load/variant_files.h"

#include "load/interactive_blocks.h"
#include "load/yaml_reader.h"
#include "util/contained_path.h"
#include "util/file_read.h"
#include "util/utf8.h"

#include <algorithm>
#include <filesystem>

namespace lectern {
namespace fs = std::filesystem;

namespace {
// A folder of a million files named like variants gets a few warnings, not a million.
constexpr int kMaxUnknownTagWarnings = 10;
} // namespace

std::vector<VariantFile> findVariantFiles(const std::string& dir, const std::string& stem, const std::string& ext,
                                          const std::string& courseRoot, Diagnostics& diags) {
    std::vector<VariantFile> found;
    const std::string prefix = stem + ".";
    int unknownWarnings = 0;
    std::error_code ec;
    for (fs::directory_iterator it(dir.empty() ? "." : dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() <= prefix.size() + ext.size() || name.compare(0, prefix.size(), prefix) != 0 ||
            name.compare(name.size() - ext.size(), ext.size(), ext) != 0)
            continue;
        const std::string tag = name.substr(prefix.size(), name.size() - prefix.size() - ext.size());
        const std::string file = (fs::path(dir) / name).generic_string();
        if (!isVariantLanguageTag(tag)) {
            if (tag.find('.') != std::string::npos) continue;  // "module.fr.md.orig" style leftovers are not ours
            if (unknownWarnings++ < kMaxUnknownTagWarnings) {
                std::string known;
                for (const std::string& t : variantLanguageTags()) known += (known.empty() ? "" : ", ") + t;
                diags.warning(file, {}, "'" + utf8::sanitize(tag) + "' is not a language Lectern knows (" + known +
                                            "); the file is skipped");
            }
            continue;
        }
        if (!courseRoot.empty()) {
            std::error_code aec;
            const ContainedPath where = resolveInsideCourse(fs::absolute(courseRoot, aec), fs::absolute(file, aec));
            if (!where.inside()) {
                diags.error(file, {}, "translation " + where.reason + "; it is skipped");
                continue;
            }
        }
        if (const std::string problem = regularFileProblem(file); !problem.empty()) {
            diags.error(file, {}, "translation " + problem + "; it is skipped");
            continue;
        }
        found.push_back({tag, file});
    }
    const auto rank = [](const std::string& tag) {
        const auto& tags = variantLanguageTags();
        return std::find(tags.begin(), tags.end(), tag) - tags.begin();
    };
    std::sort(found.begin(), found.end(), [&](const VariantFile& a, const VariantFile& b) { return rank(a.tag) < rank(b.tag); });
    return found;
}

CourseText parseCourseTextVariant(std::string_view bytes, const std::string& file, Diagnostics& diags) {
    CourseText text;
    const std::vector<utf8::BadByte> bad = utf8::findBadBytes(bytes, 1);
    if (!bad.empty()) {
        diags.error(file, bad[0].pos, bad[0].nul ? "NUL byte in the file; it must be plain UTF-8 text"
                                                 : "invalid UTF-8; save the file as UTF-8");
        return text;
    }
    YamlSource src{file, 0, 0, &diags};
    std::optional<YAML::Node> root = parseYaml(bytes, src, {1, 1}, "course translation");
    if (!root) return text;
    if (!root->IsMap()) {
        diags.error(file, {1, 1}, "a course translation holds 'title:' and 'summary:' lines");
        return text;
    }
    YamlMap m(*root, src, "course translation", {1, 1});
    m.warnUnknownKeys({"title", "summary"});
    text.title = std::string(trimSpaces(m.string("title", false).value_or("")));
    text.summary = std::string(trimSpaces(m.string("summary", false).value_or("")));
    return text;
}

} // namespace lectern
