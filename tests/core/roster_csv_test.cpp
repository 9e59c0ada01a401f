// The roster's CSV reading: RFC 4180 quoting, line ends, byte-order marks, encodings a
// spreadsheet may save in, and the FILE:ROW message of every kind of bad row.
#include "roster/csv_reader.h"
#include "roster/roster_file.h"

#include <catch2/catch.hpp>

using namespace lectern::roster;

namespace {

Roster parse(const std::string& text) {
    Roster r;
    parseRoster(text, "staff.csv", r);
    return r;
}

std::string onlyError(const std::string& text) {
    Roster r = parse(text);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.entries.empty());
    return r.errors.front();
}

} // namespace

TEST_CASE("roster csv: quotes hold commas, doubled quotes and line breaks; LF, CRLF and a BOM all read the same", "[roster][csv]") {
    const std::string body = "external_id,full_name,group\n"
                             "E1,\"Okafor, Chidi\",Finance\n"
                             "E2,\"Li \"\"Lily\"\" Wei\",\"HR\nand payroll\"\n"
                             "E3,Zoë Ångström,\n";
    std::string crlf;
    for (char c : body) {
        if (c == '\n') crlf += "\r\n"; else crlf += c;
    }
    // A line break inside quotes stays the one the file had.
    for (const std::string& text : {body, crlf, "\xEF\xBB\xBF" + body, "\xEF\xBB\xBF" + crlf}) {
        CsvTable t = readCsv(text);
        REQUIRE_FALSE(t.problem);
        REQUIRE(t.records.size() == 4);
        CHECK(t.records[1].fields == std::vector<std::string>{"E1", "Okafor, Chidi", "Finance"});
        CHECK(t.records[2].fields[1] == "Li \"Lily\" Wei");
        CHECK((t.records[2].fields[2] == "HR\nand payroll" || t.records[2].fields[2] == "HR\r\nand payroll"));
        CHECK(t.records[3].fields == std::vector<std::string>{"E3", "Zoë Ångström", ""});
        CHECK(t.records[3].row == 4);
        CHECK(t.records[3].line == 5);  // the quoted line break counts as a line, not a row
        Roster r = parse(text);
        CHECK(r.ok());
        CHECK(r.entries.size() == 3);
    }
}

TEST_CASE("roster csv: the header's columns come in any order and any case; pin is optional", "[roster][csv]") {
    Roster r = parse("PIN, Group ,FULL_NAME,External_ID\r\n1234,Ops,Amina Yusuf,E-7\r\n*,Ops,Bo Chen,E-8\r\n,Ops,Cy,E-9\r\n");
    REQUIRE(r.ok());
    REQUIRE(r.entries.size() == 3);
    CHECK(r.hasPinColumn);
    CHECK(r.entries[0].externalId == "E-7");
    CHECK(r.entries[0].fullName == "Amina Yusuf");
    CHECK(r.entries[0].group == "Ops");
    CHECK(r.entries[0].pinCell == PinCell::Set);
    CHECK(r.entries[0].pin == "1234");
    CHECK(r.entries[1].pinCell == PinCell::Keep);
    CHECK(r.entries[2].pinCell == PinCell::Keep);

    Roster noPin = parse("group,external_id,full_name\nOps,E-1,Dana\n");
    REQUIRE(noPin.ok());
    CHECK_FALSE(noPin.hasPinColumn);
    CHECK(noPin.entries.at(0).pinCell == PinCell::Keep);
}

TEST_CASE("roster csv: names are kept exactly as given, formulas and control characters included", "[roster][csv]") {
    const std::string longName(10000, 'x');
    Roster r = parse("external_id,full_name,group\n"
                     "E1,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",+cmd\n"
                     "E2," + longName + ",@SUM(A1)\n"
                     "E3,\"tab\there\x01 bell\x07\",-2\n"
                     "E4,  spaced  ,g\n");
    REQUIRE(r.ok());
    REQUIRE(r.entries.size() == 4);
    CHECK(r.entries[0].fullName == "=HYPERLINK(\"http://evil.example\",\"click\")");
    CHECK(r.entries[0].group == "+cmd");
    CHECK(r.entries[1].fullName == longName);
    CHECK(r.entries[2].fullName == "tab\there\x01 bell\x07");
    CHECK(r.entries[3].fullName == "  spaced  ");
}

