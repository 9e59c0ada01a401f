// Word counts for scripts written without spaces: each ideograph, kana and Hangul syllable is a
// word, so Chinese reading times and reflection minimums mean what they do in English.
#include "util/words.h"

#include <catch2/catch.hpp>

using lectern::util::countWords;

TEST_CASE("countWords counts each Chinese character, kana and Hangul syllable as a word", "[util][words]") {
    CHECK(countWords("联合国大会") == 5);
    CHECK(countWords("联合国大会。") == 5);                    // punctuation is no word
    CHECK(countWords("联合国 大会") == 5);                     // a space changes nothing
    CHECK(countWords("OEWG于2021年成立") == 6);                // OEWG, 于, 2021, 年, 成, 立
    CHECK(countWords("決議A/RES/79/243を採択した") == 8);      // 決, 議, the symbol, を, 採, 択, し, た
    CHECK(countWords("カタカナ・テスト") == 7);                // the middle dot is no word
    CHECK(countWords("한국어 문장") == 5);
    CHECK(countWords("，。、「」") == 0);
    CHECK(countWords("𠀀𠀁") == 2);                            // extension B, beyond the BMP
    // Everything else counts as before.
    CHECK(countWords("Norms — and then **some** text") == 5);
    CHECK(countWords("كتب الطالب، الدرس.") == 3);
    CHECK(countWords("state-of-the-art") == 1);
    CHECK(countWords("a\xFF" "b c") == 2);
}
