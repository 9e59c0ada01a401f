// Paragraph layout with the real Debian Noto fonts: right-to-left lines aligned right, Chinese
// wrapped inside the column at every width, fallback between faces, faces opened only when a
// script needs them, the caret and selection on Arabic text, and hostile input.
#include "text/caret.h"
#include "text/paragraph_layout.h"

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

using namespace lectern::text;

namespace {

// Lines cover the text, in order, without gaps.
void checkCoverage(const ParagraphLayout& layout, size_t size) {
    REQUIRE(!layout.lines.empty());
    CHECK(layout.lines.front().byteBegin == 0);
    for (size_t i = 1; i < layout.lines.size(); ++i) CHECK(layout.lines[i].byteBegin == layout.lines[i - 1].byteEnd);
    CHECK(layout.lines.back().byteEnd == size);
}

const ClusterBox* boxAt(const Line& line, size_t byte) {
    for (const ClusterBox& cb : line.clusters)
        if (cb.byteBegin == byte) return &cb;
    return nullptr;
}

std::string repeat(const std::string& s, size_t times) {
    std::string out;
    for (size_t i = 0; i < times; ++i) out += s;
    return out;
}

const std::string kArabicParagraph =
    "أنشأت الجمعية العامة الفريق العامل المفتوح العضوية المعني بأمن تكنولوجيا المعلومات "
    "والاتصالات واستخدامها، وعقد الفريق دورته الأولى في نيويورك، وناقش فيها الدول الأعضاء "
    "القواعد والمعايير والمبادئ المتعلقة بالسلوك المسؤول للدول في الفضاء الإلكتروني.";

} // namespace

TEST_CASE("a right-to-left paragraph's lines start at the column's right edge", "[text]") {
    const FontStack fonts(FontStack::debianNoto());
    LayoutOptions opt;
    opt.sizePx = 18;
    opt.maxWidth = 300;
    const ParagraphLayout layout = layoutParagraph(kArabicParagraph, fonts, opt);
    REQUIRE(layout.rtl);
    REQUIRE(layout.lines.size() >= 3);
    checkCoverage(layout, kArabicParagraph.size());
    for (const Line& line : layout.lines) {
        INFO("line bytes " << line.byteBegin << ".." << line.byteEnd);
        REQUIRE(!line.glyphs.empty());
        CHECK(line.width <= opt.maxWidth + 0.01f);
        // The line's first character is drawn rightmost, its right edge on the column's.
        const ClusterBox* first = boxAt(line, line.byteBegin);
        REQUIRE(first != nullptr);
        CHECK(first->rtl);
        CHECK(first->x1 == Approx(opt.maxWidth).margin(0.01));
        float right = 0;
        for (const PositionedGlyph& g : line.glyphs) right = std::max(right, g.x + g.advance);
        CHECK(right == Approx(opt.maxWidth).margin(0.01));
        CHECK(line.left == Approx(opt.maxWidth - line.width).margin(0.01));
        // Reading goes leftwards: each next cluster lies left of the one before.
        for (size_t k = 1; k < line.clusters.size(); ++k) {
            if (line.clusters[k].x1 - line.clusters[k].x0 <= 0) continue;  // zero-width marks
            CHECK(line.clusters[k].x1 <= line.clusters[k - 1].x0 + 0.5f);
        }
    }
}

TEST_CASE("an English paragraph starts at the left and wraps between words", "[text]") {
    const FontStack fonts(FontStack::debianNoto());
    const std::string text = repeat("The open-ended working group met in New York in 2021. ", 8);
    LayoutOptions opt;
    opt.maxWidth = 320;
    const ParagraphLayout layout = layoutParagraph(text, fonts, opt);
    CHECK_FALSE(layout.rtl);
    checkCoverage(layout, text.size());
    REQUIRE(layout.lines.size() > 2);
    for (const Line& line : layout.lines) {
        CHECK(line.left == 0);
        CHECK(line.glyphs.front().x == Approx(0).margin(0.5));
        CHECK(line.width <= opt.maxWidth + 0.01f);
        // No word is cut: every line ends after a space (or at the text's end), or after a hyphen.
        if (line.byteEnd < text.size()) CHECK((text[line.byteEnd - 1] == ' ' || text[line.byteEnd - 1] == '-'));
    }
}

