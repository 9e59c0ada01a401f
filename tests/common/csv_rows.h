// A minimal RFC 4180 reader for tests: rows of fields, CRLF line ends, quotes doubled inside
// quoted fields, the way a spreadsheet reads the file. A leading UTF-8 byte-order mark is
// skipped (hasBom tells whether there was one).
#pragma once
#include <string>
#include <vector>

namespace lectern::test {

inline std::vector<std::vector<std::string>> parseCsv(const std::string& text, bool* hasBom = nullptr) {
    const bool bom = text.rfind("\xEF\xBB\xBF", 0) == 0;
    if (hasBom) *hasBom = bom;
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false, fieldStarted = false;
    for (size_t i = bom ? 3 : 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == ',') {
            rows.back().push_back(field), field.clear(), fieldStarted = false;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(field), field.clear(), fieldStarted = false;
            rows.emplace_back();
            ++i;
        } else {
            field += c, fieldStarted = true;
        }
    }
    if (rows.back().empty()) rows.pop_back();
    return rows;
}

} // namespace lectern::test
