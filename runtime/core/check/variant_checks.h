// A translation against its base (issue 16): a variant must keep every id of the base (sections,
// quizzes, questions, choices, matching pairs, reflections) and the quizzes' structure
// (question kinds, choice ids, which choices are right), since progress is keyed by these ids
// and one progress holds whatever the language. Run by the loader on every variant, so
// `lectern check` reports them as `FILE:LINE:COL: error: ...`.
#pragma once
#include "course/document.h"

#include <string>
#include <vector>

namespace lectern {

// Compares `variant` (file variant.file, language `tag`) with `base`; problems are reported
// in the variant's file.
void checkModuleVariant(const Module& base, const Module& variant, Diagnostics& diags);

// The variant's `language:` must be its file name's tag (given: the key is present; pos: its value).
void checkVariantLanguage(const std::string& file, const std::string& tag, const std::string& language, bool given,
                          SourcePos pos, Diagnostics& diags);

// Every term of glossary.<tag>.md must be a term of the base glossary (same {#term-id}).
void checkGlossaryVariant(const std::vector<GlossaryEntry>& base, const std::vector<GlossaryEntry>& variant,
                          const std::string& file, const std::string& baseFile, Diagnostics& diags);

} // namespace lectern
