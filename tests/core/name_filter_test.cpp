// The start screen's type-to-filter (session/name_filter.h): first letters of any word, any
// script, case and accents ignored; fast enough for 500 learners per keystroke.
#include "session/name_filter.h"

#include <catch2/catch.hpp>
#include <chrono>

using namespace lectern::session;

namespace {
bool finds(const char* typed, const char* name) { return matchesQuery(nameKey(name), queryWords(typed)); }
}

TEST_CASE("name filter: the first letters of any word, in any script, case and accents ignored", "[profiles][filter]") {
    CHECK(finds("ok", "Chidi Okafor"));
    CHECK(finds("OKA", "Chidi Okafor"));
    CHECK(finds("ch ok", "Chidi Okafor"));
    CHECK(finds("ok ch", "Chidi Okafor"));
    CHECK_FALSE(finds("kaf", "Chidi Okafor"));  // not the start of a word
    CHECK_FALSE(finds("ch x", "Chidi Okafor"));
    CHECK(finds("zoe ang", "Zoë Ångström"));
    CHECK(finds("jose", "José Álvarez"));
    CHECK(finds("alv", "José Álvarez"));
    CHECK(finds("park", "Ann Lee-Park"));
    CHECK(finds("мо", "Дмитрий Морозов"));
    CHECK(finds("МОР", "дмитрий морозов"));
    CHECK(finds("عبد", "مُحَمَّد عَبْد الله"));  // harakat ignored
    CHECK(finds("王", "王小明"));
    CHECK(finds("nguyen", "Nguyễn Thị Minh Khai"));
    CHECK(finds("", "anyone"));
    CHECK(finds("  ", "anyone"));
    CHECK(finds("hyper", "=HYPERLINK(\"http://x\")"));
}

TEST_CASE("name filter: a keystroke over 500 names takes well under a frame", "[profiles][filter]") {
    std::vector<NameKey> keys;
    const char* names[] = {"محمد عبد الله", "王小明", "Дмитрий Иванов", "José Álvarez", "Chidi Okafor"};
    for (int i = 0; i < 500; ++i) keys.push_back(nameKey(std::string(names[i % 5]) + " " + std::to_string(i)));
    auto t = std::chrono::steady_clock::now();
    int matched = 0;
    for (const char* typed : {"c", "ch", "chi", "chid", "chidi", "chidi o"}) {
        auto q = queryWords(typed);
        matched = 0;
        for (const NameKey& k : keys) matched += matchesQuery(k, q);
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
    CHECK(matched == 100);
    CHECK(ms / 6 < 5.0);  // per keystroke, in a Debug + ASan build
}
