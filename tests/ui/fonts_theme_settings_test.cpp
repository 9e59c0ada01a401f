// Fonts carry the glyphs learners' names and course text need; themes meet their promises;
// settings survive bad JSON.
#include "harness.h"

#include "ui/app_state.h"
#include "ui/fonts.h"
#include "ui/glyph_set.h"
#include "ui/theme.h"

#include <catch2/catch.hpp>

using namespace lectern;
using namespace lectern::test;

TEST_CASE("fonts: body text has Latin, Greek, Cyrillic, typographic punctuation and arrows", "[ui][fonts]") {
    HeadlessUi h;
    // Greek and Cyrillic are not in the base set: text that has them asks for them.
    ui::GlyphSet glyphs;
    glyphs.request(std::string_view("Ω Ж ș"));
    ui::FontLoadResult r = ui::loadFonts(*ImGui::GetIO().Fonts, 18.0f, "", &glyphs);
    REQUIRE(r.fonts.regular);
    if (r.usedDefaultFont) {
        WARN("no system font installed: " << r.message);
        return;
    }
    const ImWchar needed[] = {'A', 0x00E9 /*é*/, 0x0151 /*ő*/, 0x0219 /*ș*/, 0x03A9 /*Ω*/, 0x0416 /*Ж*/,
                              0x2014 /*—*/, 0x2013 /*–*/, 0x201C /*“*/, 0x2019 /*’*/, 0x2026 /*…*/,
                              0x2022 /*•*/, 0x2192 /*→*/};
    for (ImFont* f : {r.fonts.regular, r.fonts.bold, r.fonts.italic, r.fonts.boldItalic, r.fonts.h1}) {
        for (ImWchar c : needed) {
            INFO("codepoint U+" << std::hex << int(c));
            CHECK(f->FindGlyphNoFallback(c) != nullptr);
        }
    }
    // Headings are larger than body text, body text is the requested size.
    CHECK(r.fonts.regular->FontSize == Approx(18.0f));
    CHECK(r.fonts.h1->FontSize > r.fonts.h2->FontSize);
    CHECK(r.fonts.h2->FontSize > r.fonts.h3->FontSize);
    CHECK(r.fonts.h3->FontSize > r.fonts.regular->FontSize);
}

TEST_CASE("fonts: body size follows the screen's scale and the learner's setting", "[ui][fonts]") {
    CHECK(ui::bodyPixelSize(1.0f, 1.0f) == Approx(18.0f));
    CHECK(ui::bodyPixelSize(2.0f, 1.0f) == Approx(36.0f));
    CHECK(ui::bodyPixelSize(1.0f, 1.21f) == Approx(18.0f * 1.21f));
}

TEST_CASE("theme: high contrast is white on black with yellow links", "[ui][theme]") {
    ui::Theme t = ui::makeTheme(ui::ThemeKind::HighContrast);
    CHECK(t.text == IM_COL32(255, 255, 255, 255));
    CHECK(t.panelBg == IM_COL32(0, 0, 0, 255));
    CHECK(t.link == IM_COL32(255, 235, 0, 255));
    CHECK(ui::focusOutlineWidth(ui::ThemeKind::HighContrast) > ui::focusOutlineWidth(ui::ThemeKind::Light));
    HeadlessUi h;
    ui::applyImGuiStyle(ui::ThemeKind::HighContrast, 1.0f);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    CHECK(bg.x == 0.0f);
    CHECK(bg.y == 0.0f);
    CHECK(bg.z == 0.0f);
    CHECK(ImGui::GetStyle().FrameBorderSize >= 2.0f);
}

TEST_CASE("settings: JSON round trip, and bad JSON gives the defaults", "[ui][settings]") {
    ui::UiSettings s;
    s.theme = ui::ThemeKind::HighContrast;
    s.fontSteps = 3;
    CHECK(ui::UiSettings::fromJson(s.toJson()) == s);
    CHECK(ui::UiSettings::fromJson("") == ui::UiSettings{});
    CHECK(ui::UiSettings::fromJson("{not json") == ui::UiSettings{});
    CHECK(ui::UiSettings::fromJson(R"({"theme":"purple","fontSteps":"big"})") == ui::UiSettings{});
    CHECK(ui::UiSettings::fromJson(R"({"fontSteps":999})").fontSteps == ui::UiSettings::kMaxFontSteps);
}

TEST_CASE("settings: the interface language is saved with the others, unknown ones are automatic", "[ui][settings][i18n]") {
    ui::UiSettings s;
    s.language = "zh-Hans";
    CHECK(ui::UiSettings::fromJson(s.toJson()) == s);
    CHECK(ui::UiSettings::fromJson(s.toJson()).language == "zh-Hans");
    CHECK(ui::UiSettings::fromJson(R"({"theme":"dark","language":"fr"})").language == "fr");
    CHECK(ui::UiSettings::fromJson(R"({"language":"fr_FR.UTF-8"})").language == "fr");
    CHECK(ui::UiSettings::fromJson(R"({"language":"klingon"})").language.empty());
    CHECK(ui::UiSettings::fromJson(R"({"language":7})").language.empty());
    // Automatic is not written, so settings saved before this feature read back the same.
    CHECK(ui::UiSettings{}.toJson().find("language") == std::string::npos);
}

TEST_CASE("open target: MODULE[#SECTION]", "[ui][settings]") {
    CHECK(ui::parseOpenTarget("history").moduleId == "history");
    CHECK(ui::parseOpenTarget("history").sectionId.empty());
    CHECK(ui::parseOpenTarget("history#origins").sectionId == "origins");
}