TEST_CASE("ten thousand Chinese characters wrap inside the column at every width from 300 to 1600 px", "[text]") {
    const FontStack fonts(FontStack::debianNoto());
    const std::string sentence = "联合国大会于二〇二一年设立了不限成员名额工作组，讨论信息和通信技术安全问题以及负责任的国家行为规范。";
    std::string text;
    size_t chars = 0;
    while (chars < 10000) {
        text += sentence;
        chars += 48;  // code points in the sentence
    }
    for (int width = 300; width <= 1600; width += 50) {
        INFO("width " << width);
        LayoutOptions opt;
        opt.sizePx = 18;
        opt.maxWidth = float(width);
        opt.language = "zh-Hans";
        const ParagraphLayout layout = layoutParagraph(text, fonts, opt);
        checkCoverage(layout, text.size());
        bool allInside = true, noneEmpty = true, allFull = true, noMissing = true;
        for (size_t i = 0; i < layout.lines.size(); ++i) {
            const Line& line = layout.lines[i];
            allInside = allInside && line.width <= opt.maxWidth + 0.01f;
            for (const PositionedGlyph& g : line.glyphs) {
                allInside = allInside && g.x >= -0.01f && g.x + g.advance <= opt.maxWidth + 0.01f;
                noMissing = noMissing && g.glyph != 0;
            }
            noneEmpty = noneEmpty && !line.glyphs.empty();
            // Breaks fall between characters, not only at punctuation: a line is full to within
            // two characters (kinsoku keeps a comma off a line's start, so one may move down).
            if (i + 1 < layout.lines.size()) allFull = allFull && line.width > opt.maxWidth - 2.5f * opt.sizePx;
        }
        CHECK(allInside);
        CHECK(noneEmpty);
        CHECK(allFull);
        CHECK(noMissing);
    }
}

TEST_CASE("a word wider than the column is cut between clusters, never overflowing", "[text]") {
    const FontStack fonts(FontStack::debianNoto());
    const std::string url = "https://www.un.org/disarmament/ict-security/open-ended-working-group-on-information-and-communication-technologies";
    LayoutOptions opt;
    opt.maxWidth = 120;
    const ParagraphLayout layout = layoutParagraph(url, fonts, opt);
    checkCoverage(layout, url.size());
    CHECK(layout.lines.size() > 3);
    for (const Line& line : layout.lines) {
        CHECK(!line.glyphs.empty());
        CHECK(line.width <= opt.maxWidth + 0.01f);
    }
    // A column narrower than one letter still gets one cluster a line, not an endless loop.
    opt.maxWidth = 1;
    const ParagraphLayout narrow = layoutParagraph("مرحبا abc", fonts, opt);
    checkCoverage(narrow, std::string("مرحبا abc").size());
    for (const Line& line : narrow.lines) CHECK(!line.glyphs.empty());
}

TEST_CASE("each character takes the first face that has it; none has it: a visible .notdef", "[text]") {
    const FontStack fonts(FontStack::debianNoto());
    const std::string text = "Peace is 和平 and سلام \xF0\x9F\x98\x80.";  // the emoji is in no face
    const ParagraphLayout layout = layoutParagraph(text, fonts, {});
    const Line& line = layout.lines.at(0);
    const size_t han = text.find("和平"), ar = text.find("سلام"), emoji = text.find("\xF0\x9F\x98\x80");
    for (const PositionedGlyph& g : line.glyphs) {
        if (g.cluster >= han && g.cluster < han + 6) CHECK(g.face == faceId(Family::Cjk, false));
        if (g.cluster >= ar && g.cluster < ar + 8) CHECK(g.face == faceId(Family::Arabic, false));
        if (g.cluster < han) CHECK(g.face == faceId(Family::Sans, false));
        if (g.cluster == emoji) {
            CHECK(g.glyph == 0);
            CHECK(g.advance > 0);  // the box is drawn
        } else {
            CHECK(g.glyph != 0);
        }
    }
    // Bold spans pick the bold faces.
    LayoutOptions bold;
    bold.boldSpans = {{han, han + 6}};
    const ParagraphLayout b = layoutParagraph(text, fonts, bold);
    for (const PositionedGlyph& g : b.lines.at(0).glyphs)
        if (g.cluster >= han && g.cluster < han + 6) CHECK(g.face == faceId(Family::Cjk, true));
}

