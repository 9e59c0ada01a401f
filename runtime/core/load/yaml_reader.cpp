// Typed YAML reading with diagnostics. See yaml_reader.h.
#include "load/yaml_reader.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace lectern {
namespace {

constexpr size_t kMaxYamlBytes = 256 * 1024;  // also bounds indentation nesting (yaml-cpp recurses)
constexpr int kMaxYamlNesting = 64;


// Deep nesting makes yaml-cpp recurse; measure it before parsing. Flow brackets and block
// indentation ("- - - x" or ever deeper indents) both count.
int nestingEstimate(std::string_view text) {
    int depth = 0, maxDepth = 0;
    bool inQuote = false;
    char quote = 0;
    size_t lineStart = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            inQuote = false;
            lineStart = i + 1;
            continue;
        }
        if (inQuote) {
            if (c == quote) inQuote = false;
            continue;
        }
        if (c == '"' || c == '\'') {
            // Only a quote that opens a scalar starts a quoted string.
            if (i == lineStart || text[i - 1] == ' ' || text[i - 1] == '[' || text[i - 1] == '{' || text[i - 1] == ',' ) {
                inQuote = true;
                quote = c;
            }
            continue;
        }
        if (c == '#' && (i == lineStart || text[i - 1] == ' ')) {
            while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
            continue;
        }
        if (c == '[' || c == '{') maxDepth = std::max(maxDepth, ++depth);
        if ((c == ']' || c == '}') && depth > 0) --depth;
    }
    // Block nesting: "- " runs on one line, and indentation (each level needs at least 1 column).
    int dashRun = 0, maxIndent = 0;
    lineStart = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n') {
            std::string_view line = text.substr(lineStart, i - lineStart);
            size_t k = 0;
            int dashes = 0;
            while (k < line.size()) {
                if (line[k] == ' ') ++k;
                else if (line[k] == '-' && k + 1 < line.size() && line[k + 1] == ' ') ++dashes, k += 2;
                else break;
            }
            const size_t indent = line.find_first_not_of(' ');
            if (indent != std::string_view::npos) maxIndent = std::max(maxIndent, int(indent));
            dashRun = std::max(dashRun, dashes);
            lineStart = i + 1;
        }
    }
    return std::max({maxDepth, dashRun, maxIndent / 8});
}

// Spends the budget on every node and scalar byte as the readers will see them (an alias is
// counted each time it is used). Stops as soon as it is spent, so billion laughs or an alias
// loop cost no more than the budget. False when spent.
bool spendExpansion(const YAML::Node& root, size_t& budget) {
    std::vector<YAML::Node> todo{root};
    while (!todo.empty()) {
        const YAML::Node n = todo.back();
        todo.pop_back();
        // A node costs what a small string does in the model; text costs its bytes.
        const size_t cost = 16 + (n.IsScalar() ? n.Scalar().size() : 0);
        if (cost > budget) {
            budget = 0;
            return false;
        }
        budget -= cost;
        if (n.IsSequence()) {
            for (const YAML::Node& c : n) todo.push_back(c);
        } else if (n.IsMap()) {
            for (YAML::const_iterator it = n.begin(); it != n.end(); ++it) {
                todo.push_back(it->first);
                todo.push_back(it->second);
            }
        }
    }
    return true;
}

} // namespace

size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

SourcePos YamlSource::pos(const YAML::Mark& m) const {
    if (m.line < 0) return {lineOffset > 0 ? lineOffset : 0, 0};
    return {m.line + 1 + lineOffset, m.column + 1 + colOffset};
}

std::optional<YAML::Node> parseYaml(std::string_view text, const YamlSource& src, SourcePos fallback,
                                    std::string_view what) {
    if (text.size() > kMaxYamlBytes) {
        src.error(fallback, std::string(what) + " is over 256 KiB of YAML; split it");
        return std::nullopt;
    }
    if (nestingEstimate(text) > kMaxYamlNesting) {
        src.error(fallback, std::string(what) + " nests lists or maps more than " + std::to_string(kMaxYamlNesting) +
                                " deep; flatten it");
        return std::nullopt;
    }
    try {
        YAML::Node root = YAML::Load(std::string(text));
        if (src.expansionBudget && !spendExpansion(root, *src.expansionBudget)) {
            src.error(fallback, std::string(what) + ": the YAML of this module expands to more than " +
                                    std::to_string(kMaxYamlExpansionPerModule / (1024 * 1024)) +
                                    " MiB through aliases ('*name' repeating an '&name' anchor); repeat less, or "
                                    "split the module");
            return std::nullopt;
        }
        return root;
    } catch (const YAML::Exception& e) {
        SourcePos p = e.mark.line >= 0 ? src.pos(e.mark) : fallback;
        std::string msg = e.msg.empty() ? std::string("invalid YAML") : e.msg;
        src.error(p, "YAML syntax error in " + std::string(what) + ": " + msg +
                         " (check indentation, and quote text that contains ': ' or starts with a symbol)");
        return std::nullopt;
    } catch (const std::exception& e) {
        src.error(fallback, "cannot read " + std::string(what) + ": " + e.what());
        return std::nullopt;
    }
}