TEST_CASE("roster csv: each kind of bad row is reported as FILE:ROW: error: WHAT, and nothing is kept", "[roster][csv]") {
    const std::string header = "external_id,full_name,group,pin\n";
    CHECK(onlyError(header + "E1,,Ops,\n") == "staff.csv:2: error: missing full_name.");
    CHECK(onlyError(header + "E1,Ann,Ops,\n , Bo ,Ops,\n") ==
          "staff.csv:3: error: missing external_id (each learner needs one, e.g. an employee number).");
    CHECK(onlyError(header + "E1,Ann,Ops,\nE2,Bo,Ops,\nE1,Cy,Ops,\n") ==
          "staff.csv:4: error: duplicate external_id \"E1\" (already on row 2).");
    for (const char* pin : {"123", "1234567", "12a4", "١٢٣٤", "12 34", "-1234"}) {
        INFO(pin);
        std::string e = onlyError(header + "E1,Ann,Ops," + pin + "\n");
        CHECK(e == "staff.csv:2: error: the pin is not 4 to 6 digits (0 to 9); leave it empty or write * to keep the "
                   "current PIN.");
        if (std::string(pin).size() >= 4) CHECK(e.find(pin) == std::string::npos);  // never echoed
    }
    CHECK(onlyError(header + "E1,Okafor, Chidi,Ops,\n") ==
          "staff.csv:2: error: 5 fields where the header has 4 (a name with a comma needs double quotes around it).");
    CHECK(onlyError(header + "E1,Ann\n") ==
          "staff.csv:2: error: 2 fields where the header has 4 (a name with a comma needs double quotes around it).");
    CHECK(onlyError(header + "E1,\"Ann,Ops,\n") ==
          "staff.csv:2: error: the quote opened on line 2 is never closed (a quoted field must end with \")");
    CHECK(onlyError(header + "E1,\"Ann\"x,Ops,\n") ==
          "staff.csv:2: error: text after a closing quote on line 2 (a quote inside a quoted field is written twice: \"\")");
    Roster unknown = parse("external_id,name,group\n");
    REQUIRE(unknown.errors.size() == 2);
    CHECK(unknown.errors[0] ==
          "staff.csv:1: error: unknown column \"name\"; the columns are external_id, full_name, group and optionally pin.");
    CHECK(unknown.errors[1] == "staff.csv:1: error: the header has no full_name column; the first row names the columns "
                               "external_id, full_name, group and optionally pin.");
    CHECK(onlyError("") ==
          "staff.csv: error: the file is empty; its first row names the columns external_id, full_name, group and "
          "optionally pin.");

    // Every bad row is listed, not only the first.
    Roster many = parse(header + "E1,,Ops,\nE2,Bo,Ops,99\nE3,Cy,Ops,\nE3,Di,Ops,\n");
    REQUIRE(many.errors.size() == 3);
    CHECK(many.errors[0].rfind("staff.csv:2: error:", 0) == 0);
    CHECK(many.errors[1].rfind("staff.csv:3: error:", 0) == 0);
    CHECK(many.errors[2].rfind("staff.csv:5: error:", 0) == 0);
    CHECK(many.entries.empty());
}

TEST_CASE("roster csv: UTF-16 and Windows-1252 files get a clear encoding error", "[roster][csv]") {
    const std::string utf16le = std::string("\xFF\xFE", 2) + std::string("e\0x\0", 4);
    std::string e = onlyError(utf16le);
    CHECK(e.find("staff.csv: error: the file is UTF-16") == 0);
    CHECK(e.find("CSV UTF-8") != std::string::npos);

    std::string noBom("e\0x\0t\0,\0", 8);
    CHECK(onlyError(noBom).find("probably UTF-16") != std::string::npos);

    // "Zoë" saved as Windows-1252: ë is the single byte 0xEB.
    std::string cp1252 = "external_id,full_name,group\nE1,Zo\xEB,Ops\n";
    e = onlyError(cp1252);
    CHECK(e.find("staff.csv: error: line 2 is not valid UTF-8 (byte 0xEB") == 0);
    CHECK(e.find("Windows-1252") != std::string::npos);
}

TEST_CASE("roster csv: writing quotes what needs it and neutralises formulas (OWASP)", "[roster][csv]") {
    CHECK(csvField("plain") == "plain");
    CHECK(csvField("Okafor, Chidi") == "\"Okafor, Chidi\"");
    CHECK(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csvField("two\nlines") == "\"two\nlines\"");
    CHECK(neutraliseFormula("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")");
    for (const char* s : {"+1", "-1", "@SUM(A1)", "\tx", "\rx"}) CHECK(neutraliseFormula(s) == std::string("'") + s);
    CHECK(neutraliseFormula("Amina") == "Amina");
    CHECK(neutraliseFormula("") == "");
    // Written out and read back, a neutralised cell is text with its apostrophe.
    CsvTable t = readCsv(csvField(neutraliseFormula("=1+2,3")) + "\n");
    REQUIRE(t.records.size() == 1);
    CHECK(t.records[0].fields[0] == "'=1+2,3");
}