TEST_CASE("faces are opened only when a script needs them", "[text]") {
    const FontStack fonts(FontStack::debianNoto());
    for (int f = 0; f < kFaceCount; ++f) CHECK_FALSE(fonts.isOpen(FaceId(f)));
    layoutParagraph("Plain English, 2024.", fonts, {});
    CHECK(fonts.isOpen(faceId(Family::Sans, false)));
    CHECK_FALSE(fonts.isOpen(faceId(Family::Arabic, false)));
    CHECK_FALSE(fonts.isOpen(faceId(Family::Cjk, false)));
    CHECK_FALSE(fonts.isOpen(faceId(Family::Sans, true)));
    layoutParagraph("مرحبا", fonts, {});
    CHECK(fonts.isOpen(faceId(Family::Arabic, false)));
    CHECK_FALSE(fonts.isOpen(faceId(Family::Cjk, false)));
}

TEST_CASE("missing font files give .notdef glyphs and lines, not a crash", "[text]") {
    std::array<FaceSource, kFaceCount> none;
    for (auto& s : none) s.path = "/nonexistent/font.ttf";
    const FontStack fonts(none);
    const std::string text = "Hello مرحبا 你好";
    LayoutOptions opt;
    opt.maxWidth = 50;
    const ParagraphLayout layout = layoutParagraph(text, fonts, opt);
    checkCoverage(layout, text.size());
    for (const Line& line : layout.lines)
        for (const PositionedGlyph& g : line.glyphs) CHECK(g.glyph == 0);
}

TEST_CASE("the caret moves through Arabic text right to left, and a click finds the letter", "[text]") {
    const FontStack fonts(FontStack::debianNoto());
    const std::string text = "لا إله إلا الله والسلام";  // lam-alef ligatures: two letters, one glyph
    LayoutOptions opt;
    opt.maxWidth = 600;
    const ParagraphLayout layout = layoutParagraph(text, fonts, opt);
    const Line& line = layout.lines.at(0);
    CHECK(caretX(layout, line, 0) == Approx(600).margin(0.01));
    CHECK(caretX(layout, line, text.size()) == Approx(600 - line.width).margin(0.01));
    float last = 1e9f;
    for (size_t i = 0; i + 1 < layout.cpBytes.size(); ++i) {
        const size_t b = layout.cpBytes[i];
        const float x = caretX(layout, line, b);
        INFO("byte " << b);
        CHECK(x <= last + 0.01f);  // never moves right while reading on
        last = x;
        if (x < last - 0.01f || i == 0) CHECK(byteAtX(layout, line, x) == b);
    }
    // Inside the first "لا" (one ligature glyph), the caret between lam and alef is in its middle.
    const ClusterBox* la = boxAt(line, 0);
    REQUIRE(la != nullptr);
    CHECK(la->byteEnd == 4);
    CHECK(caretX(layout, line, 2) == Approx((la->x0 + la->x1) / 2).margin(0.01));
    // Far left and far right of the line: its end and its start.
    CHECK(byteAtX(layout, line, -100) == text.size());
    CHECK(byteAtX(layout, line, 5000) == 0);
}

