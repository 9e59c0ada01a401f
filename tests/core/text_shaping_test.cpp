// The glyphs Lectern lays out are HarfBuzz's own: for Arabic and mixed sentences, each shaped
// run equals what the hb-shape tool (libharfbuzz-bin) gives for the same font, text, context,
// direction, script and language; and the runs come out in the right visual order.
#include "../hb_shape_support.h"
#include "text/paragraph_layout.h"
#include "util/utf8.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

using namespace lectern::text;
using lectern::test::codePoints;
using lectern::test::hbShape;

namespace {

// The line's glyphs that show bytes [begin, end), in the order they are drawn.
std::vector<uint32_t> glyphsOf(const Line& line, size_t begin, size_t end) {
    std::vector<uint32_t> ids;
    for (const PositionedGlyph& g : line.glyphs)
        if (g.cluster >= begin && g.cluster < end) ids.push_back(g.glyph);
    return ids;
}

// Code point index of byte offset b.
size_t cpIndex(const ParagraphLayout& layout, size_t b) {
    return size_t(std::lower_bound(layout.cpBytes.begin(), layout.cpBytes.end(), uint32_t(b)) - layout.cpBytes.begin());
}

// [x0, x1] of the glyphs showing bytes [begin, end) of `text` found by substring.
std::pair<float, float> extentOf(const Line& line, size_t begin, size_t end) {
    float x0 = 1e9f, x1 = -1e9f;
    for (const PositionedGlyph& g : line.glyphs)
        if (g.cluster >= begin && g.cluster < end) {
            x0 = std::min(x0, g.x);
            x1 = std::max(x1, g.x + g.advance);
        }
    return {x0, x1};
}

const char* const kSentences[] = {
    "قرار الجمعية العامة بشأن الأمن السيبراني.",
    "اعتمدت الجمعية العامة القرار A/RES/79/243 في ديسمبر 2024.",
    "أنشأ الفريق العامل المفتوح العضوية (OEWG) عام 2021 لمدة خمس سنوات.",
    "قال الرئيس: «إن عمل \"OEWG\" مستمر» (انظر الفقرة 12، ص. 3-4).",
    "تضم الأمم المتحدة ١٩٣ دولة عضوا، وتتحدث بست لغات: العربية والصينية والإنكليزية.",
    "لا إله إلا الله. لألئ، لآلئ، الإمارات.",  // lam-alef ligatures
    "The General Assembly adopted «قرار الجمعية العامة 79/243» in December 2024.",
    "Le Groupe (OEWG) — الفريق العامل — a commencé en 2021.",
    "\u064E\u0628",  // a fatha with no letter before it: drawn on a dotted circle
};

} // namespace

TEST_CASE("every shaped run of Arabic and mixed sentences has hb-shape's glyphs", "[text]") {
    const FontStack fonts(FontStack::debianNoto());
    for (const char* sentence : kSentences) {
        INFO("sentence: " << sentence);
        LayoutOptions opt;
        opt.sizePx = 20;
        const ParagraphLayout layout = layoutParagraph(sentence, fonts, opt);
        REQUIRE(layout.lines.size() == 1);
        const std::vector<char32_t> cps = codePoints(sentence);
        REQUIRE(layout.runs.size() >= 1);
        size_t glyphsSeen = 0;
        for (const ShapedRun& run : layout.runs) {
            INFO("run bytes [" << run.byteBegin << ", " << run.byteEnd << ") script " << run.script << (run.rtl ? " rtl" : " ltr"));
            const auto expected = hbShape(fonts.source(run.face), cps, cpIndex(layout, run.byteBegin), cpIndex(layout, run.byteEnd),
                                          run.rtl, run.script, run.language);
            const auto got = glyphsOf(layout.lines[0], run.byteBegin, run.byteEnd);
            CHECK(got == expected);
            glyphsSeen += got.size();
            for (uint32_t id : got) CHECK(id != 0);  // every character has a real glyph
        }
        CHECK(glyphsSeen == layout.lines[0].glyphs.size());
    }
}

TEST_CASE("bold Arabic and Chinese with Latin inside also have hb-shape's glyphs (the .ttc's SC face)", "[text]") {
    const FontStack fonts(FontStack::debianNoto());
    const char* const sentences[] = {
        "联合国大会于2021年设立了不限成员名额工作组（OEWG），讨论“负责任的国家行为”。",
        "第79/243号决议：A/RES/79/243。",
        kSentences[1], kSentences[2],
    };
    for (bool bold : {false, true}) {
        for (const char* sentence : sentences) {
            INFO("sentence: " << sentence << (bold ? " (bold)" : ""));
            LayoutOptions opt;
            opt.bold = bold;
            const ParagraphLayout layout = layoutParagraph(sentence, fonts, opt);
            REQUIRE(layout.lines.size() == 1);
            const std::vector<char32_t> cps = codePoints(sentence);
            for (const ShapedRun& run : layout.runs) {
                INFO("run bytes [" << run.byteBegin << ", " << run.byteEnd << ") script " << run.script);
                CHECK(bool(run.face & 1) == bold);
                CHECK(glyphsOf(layout.lines[0], run.byteBegin, run.byteEnd) ==
                      hbShape(fonts.source(run.face), cps, cpIndex(layout, run.byteBegin), cpIndex(layout, run.byteEnd), run.rtl,
                              run.script, run.language));
            }
        }
    }
}

