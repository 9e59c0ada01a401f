#include "roster/roster_file.h"

#include "i18n/tr.h"

#include "session/pin.h"
#include "util/file_read.h"

#include <array>
#include <map>
#include <sodium.h>

namespace lectern::roster {

namespace {

constexpr size_t kMaxRosterBytes = 16u * 1024u * 1024u;
// The messages below are shown in facilitator mode's roster panel, so translated (the column
// names are the file's, never translated). `lectern roster import` prints them in English.
const char* const kColumnList = N_("external_id, full_name, group and optionally pin");

enum Column { ExternalId, FullName, Group, PinColumn, kColumnCount };
constexpr std::array<std::string_view, kColumnCount> kColumnNames = {"external_id", "full_name", "group", "pin"};

std::string trimAscii(std::string_view s) {
    size_t b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos) return {};
    size_t e = s.find_last_not_of(" \t");
    return std::string(s.substr(b, e - b + 1));
}

std::string asciiLower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return s;
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

} // namespace

Roster::~Roster() {
    for (RosterEntry& e : entries)
        if (!e.pin.empty()) sodium_memzero(e.pin.data(), e.pin.size());
}

void parseRoster(std::string_view bytes, const std::string& shownName, Roster& out) {
    out.file = shownName;
    auto error = [&](int row, const std::string& what) {
        const std::string where = shownName + (row > 0 ? ":" + std::to_string(row) : std::string());
        // TRANSLATORS: FILE:ROW, then what is wrong in that row ("staff.csv:4: error: missing full_name.").
        out.errors.push_back(formatText(tr("%s: error: %s"), where.c_str(), what.c_str()));
    };
    CsvTable table = readCsv(bytes);
    if (table.problem) {
        error(table.problem->row, table.problem->what);
        return;
    }
    if (table.records.empty()) {
        error(0, formatText(tr("the file is empty; its first row names the columns %s."), tr(kColumnList)));
        return;
    }

    // The header: each known column once, in any order and any case.
    const CsvRecord& header = table.records.front();
    std::array<int, kColumnCount> at;
    at.fill(-1);
    for (size_t i = 0; i < header.fields.size(); ++i) {
        std::string name = asciiLower(trimAscii(header.fields[i]));
        if (i == 0 && name.substr(0, 3) == "\xEF\xBB\xBF") name.erase(0, 3);
        int known = -1;
        for (int c = 0; c < kColumnCount; ++c)
            if (name == kColumnNames[size_t(c)]) known = c;
        if (known < 0) {
            error(header.row, formatText(tr("unknown column \"%s\"; the columns are %s."),
                                         trimAscii(header.fields[i]).c_str(), tr(kColumnList)));
            continue;
        }
        if (at[size_t(known)] >= 0) {
            error(header.row, formatText(tr("the column %s appears twice."), std::string(kColumnNames[size_t(known)]).c_str()));
            continue;
        }
        at[size_t(known)] = int(i);
    }
    for (int c : {ExternalId, FullName, Group})
        if (at[size_t(c)] < 0)
            error(header.row, formatText(tr("the header has no %s column; the first row names the columns %s."),
                                         std::string(kColumnNames[size_t(c)]).c_str(), tr(kColumnList)));
    if (!out.errors.empty()) return;
    out.hasPinColumn = at[PinColumn] >= 0;

    std::map<std::string, int> firstRowOf;  // external_id -> row
    for (size_t r = 1; r < table.records.size(); ++r) {
        CsvRecord& rec = table.records[r];
        if (rec.fields.size() != header.fields.size()) {
            const int fields = static_cast<int>(rec.fields.size());
            error(rec.row, formatText(trn("%d field where the header has %d (a name with a comma needs double quotes "
                                          "around it).",
                                          "%d fields where the header has %d (a name with a comma needs double quotes "
                                          "around it).",
                                          fields),
                                      fields, static_cast<int>(header.fields.size())));
            continue;
        }
        RosterEntry e;
        e.row = rec.row;
        e.externalId = trimAscii(rec.fields[size_t(at[ExternalId])]);
        e.fullName = rec.fields[size_t(at[FullName])];
        e.group = rec.fields[size_t(at[Group])];
        bool ok = true;
        if (e.externalId.empty()) {
            error(rec.row, tr("missing external_id (each learner needs one, e.g. an employee number)."));
            ok = false;
        } else if (auto [it, fresh] = firstRowOf.emplace(e.externalId, rec.row); !fresh) {
            error(rec.row, formatText(tr("duplicate external_id \"%s\" (already on row %d)."), e.externalId.c_str(), it->second));
            ok = false;
        }
        if (blank(e.fullName)) {
            error(rec.row, tr("missing full_name."));
            ok = false;
        }
        if (out.hasPinColumn) {
            std::string& cell = rec.fields[size_t(at[PinColumn])];
            std::string pin = trimAscii(cell);
            sodium_memzero(cell.data(), cell.size());
            if (pin.empty() || pin == "*") {
                e.pinCell = PinCell::Keep;
            } else if (session::isValidPin(pin)) {
                e.pinCell = PinCell::Set;
                e.pin = pin;
            } else {
                // Never repeat the cell: it may be someone's real PIN with a typo.
                error(rec.row, tr("the pin is not 4 to 6 digits (0 to 9); leave it empty or write * to keep the current "
                                  "PIN."));
                ok = false;
            }
            sodium_memzero(pin.data(), pin.size());
        }
        if (ok) out.entries.push_back(std::move(e));
    }
    if (!out.errors.empty()) {
        for (RosterEntry& e : out.entries)
            if (!e.pin.empty()) sodium_memzero(e.pin.data(), e.pin.size());
        out.entries.clear();
    }
}

void readRoster(const std::string& path, Roster& out, const std::string& shownName) {
    const std::string name = shownName.empty() ? path : shownName;
    FileRead file = readFileBounded(path, kMaxRosterBytes);
    if (!file.ok()) {
        out.file = name;
        out.errors.push_back(formatText(tr("%s: error: %s"), name.c_str(), file.message.c_str()));
        return;
    }
    parseRoster(file.bytes, name, out);
    sodium_memzero(file.bytes.data(), file.bytes.size());
}

} // namespace lectern::roster
