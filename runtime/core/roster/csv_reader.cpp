// Index
//   [SECTION] Encoding checks
//   [SECTION] RFC 4180 records
//   [SECTION] Writing
#include "roster/csv_reader.h"

#include "i18n/tr.h"
#include "util/utf8.h"

#include <cstdio>

namespace lectern::roster {

//-----------------------------------------------------------------------------
// [SECTION] Encoding checks
//-----------------------------------------------------------------------------

namespace {

// The messages are in the interface's language when the facilitator imports on screen (the CLI
// binds no text domain: English).
const char* saveAsUtf8() {
    return tr("Save it again as \"CSV UTF-8 (comma delimited)\" (Excel) or with the character set UTF-8 "
              "(LibreOffice), then import that file.");
}

std::optional<CsvProblem> encodingProblem(std::string_view bytes) {
    auto starts = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };
    if (starts("\xFF\xFE") || starts("\xFE\xFF"))
        return CsvProblem{0, formatText(tr("the file is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8. %s"),
                                        saveAsUtf8())};
    size_t total = 0;
    std::vector<utf8::BadByte> bad = utf8::findBadBytes(bytes, 1, &total);
    if (bad.empty()) return std::nullopt;
    const utf8::BadByte& b = bad.front();
    if (b.nul)
        return CsvProblem{0, formatText(tr("the file holds NUL bytes (line %d): it is probably UTF-16, not UTF-8. %s"),
                                        int(b.pos.line), saveAsUtf8())};
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", unsigned(static_cast<unsigned char>(bytes[b.offset])));
    return CsvProblem{0, formatText(trn("line %1$d is not valid UTF-8 (byte %2$s; %3$d such byte in the file): the file "
                                        "is probably Windows-1252 or Latin-1. %4$s",
                                        "line %1$d is not valid UTF-8 (byte %2$s; %3$d such bytes in the file): the file "
                                        "is probably Windows-1252 or Latin-1. %4$s",
                                        long(total)),
                                    int(b.pos.line), hex, int(total), saveAsUtf8())};
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] RFC 4180 records
//-----------------------------------------------------------------------------

CsvTable readCsv(std::string_view bytes) {
    CsvTable table;
    if (auto problem = encodingProblem(bytes)) {
        table.problem = std::move(problem);
        return table;
    }
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);

    size_t i = 0;
    int row = 0, line = 1;
    while (i < bytes.size()) {
        ++row;
        CsvRecord record;
        record.row = row;
        record.line = line;
        std::string field;
        bool endOfRecord = false;
        while (!endOfRecord) {
            field.clear();
            if (i < bytes.size() && bytes[i] == '"') {
                // A quoted field: up to the quote that is not doubled.
                const int openedOnLine = line;
                ++i;
                bool closed = false;
                while (i < bytes.size()) {
                    char c = bytes[i];
                    if (c == '"') {
                        if (i + 1 < bytes.size() && bytes[i + 1] == '"') {
                            field.push_back('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == '\n') ++line;
                    if (c == '\r' && !(i + 1 < bytes.size() && bytes[i + 1] == '\n')) ++line;
                    field.push_back(c);
                    ++i;
                }
                if (!closed) {
                    table.records.clear();
                    table.problem = CsvProblem{
                        row, formatText(tr("the quote opened on line %d is never closed (a quoted field must end with \")"),
                                        int(openedOnLine))};
                    return table;
                }
                if (i < bytes.size() && bytes[i] != ',' && bytes[i] != '\n' && bytes[i] != '\r') {
                    table.records.clear();
                    table.problem = CsvProblem{
                        row, formatText(tr("text after a closing quote on line %d (a quote inside a quoted field is written "
                                           "twice: \"\")"),
                                        int(line))};
                    return table;
                }
            } else {
                while (i < bytes.size() && bytes[i] != ',' && bytes[i] != '\n' && bytes[i] != '\r') field.push_back(bytes[i++]);
            }
            record.fields.push_back(field);
            if (i >= bytes.size()) {
                endOfRecord = true;
            } else if (bytes[i] == ',') {
                ++i;
                if (i >= bytes.size()) {
                    record.fields.emplace_back();  // "a,b," ends with an empty field
                    endOfRecord = true;
                }
            } else {
                // CRLF, LF or a lone CR ends the record.
                i += bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n' ? 2 : 1;
                ++line;
                endOfRecord = true;
            }
        }
        const bool emptyLine = record.fields.size() == 1 && record.fields[0].empty();
        if (!emptyLine) table.records.push_back(std::move(record));
    }
    return table;
}

//-----------------------------------------------------------------------------
// [SECTION] Writing
//-----------------------------------------------------------------------------

std::string csvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

std::string neutraliseFormula(std::string_view text) {
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
        return "'" + std::string(text);
    return std::string(text);
}

} // namespace lectern::roster
