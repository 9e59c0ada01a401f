// Answer normalisation, number parsing and word counting (quiz/normalize.h), as tables of
// what a learner types and what it must count as.
#include "quiz/normalize.h"
#include "util/words.h"

#include <catch2/catch.hpp>

#include <iterator>
#include <optional>
#include <random>
#include <string>

using namespace lectern::quiz;
using lectern::util::countWords;

TEST_CASE("normalizeAnswer ignores case, spacing, end punctuation and Latin accents", "[quiz]") {
    struct Case { const char* typed; const char* normalised; };
    const Case cases[] = {
        {"GGE", "gge"},
        {"  Group   of\tGovernmental\nExperts ", "group of governmental experts"},
        {"Group.", "group"},
        {"\"Group\"!", "group"},
        {"«Genève»", "geneve"},
        {"¿Qué?", "que"},
        {"U.N.", "u.n"},                       // inner punctuation stays
        {"Zürich", "zurich"},
        {"ÉCOLE", "ecole"},
        {"Straße", "strasse"},
        {"Łódź", "lodz"},
        {"Œuvre", "oeuvre"},
        {"São Tomé", "sao tome"},
        {"București", "bucuresti"},             // Romanian comma-below s and t
        {"Ha\xCC\x80 No\xCC\xA3i", "ha noi"},   // decomposed accents are dropped
        {"don\xE2\x80\x99t", "don't"},          // typographic apostrophe
        {"2015\xE2\x80\x93" "2017", "2015-2017"}, // en dash
        {"non\xC2\xA0" "breaking", "non breaking"},
        {"...", ""},
        {"", ""},
    };
    for (const Case& c : cases) {
        INFO("typed: " << c.typed);
        CHECK(normalizeAnswer(c.typed) == c.normalised);
    }
    // Decomposed text (base letter + combining accent) folds like precomposed text.
    CHECK(normalizeAnswer("Gene\xCC\x80ve") == "geneve");
    CHECK(normalizeAnswer("Gene\xCC\x80ve") == normalizeAnswer("Genève"));
}

TEST_CASE("normalizeAnswer folds case and strips marks in every script, not only Latin", "[quiz]") {
    struct Case { const char* typed; const char* normalised; };
    const Case cases[] = {
        {"МОСКВА", "москва"},                       // Cyrillic case
        {"Москва", "москва"},
        {"Ёлка", "елка"},                           // Cyrillic diaeresis is a mark
        {"ΑΘΗΝΑ", "αθηνα"},                         // Greek case
        {"Αθήνα", "αθηνα"},                         // tonos stripped
        {"ΟΔΥΣΣΕΥΣ", "οδυσσευσ"},                   // final sigma folds like sigma
        {"Οδυσσεύς", "οδυσσευσ"},
        {"كِتَابٌ", "كتاب"},                           // Arabic harakat (fatha, kasra, tanwin) stripped
        {"مُعَاهَدَة", "معاهدة"},
        {"ＧＧＥ", "gge"},                          // fullwidth letters (NFKC)
        {"ﬁnal", "final"},                          // ligature (NFKC)
        {"co\xC2\xAD" "operation", "cooperation"},  // soft hyphen is ignorable
        {"“Oslo”", "oslo"},                         // typographic quotes at the ends
    };
    for (const Case& c : cases) {
        INFO("typed: " << c.typed);
        CHECK(normalizeAnswer(c.typed) == c.normalised);
    }
    // A learner typing without harakat, or in another case, gives the accepted answer.
    CHECK(normalizeAnswer("كتاب") == normalizeAnswer("كِتَاب"));
    CHECK(normalizeAnswer("москва") == normalizeAnswer("МОСКВА"));
}

TEST_CASE("normalizeAnswer keeps invalid UTF-8 bytes and does not crash on them", "[quiz]") {
    CHECK(normalizeAnswer("ab\xFF" "c") == "ab\xFF" "c");
    CHECK(normalizeAnswer("\xE2\x80") == "\xE2\x80");  // truncated sequence
    CHECK(normalizeAnswer(std::string("a\0b", 3)) == std::string("a\0b", 3));
}

TEST_CASE("parseNumber reads numbers as learners type them", "[quiz]") {
    struct Case { const char* typed; std::optional<double> value; };
    const Case cases[] = {
        {"11", 11},       {" 11 ", 11},          {"+3", 3},        {"-2.5", -2.5},
        {"1,5", 1.5},     {"1,000", 1000},       {"12,500,000", 12500000},
        {"1,000.25", 1000.25},                   {"1 000", 1000},  {"\xE2\x88\x92" "4", -4},
        {"1e3", 1000},    {"", std::nullopt},    {"abc", std::nullopt},
        {"nan", std::nullopt}, {"inf", std::nullopt}, {"0x1A", std::nullopt},
        {"1,2,3", std::nullopt}, {"1,5.2", std::nullopt}, {"12 apples", std::nullopt},
    };
    for (const Case& c : cases) {
        INFO("typed: '" << c.typed << "'");
        auto v = parseNumber(c.typed);
        REQUIRE(v.has_value() == c.value.has_value());
        if (v) CHECK(*v == Approx(*c.value));
    }
}