TEST_CASE("a selection across a direction change is drawn as separate spans", "[text]") {
    const FontStack fonts(FontStack::debianNoto());
    const std::string text = "اعتمد القرار A/RES/79/243 بالإجماع";
    const ParagraphLayout layout = layoutParagraph(text, fonts, {});
    const Line& line = layout.lines.at(0);
    const size_t sym = text.find("A/RES/79/243");
    // The symbol alone: one span, as wide as its glyphs.
    auto spans = selectionSpans(layout, line, sym, sym + 12);
    REQUIRE(spans.size() == 1);
    // From inside "القرار" to inside the symbol: the two pieces are not adjacent on screen.
    spans = selectionSpans(layout, line, text.find("القرار") + 4, sym + 5);
    CHECK(spans.size() == 2);
    // Everything: one span the line's width.
    spans = selectionSpans(layout, line, 0, text.size());
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].second - spans[0].first == Approx(line.width).margin(0.01));
}

TEST_CASE("hostile text lays out without a crash: bad UTF-8, unpaired bidi controls, a megabyte of one mark, nothing", "[text]") {
    const FontStack fonts(FontStack::debianNoto());
    LayoutOptions opt;
    opt.maxWidth = 400;
    SECTION("empty text: one empty line, where a caret can go") {
        const ParagraphLayout layout = layoutParagraph("", fonts, opt);
        REQUIRE(layout.lines.size() == 1);
        CHECK(layout.lines[0].glyphs.empty());
        CHECK(layout.height > 0);
        CHECK(byteAtX(layout, layout.lines[0], 10) == 0);
        CHECK(caretX(layout, layout.lines[0], 0) == 0);
    }
    SECTION("invalid UTF-8 shows a glyph for each bad byte") {
        const std::string text = "ab\xFF\xC3(\xED\xA0\x80 \xF4\x90\x80\x80 مر\x80حبا\xC0";
        const ParagraphLayout layout = layoutParagraph(text, fonts, opt);
        checkCoverage(layout, text.size());
        size_t glyphs = 0;
        for (const Line& line : layout.lines) glyphs += line.glyphs.size();
        CHECK(glyphs >= 10);
    }
    SECTION("unpaired and nested bidi controls") {
        std::string text = "\u202B\u202Babc \u202C\u202C\u202C\u2067def\u2069\u2069\u2066 مرحبا \u202E123\u200F";
        for (int i = 0; i < 300; ++i) text += "\u202B";  // deeper than UAX #9's 125 levels
        text += "عمق";
        for (int i = 0; i < 200; ++i) text += "\u2067x";
        const ParagraphLayout layout = layoutParagraph(text, fonts, opt);
        checkCoverage(layout, text.size());
        for (const Line& line : layout.lines) CHECK(line.width <= opt.maxWidth + 0.01f);
    }
    SECTION("a megabyte of one combining mark, alone and after a letter") {
        for (const std::string head : {"", "a", "ب"}) {
            const std::string text = head + repeat("\xCC\x81", 512 * 1024);
            const ParagraphLayout layout = layoutParagraph(text, fonts, opt);
            checkCoverage(layout, text.size());
            CHECK(caretX(layout, layout.lines.back(), text.size()) >= -1e6f);
        }
    }
    SECTION("hard breaks start new lines, and a last one leaves an empty line for the caret") {
        const std::string text = "one\ntwo\r\n\nthree\n";
        const ParagraphLayout layout = layoutParagraph(text, fonts, opt);
        checkCoverage(layout, text.size());
        REQUIRE(layout.lines.size() == 5);
        CHECK(layout.lines[4].byteBegin == text.size());
        CHECK(layout.lines[4].glyphs.empty());
    }
}

TEST_CASE("a byte offset finds its line, and a wrapped line's end keeps the caret on it", "[text]") {
    const FontStack fonts(FontStack::debianNoto());
    LayoutOptions opt;
    opt.maxWidth = 200;
    const ParagraphLayout layout = layoutParagraph(kArabicParagraph, fonts, opt);
    REQUIRE(layout.lines.size() > 2);
    for (size_t i = 0; i < layout.lines.size(); ++i) {
        const Line& line = layout.lines[i];
        CHECK(lineOfByte(layout, line.byteBegin) == i);
        CHECK(lineOfByte(layout, line.byteEnd - 1) == i);
        // Clicking past the line's left end (where a right-to-left line ends) lands on this
        // line, before its trailing space, never on the next line's first letter.
        if (i + 1 < layout.lines.size()) {
            const size_t b = byteAtX(layout, line, -50);
            CHECK(b < line.byteEnd);
            CHECK(b > line.byteBegin);
        }
    }
    CHECK(lineOfByte(layout, kArabicParagraph.size()) == layout.lines.size() - 1);
}

