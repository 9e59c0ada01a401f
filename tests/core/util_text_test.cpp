// util/: the one UTF-8 decoder, the one word count, the one time formatter, as a user of each
// would notice them (a cut never splits a letter, a dash is not a word, times sort and read right).
#include "util/time_format.h"
#include "util/utf8.h"
#include "util/words.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

using namespace lectern;

TEST_CASE("utf8::decode reads every script and steps over bad bytes one at a time", "[util]") {
    const std::string text = "aé€𝄞";  // 1, 2, 3 and 4 bytes
    size_t i = 0;
    CHECK(utf8::decode(text, i) == U'a');
    CHECK(utf8::decode(text, i) == U'é');
    CHECK(utf8::decode(text, i) == U'€');
    CHECK(utf8::decode(text, i) == U'𝄞');
    CHECK(i == text.size());
    // Overlong, surrogate, truncated and above U+10FFFF: invalid, one byte at a time.
    for (const std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xE2\x82", "\xF4\x90\x80\x80", "\xFF"}) {
        INFO("bytes: " << bad);
        size_t j = 0;
        CHECK(utf8::decode(bad, j) == utf8::kInvalid);
        CHECK(j == 1);
        CHECK(utf8::sequenceLength(bad, 0) == 0);
    }
}

TEST_CASE("utf8::codePointStart cuts before a character, never inside one", "[util]") {
    const std::string text = "Genève";  // è is bytes 3 and 4
    CHECK(utf8::codePointStart(text, 2) == 2);
    CHECK(utf8::codePointStart(text, 3) == 3);
    CHECK(utf8::codePointStart(text, 4) == 3);
    CHECK(utf8::codePointStart(text, 5) == 5);
    CHECK(text.substr(0, utf8::codePointStart(text, 4)) == "Gen");
    const std::string arabic = "كتاب";  // 2 bytes each
    for (size_t pos = 0; pos < arabic.size(); ++pos) CHECK(utf8::codePointStart(arabic, pos) % 2 == 0);
}

TEST_CASE("utf8 character classes come from Unicode, for every script", "[util]") {
    for (char32_t letter : {U'a', U'Z', U'7', U'é', U'Ж', U'λ', U'ك', U'中', U'٣'}) CHECK(utf8::isLetterOrDigit(letter));
    for (char32_t other : {U'-', U'—', U'…', U'«', U' ', U'\u0650' /* kasra, a mark */}) CHECK_FALSE(utf8::isLetterOrDigit(other));
    for (char32_t space : {U' ', U'\t', U'\n', U'\u00A0', U'\u2003', U'\u3000'}) CHECK(utf8::isSpace(space));
    for (char32_t punct : {U'.', U'$', U'~', U'«', U'»', U'¿', U'…', U'،' /* Arabic comma */}) CHECK(utf8::isPunctuation(punct));
    CHECK_FALSE(utf8::isPunctuation(U'a'));
    CHECK_FALSE(utf8::isPunctuation(utf8::kInvalid));
}

TEST_CASE("util::countWords is the one word count: the module's and the reflection's agree", "[util]") {
    CHECK(util::countWords("Norms — and then **some** text") == 5);
    CHECK(util::countWords("كتب الطالب، الدرس.") == 3);
    CHECK(util::countWords("- * ---") == 0);
    CHECK(util::countWords("a\xFF" "b c") == 2);  // a bad byte is part of its word
}

TEST_CASE("util time formats: ISO 8601 UTC, compact for file names, and before 1970", "[util]") {
    CHECK(util::isoUtc(0) == "1970-01-01T00:00:00.000Z");
    CHECK(util::isoUtc(1795460531123) == "2026-11-23T19:02:11.123Z");
    CHECK(util::compactUtc(1795460531123) == "20261123T190211123Z");
    CHECK(util::isoUtc(-1) == "1969-12-31T23:59:59.999Z");
    const int64_t now = util::nowMs();
    CHECK(util::isoUtc(now).size() == 24);
    // Each text reads back as the time it was written from (backup names, xAPI timestamps).
    CHECK(util::parseCompactUtc(util::compactUtc(now)) == now);
    CHECK(util::parseCompactUtc("20261123T190211123Z.db") == 1795460531123);
    CHECK_FALSE(util::parseCompactUtc("2026-11-23").has_value());
    CHECK(util::parseIsoTimestamp(util::isoUtc(now)) == now);
    CHECK(util::parseIsoTimestamp("2026-11-23T21:02:11.123+02:00") == 1795460531123);
    CHECK_FALSE(util::parseIsoTimestamp("2026-11-23T19:02:11").has_value());
    // Local times follow TZ; with TZ=UTC they read like the UTC clock.
    const char* oldTz = std::getenv("TZ");
    const std::string saved = oldTz ? oldTz : "";
    setenv("TZ", "UTC", 1);
    tzset();
    CHECK(util::localDateMinutes(1795460531123) == "2026-11-23 19:02");
    CHECK(util::localTimeForHumans(1795460531123) == "19:02 on 23 Nov 2026");
    if (oldTz) setenv("TZ", saved.c_str(), 1);
    else unsetenv("TZ");
    tzset();
}