TEST_CASE("parseNumber reads digits and separators of other scripts", "[quiz]") {
    struct Case { const char* typed; std::optional<double> value; };
    const Case cases[] = {
        {"\u0664\u0662", 42},                    // Arabic-Indic ٤٢
        {"\u06F1\u06F9\u06F9\u06F8", 1998},        // Eastern Arabic-Indic ۱۹۹۸
        {"\uFF12\uFF10\uFF12\uFF16", 2026},        // full-width ２０２６
        {"\u0663\u066B\u0661\u0664", 3.14},        // ٣٫١٤ : Arabic decimal separator
        {"\u0661\u066C\u0665\u0660\u0660", 1500}, // ١٬٥٠٠ : Arabic thousands separator
        {"\u0661\u066C\u0665\u0660\u0660\u066B\u0665", 1500.5},
        {"\u0662\u060C\u0665", 2.5},              // ٢،٥ : Arabic comma as decimal comma
        {"\u2212\u0667", -7},                      // −٧ : minus sign
        {"\u2212" "12,5", -12.5},
        {" \u0661\u0660 ", 10},
        // Garbage stays garbage, whatever the script.
        {"\u0661\u066C\u0665", std::nullopt},       // thousands separator before one digit
        {"\u066C\u0661\u0660\u0660", std::nullopt}, // ... or at the start
        {"\u0661\u066B\u0662\u066B\u0663", std::nullopt},  // two decimal separators
        {"\u0661\u060C\u0662\u060C\u0663", std::nullopt},
        {"\u2212", std::nullopt},                   {"\u066B", std::nullopt},
        {"\u0661\u0662\u0627", std::nullopt},      // digits then an Arabic letter
        {"\u0669\u0669 \u0643\u062A\u0627\u0628", std::nullopt},
        {"\uFF11\uFF41", std::nullopt},             // full-width 1 then full-width a
        {"1\x01" "000", std::nullopt},              // a control byte is not a separator
        {"\u0661\u2212\u0662", std::nullopt},
    };
    for (const Case& c : cases) {
        INFO("typed: '" << c.typed << "'");
        auto v = parseNumber(c.typed);
        REQUIRE(v.has_value() == c.value.has_value());
        if (v) CHECK(*v == Approx(*c.value));
    }
}

TEST_CASE("countWords counts words with letters or digits, in any script", "[quiz]") {
    struct Case { const char* text; int words; };
    const Case cases[] = {
        {"", 0}, {"   ", 0}, {"one", 1}, {"one two  three", 3}, {"one\ntwo\tthree", 3},
        {"well - said", 2},                      // a lone dash is not a word
        {"well \xE2\x80\x94 said", 2},           // nor an em dash
        {"Genève, 2015.", 2}, {"Москва и Киев", 3}, {"state-of-the-art", 1},
        {"كتب الطالب الدرس", 3}, {"Η Αθήνα είναι", 3},
        {"one\xE2\x80\x83two\xE3\x80\x80three", 3},  // em space and ideographic space separate
        {"\xE2\x80\xA6 \xC2\xAB \xC2\xBB", 0},        // ellipsis and guillemets alone are no words
    };
    for (const Case& c : cases) {
        INFO("text: '" << c.text << "'");
        CHECK(countWords(c.text) == c.words);
    }
}

TEST_CASE("normalising twice changes nothing more, whatever the bytes", "[quiz]") {
    // Random bytes and random picks from characters that matter (a fixed seed: same run every time).
    const std::string pieces[] = {"É", "ß", "e\xCC\x81", " ", "\t", ".", "«", "»", "’", "–", "A", "z", "\xFF", "\xC3", "Ł", "…"};
    std::mt19937 random(7);
    for (int i = 0; i < 5000; ++i) {
        std::string in;
        const int n = static_cast<int>(random() % 12);
        for (int k = 0; k < n; ++k) {
            if (random() % 3 == 0) in += static_cast<char>(random() % 256);
            else in += pieces[random() % std::size(pieces)];
        }
        const std::string once = normalizeAnswer(in);
        INFO("input bytes: " << in);
        REQUIRE(normalizeAnswer(once) == once);
        REQUIRE(countWords(in) >= 0);
        (void)parseNumber(in);
    }
}