TEST_CASE("the paragraph's direction: from its first strong letter, or as given", "[text]") {
    const FontStack fonts(FontStack::debianNoto());
    LayoutOptions opt;
    opt.maxWidth = 500;
    // Digits and punctuation first do not decide; the first letter does.
    CHECK(layoutParagraph("2024: قرار الجمعية", fonts, opt).rtl);
    CHECK_FALSE(layoutParagraph("(2024) The Assembly قرار", fonts, opt).rtl);
    CHECK_FALSE(layoutParagraph("123 ...", fonts, opt).rtl);  // no letter: left to right
    // Given right to left, English text sits on the right, still read left to right.
    opt.direction = BaseDirection::RightToLeft;
    const std::string hello = "Hello world";
    const ParagraphLayout r = layoutParagraph(hello, fonts, opt);
    REQUIRE(r.rtl);
    const Line& line = r.lines.at(0);
    CHECK(line.left + line.width == Approx(500).margin(0.01));
    CHECK(line.glyphs.front().cluster == 0);  // 'H' leftmost
    // Given left to right, Arabic text sits on the left.
    opt.direction = BaseDirection::LeftToRight;
    const ParagraphLayout l = layoutParagraph("قرار الجمعية", fonts, opt);
    CHECK_FALSE(l.rtl);
    CHECK(l.lines.at(0).left == 0);
}

TEST_CASE("lines stack downwards and a height finds its line", "[text]") {
    const FontStack fonts(FontStack::debianNoto());
    LayoutOptions opt;
    opt.maxWidth = 250;
    const ParagraphLayout layout = layoutParagraph(kArabicParagraph, fonts, opt);
    REQUIRE(layout.lines.size() > 2);
    for (size_t i = 0; i < layout.lines.size(); ++i) {
        const Line& line = layout.lines[i];
        if (i > 0) CHECK(line.baseline > layout.lines[i - 1].baseline + layout.lines[i - 1].descent);
        CHECK(lineAtY(layout, line.baseline) == i);
    }
    CHECK(lineAtY(layout, -10) == 0);
    CHECK(lineAtY(layout, layout.height + 10) == layout.lines.size() - 1);
    CHECK(layout.height == Approx(layout.lines.back().baseline + layout.lines.back().descent));
}

TEST_CASE("one font stack serves several threads at once, each getting the same glyphs", "[text]") {
    const FontStack fonts(FontStack::debianNoto());
    const std::string text = kArabicParagraph + " 联合国 The Assembly";
    LayoutOptions opt;
    opt.maxWidth = 280;
    std::vector<ParagraphLayout> results(4);
    std::vector<std::thread> threads;
    // The faces are opened by whichever thread comes first, while the others wait for it.
    for (size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&, i] { results[i] = layoutParagraph(text, fonts, opt); });
    for (std::thread& t : threads) t.join();
    const ParagraphLayout alone = layoutParagraph(text, fonts, opt);
    for (const ParagraphLayout& r : results) {
        REQUIRE(r.lines.size() == alone.lines.size());
        for (size_t l = 0; l < r.lines.size(); ++l) {
            REQUIRE(r.lines[l].glyphs.size() == alone.lines[l].glyphs.size());
            for (size_t g = 0; g < r.lines[l].glyphs.size(); ++g) {
                CHECK(r.lines[l].glyphs[g].glyph == alone.lines[l].glyphs[g].glyph);
                CHECK(r.lines[l].glyphs[g].x == alone.lines[l].glyphs[g].x);
            }
        }
    }
}