TEST_CASE("a wholly Arabic sentence is the one glyph sequence hb-shape gives for the whole text", "[text]") {
    const FontStack fonts(FontStack::debianNoto());
    const std::string sentence = kSentences[0];
    const ParagraphLayout layout = layoutParagraph(sentence, fonts, {});
    REQUIRE(layout.rtl);
    REQUIRE(layout.lines.size() == 1);
    std::vector<uint32_t> got;
    for (const PositionedGlyph& g : layout.lines[0].glyphs) {
        got.push_back(g.glyph);
        CHECK(g.face == faceId(Family::Arabic, false));
    }
    const std::vector<char32_t> cps = codePoints(sentence);
    CHECK(got == hbShape(fonts.source(faceId(Family::Arabic, false)), cps, 0, cps.size(), true, "Arab", "ar"));
}

TEST_CASE("a resolution symbol and an acronym quoted in Arabic read left to right in their place", "[text]") {
    const FontStack fonts(FontStack::debianNoto());
    const std::string s = kSentences[1];  // "... القرار A/RES/79/243 في ديسمبر 2024."
    const ParagraphLayout layout = layoutParagraph(s, fonts, {});
    REQUIRE(layout.rtl);
    const Line& line = layout.lines.at(0);
    const size_t sym = s.find("A/RES/79/243"), before = s.find("القرار"), after = s.find("في");
    const auto symbol = extentOf(line, sym, sym + 12);
    const auto word = extentOf(line, before, before + std::string("القرار").size());
    const auto next = extentOf(line, after, after + std::string("في").size());
    // Right to left: the word before the symbol is on its right, the word after on its left.
    CHECK(word.first >= symbol.second - 0.01f);
    CHECK(next.second <= symbol.first + 0.01f);
    // Inside the symbol, left to right: 'A' first, "243" last.
    float lastX = -1;
    for (const PositionedGlyph& g : line.glyphs) {
        if (g.cluster < sym || g.cluster >= sym + 12) continue;
        CHECK(g.x > lastX);
        lastX = g.x;
        CHECK(g.face == faceId(Family::Sans, false));
    }
    // "2024" at the sentence's end: its digits left to right, and left of "ديسمبر".
    const size_t year = s.find("2024");
    const size_t month = s.find("ديسمبر");
    CHECK(extentOf(line, year, year + 4).second <= extentOf(line, month, month + std::string("ديسمبر").size()).first + 0.01f);
    CHECK(extentOf(line, year, year + 1).first < extentOf(line, year + 3, year + 4).first);
}

TEST_CASE("embedded levels reorder as UAX #9 L2 says: Arabic in an English sentence, numbers in both", "[text]") {
    const FontStack fonts(FontStack::debianNoto());
    // Left to right: the Arabic words read right to left, the number inside them left to right.
    const std::string s = "See قرار 243 العامة today";
    const ParagraphLayout layout = layoutParagraph(s, fonts, {});
    REQUIRE_FALSE(layout.rtl);
    const Line& line = layout.lines.at(0);
    const size_t see = s.find("See"), qarar = s.find("قرار"), num = s.find("243"), amma = s.find("العامة"), today = s.find("today");
    CHECK(extentOf(line, see, see + 3).second <= extentOf(line, amma, amma + 12).first + 0.01f);
    CHECK(extentOf(line, amma, amma + 12).second <= extentOf(line, num, num + 3).first + 0.01f);
    CHECK(extentOf(line, num, num + 3).second <= extentOf(line, qarar, qarar + 8).first + 0.01f);
    CHECK(extentOf(line, qarar, qarar + 8).second <= extentOf(line, today, today + 5).first + 0.01f);
    // A left-to-right embedding (LRE ... PDF) holding an Arabic word then a number: levels 2,
    // 3 and 4. The number still follows the Arabic word leftwards (levels 3 and up reverse),
    // while the embedding as a whole stays between "x" and "y".
    const std::string e = "x \u202A" "عربي 12\u202C y";
    const ParagraphLayout el = layoutParagraph(e, fonts, {});
    const Line& l2 = el.lines.at(0);
    const size_t ar = e.find("عربي"), twelve = e.find("12");
    CHECK(extentOf(l2, twelve, twelve + 2).second <= extentOf(l2, ar, ar + 8).first + 0.01f);
    CHECK(extentOf(l2, 0, 1).second <= extentOf(l2, twelve, twelve + 2).first + 0.01f);
    CHECK(extentOf(l2, ar, ar + 8).second <= extentOf(l2, e.find(" y") + 1, e.size()).first + 0.01f);
    CHECK(extentOf(l2, twelve, twelve + 1).first < extentOf(l2, twelve + 1, twelve + 2).first);
}
