// The YAML blocks beyond CommonMark: ```quiz, ```reflection and ```timeline.
// Each parser reads the block's YAML, reports every problem it finds (at file positions,
// through `src`) and returns the best model it can build, or nullopt when the YAML itself
// cannot be read (the error says why; a reflection or timeline is then shown as code, a quiz
// as a notice that it could not be loaded, never its answer key).
#pragma once
#include "course/document.h"
#include "load/yaml_reader.h"

#include <optional>
#include <string_view>

namespace lectern {

// `passGiven` (optional) is set when the block has its own "pass:".
std::optional<Quiz> parseQuizBlock(std::string_view yaml, const YamlSource& src, SourcePos blockPos,
                                   bool* passGiven = nullptr);
std::optional<Reflection> parseReflectionBlock(std::string_view yaml, const YamlSource& src, SourcePos blockPos);
std::optional<Timeline> parseTimelineBlock(std::string_view yaml, const YamlSource& src, SourcePos blockPos);

// Trims ASCII spaces, tabs and line ends at both ends.
std::string_view trimSpaces(std::string_view s);

} // namespace lectern