std::optional<bool> yamlBool(std::string_view s) {
    static const char* yes[] = {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"};
    static const char* no[] = {"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"};
    for (const char* y : yes)
        if (s == y) return true;
    for (const char* n : no)
        if (s == n) return false;
    return std::nullopt;
}

std::optional<double> yamlNumber(std::string_view s) {
    if (s.empty() || s.size() > 64) return std::nullopt;
    std::string str(s);
    char* end = nullptr;
    errno = 0;
    const double v = std::strtod(str.c_str(), &end);
    if (end != str.c_str() + str.size() || errno == ERANGE || !std::isfinite(v)) return std::nullopt;
    // strtod accepts hex and "inf"/"nan"; YAML authors mean decimal numbers.
    if (str.find_first_of("xXnN") != std::string::npos) return std::nullopt;
    return v;
}

const char* yamlKindName(const YAML::Node& n) {
    switch (n.Type()) {
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Scalar: return "a single value";
    case YAML::NodeType::Null: return "empty";
    default: return "undefined";
    }
}

YamlMap::YamlMap(YAML::Node node, const YamlSource& src, std::string what, SourcePos fallback)
    : m_node(std::move(node)), m_src(src), m_what(std::move(what)) {
    m_pos = m_node.Mark().line >= 0 ? src.pos(m_node) : fallback;
    if (m_node.IsMap())
        for (auto it = m_node.begin(); it != m_node.end(); ++it)
            m_entries.push_back({it->first.IsScalar() ? it->first.Scalar() : std::string("?"), it->first, it->second});
}

const YamlMap::Entry* YamlMap::find(std::string_view key) const {
    for (const Entry& e : m_entries)
        if (e.key == key && e.keyNode.IsScalar()) return &e;
    return nullptr;
}

bool YamlMap::has(std::string_view key) const {
    const Entry* e = find(key);
    return e && !e->value.IsNull();
}

YAML::Node YamlMap::get(std::string_view key) const {
    const Entry* e = find(key);
    return e ? e->value : YAML::Node(YAML::NodeType::Undefined);  // "no such key", unlike a null value
}

SourcePos YamlMap::keyPos(std::string_view key) const {
    const Entry* e = find(key);
    return e ? m_src.pos(e->keyNode) : m_pos;
}

SourcePos YamlMap::valuePos(std::string_view key) const {
    const Entry* e = find(key);
    if (!e) return m_pos;
    return e->value.Mark().line >= 0 ? m_src.pos(e->value) : m_src.pos(e->keyNode);
}

void YamlMap::warnUnknownKeys(std::initializer_list<std::string_view> known) const {
    for (const Entry& e : m_entries) {
        const std::string& key = e.key;
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        std::string msg = "unknown key '" + key + "' in " + m_what;
        std::string_view best;
        size_t bestDist = 3;
        for (std::string_view k : known) {
            const size_t d = editDistance(key, k);
            if (d < bestDist) bestDist = d, best = k;
        }
        if (!best.empty()) msg += "; did you mean '" + std::string(best) + "'?";
        else {
            msg += " (known keys:";
            for (std::string_view k : known) msg += ' ' + std::string(k);
            msg += ')';
        }
        m_src.warning(m_src.pos(e.keyNode), msg);
    }
}

std::optional<std::string> YamlMap::string(std::string_view key, bool required) const {
    YAML::Node n = get(key);
    if (!n.IsDefined() || n.IsNull()) {
        if (required) m_src.error(n.IsDefined() ? keyPos(key) : m_pos, m_what + " needs '" + std::string(key) + "'" +
                                                                           (n.IsDefined() ? " (it is empty)" : ""));
        return std::nullopt;
    }
    if (!n.IsScalar()) {
        m_src.error(valuePos(key), "'" + std::string(key) + "' in " + m_what + " must be text, not " + yamlKindName(n));
        return std::nullopt;
    }
    return n.Scalar();
}

std::optional<long long> YamlMap::integer(std::string_view key, bool required, long long min, long long max) const {
    YAML::Node n = get(key);
    if (!n.IsDefined() || n.IsNull()) {
        if (required) m_src.error(m_pos, m_what + " needs '" + std::string(key) + "'");
        return std::nullopt;
    }
    const std::optional<double> v = n.IsScalar() ? yamlNumber(n.Scalar()) : std::nullopt;
    if (!v || *v != std::floor(*v)) {
        m_src.error(valuePos(key), "'" + std::string(key) + "' in " + m_what + " must be a whole number" +
                                       (n.IsScalar() ? ", not '" + n.Scalar() + "'" : std::string(", not ") + yamlKindName(n)));
        return std::nullopt;
    }
    if (*v < double(min) || *v > double(max)) {
        m_src.error(valuePos(key), "'" + std::string(key) + "' in " + m_what + " must be between " + std::to_string(min) +
                                       " and " + std::to_string(max) + ", not " + n.Scalar());
        return std::nullopt;
    }
    return (long long)*v;
}

std::optional<double> YamlMap::number(std::string_view key, bool required, double min, double max) const {
    YAML::Node n = get(key);
    if (!n.IsDefined() || n.IsNull()) {
        if (required) m_src.error(m_pos, m_what + " needs '" + std::string(key) + "'");
        return std::nullopt;
    }
    const std::optional<double> v = n.IsScalar() ? yamlNumber(n.Scalar()) : std::nullopt;
    if (!v) {
        m_src.error(valuePos(key), "'" + std::string(key) + "' in " + m_what + " must be a number" +
                                       (n.IsScalar() ? ", not '" + n.Scalar() + "'" : std::string(", not ") + yamlKindName(n)));
        return std::nullopt;
    }
    if (*v < min || *v > max) {
        auto fmt = [](double d) {
            std::string s = std::to_string(d);
            while (s.size() > 1 && s.back() == '0') s.pop_back();
            if (!s.empty() && s.back() == '.') s.pop_back();
            return s;
        };
        const std::string range = max >= 1e15 ? "at least " + fmt(min) : "between " + fmt(min) + " and " + fmt(max);
        m_src.error(valuePos(key), "'" + std::string(key) + "' in " + m_what + " must be " + range + ", not " + n.Scalar());
        return std::nullopt;
    }
    return v;
}

std::optional<bool> YamlMap::boolean(std::string_view key, bool required) const {
    YAML::Node n = get(key);
    if (!n.IsDefined() || n.IsNull()) {
        if (required) m_src.error(m_pos, m_what + " needs '" + std::string(key) + "'");
        return std::nullopt;
    }
    const std::optional<bool> v = n.IsScalar() ? yamlBool(n.Scalar()) : std::nullopt;
    if (!v) {
        m_src.error(valuePos(key), "'" + std::string(key) + "' in " + m_what + " must be true or false" +
                                       (n.IsScalar() ? ", not '" + n.Scalar() + "'" : std::string(", not ") + yamlKindName(n)));
        return std::nullopt;
    }
    return v;
}

std::optional<std::vector<std::string>> YamlMap::stringList(std::string_view key, bool required, bool allowScalar) const {
    YAML::Node n = get(key);
    if (!n.IsDefined() || n.IsNull()) {
        if (required) m_src.error(m_pos, m_what + " needs '" + std::string(key) + "'");
        return std::nullopt;
    }
    std::vector<std::string> out;
    if (n.IsScalar() && allowScalar) {
        out.push_back(n.Scalar());
        return out;
    }
    if (!n.IsSequence()) {
        m_src.error(valuePos(key), "'" + std::string(key) + "' in " + m_what + " must be a list (lines starting with '- '), not " +
                                       yamlKindName(n));
        return std::nullopt;
    }
    bool ok = true;
    for (const YAML::Node& item : n) {
        if (!item.IsScalar()) {
            m_src.error(item.Mark().line >= 0 ? m_src.pos(item) : valuePos(key),
                        "each item of '" + std::string(key) + "' in " + m_what + " must be text, not " + yamlKindName(item));
            ok = false;
            continue;
        }
        out.push_back(item.Scalar());
    }
    if (!ok && out.empty()) return std::nullopt;
    return out;
}

} // namespace lectern
