// Typed reading of YAML maps with precise diagnostics. Used for front matter, course.yaml and
// the ```quiz / ```reflection / ```timeline blocks. Positions from yaml-cpp marks are shifted
// to file lines and columns, so an error inside a quiz points at the file's own line.
// Internal to runtime/core/load (yaml-cpp is a private dependency of lectern_core).
#pragma once
#include "course/diagnostic.h"

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lectern {

// Where a YAML text sits in its file, and where its problems go.
struct YamlSource {
    std::string file;
    int lineOffset = 0;  // file line of the YAML text's first line, minus 1
    int colOffset = 0;   // columns the YAML text was shifted left (fenced block indentation)
    Diagnostics* diags = nullptr;
    // Bytes of text (and nodes) the YAML of the whole module may still expand to: an alias
    // ("*name") repeats its anchor's text each time it is used, so 243 KB of YAML could become
    // hundreds of MB. Shared by every block of one module; null = no budget.
    size_t* expansionBudget = nullptr;

    SourcePos pos(const YAML::Mark& m) const;
    SourcePos pos(const YAML::Node& n) const { return pos(n.Mark()); }
    void error(SourcePos p, std::string msg) const { diags->error(file, p, std::move(msg)); }
    void warning(SourcePos p, std::string msg) const { diags->warning(file, p, std::move(msg)); }
};

// What the YAML of one module may expand to in all (see YamlSource::expansionBudget): twice
// the largest module file, far above what text without aliases can reach.
constexpr size_t kMaxYamlExpansionPerModule = 16u * 1024u * 1024u;

// Parses `text`; on a syntax error reports it (at the right file line) and returns nullopt.
// `fallback` is used when the error has no position. Inputs over 256 KiB or nested more than
// 64 brackets deep are refused before yaml-cpp sees them.
std::optional<YAML::Node> parseYaml(std::string_view text, const YamlSource& src, SourcePos fallback,
                                    std::string_view what);

// A YAML map being read: every accessor reports a wrong type or a missing required key.
class YamlMap {
public:
    YamlMap(YAML::Node node, const YamlSource& src, std::string what, SourcePos fallback);

    bool isMap() const { return m_node.IsMap(); }
    bool has(std::string_view key) const;
    YAML::Node get(std::string_view key) const;
    SourcePos keyPos(std::string_view key) const;  // the key's position, or the map's
    SourcePos valuePos(std::string_view key) const;
    SourcePos pos() const { return m_pos; }

    // Warns about keys not in `known`, suggesting the closest known key.
    void warnUnknownKeys(std::initializer_list<std::string_view> known) const;

    std::optional<std::string> string(std::string_view key, bool required) const;
    std::optional<long long> integer(std::string_view key, bool required, long long min, long long max) const;
    std::optional<double> number(std::string_view key, bool required, double min, double max) const;
    std::optional<bool> boolean(std::string_view key, bool required) const;
    // A list of strings; a single string is accepted as a list of one when `allowScalar`.
    std::optional<std::vector<std::string>> stringList(std::string_view key, bool required, bool allowScalar) const;

    const YamlSource& source() const { return m_src; }
    const std::string& what() const { return m_what; }

private:
    struct Entry {
        std::string key;
        YAML::Node keyNode;
        YAML::Node value;
    };
    const Entry* find(std::string_view key) const;

    YAML::Node m_node;
    std::vector<Entry> m_entries;  // the map read once: yaml-cpp's iteration is slow
    const YamlSource& m_src;
    std::string m_what;
    SourcePos m_pos;
};

// "true", "yes", "on"... as YAML 1.1 booleans; nullopt when `s` is not one.
std::optional<bool> yamlBool(std::string_view s);
// A scalar that is a number ("11", "0.5", "1e3"); nullopt otherwise.
std::optional<double> yamlNumber(std::string_view s);
// Levenshtein distance, for "did you mean" suggestions.
size_t editDistance(std::string_view a, std::string_view b);
// A readable name of a node's kind for messages: "a list", "a map", "a string"...
const char* yamlKindName(const YAML::Node& n);

} // namespace lectern
