// A course in several languages in the running UI (issue 16): the catalogue lists each
// module's languages, the reader offers them, and switching keeps the reader's place; the text
// follows the interface language unless the learner picked another; in an Arabic interface
// the languages line is at the card's right.
#include "ui_test_support.h"

#include "../common/selected_scope.h"
#include "i18n/gettext_catalog.h"
#include "ui/theme.h"

#include <imgui_internal.h>

#include <nlohmann/json.hpp>

#include <cstdlib>

using namespace lectern;
using namespace lectern::test;

namespace {

std::string paragraphs(int n, const std::string& word) {
    std::string s;
    for (int p = 0; p < n; ++p) {
        for (int w = 0; w < 60; ++w) s += word + " ";
        s += "\n\n";
    }
    return s;
}

// "long" in English and French (same ids; the French text is longer), "plain" in English only.
void writeTwoLanguageCourse(const fs::path& dir) {
    writeFile(dir / "content/course.yaml", "id: lang-course\ntitle: Languages\nmodules:\n  - long\n  - plain\n");
    writeFile(dir / "content/course.fr.yaml", "title: Langues\n");
    for (const bool fr : {false, true}) {
        std::string md = std::string("---\nid: long\ntitle: ") + (fr ? "Un long module\nlanguage: fr" : "A long module") +
                         "\n---\n\n# " + (fr ? "Un long module" : "A long module") + "\n\n";
        for (int i = 1; i <= 7; ++i) {
            md += (fr ? "## Partie " : "## Section ") + std::to_string(i) + " {#s" + std::to_string(i) + "}\n\n";
            md += paragraphs(fr ? 8 : 5, fr ? "mots" : "words");
        }
        writeFile(dir / (fr ? "modules/long/module.fr.md" : "modules/long/module.md"), md);
    }
    writeFile(dir / "modules/plain/module.md", "---\nid: plain\ntitle: Plain module\n---\n\n## Only {#only}\n\nText.\n");
}

size_t occurrences(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

} // namespace

TEST_CASE("content language: the catalogue shows each module's languages and the course's title in the one chosen",
          "[ui][variants]") {
    TempDir dir;
    writeTwoLanguageCourse(dir.path() / "course");
    auto course = loadCourseOk(dir.path() / "course");
    auto store = openStoreWithLearner(dir.path() / "p.db", course->id);
    UiDriver d(course, *store, {}, 1000, 900);
    d.frames(4);
    REQUIRE(d.ui().currentLocation() == "catalogue");
    std::string text = d.screenText();
    INFO(text);
    CHECK(occurrences(text, "EN · FR") == 1);  // "long" only: "plain" has no translation
    CHECK(text.find("A long module") != std::string::npos);

    d.ui().setContentLanguage("fr");
    d.frames(3);
    CHECK(d.ui().contentLanguage() == "fr");
    text = d.screenText();
    CHECK(text.find("Un long module") != std::string::npos);
    CHECK(text.find("Plain module") != std::string::npos);  // no French: shown in English
    CHECK(text.find("Langues") != std::string::npos);
    CHECK(occurrences(text, "EN · FR") == 1);
}

TEST_CASE("content language: switching in the reader keeps the section and the place in it", "[ui][variants]") {
    TempDir dir;
    writeTwoLanguageCourse(dir.path() / "course");
    auto course = loadCourseOk(dir.path() / "course");
    auto store = openStoreWithLearner(dir.path() / "p.db", course->id);
    const ProgressScope scope = selectedScope(*store);
    store->submit(scope, SaveResume{{"long", "s5"}, 0.4f});
    REQUIRE(store->flush(5000));
    ui::UiOptions o;
    o.openTarget = "long#s5";
    UiDriver d(course, *store, o, 1000, 900);
    d.frames(4);
    REQUIRE(d.ui().currentLocation() == "long#s5");
    REQUIRE(d.ui().currentSectionFraction() == Approx(0.4f).margin(0.02f));
    // The reader's contents offer the module's languages, the shown one marked.
    const std::string text = d.screenText();
    INFO(text);
    CHECK(text.find("EN English (shown)") != std::string::npos);
    CHECK(text.find("FR Français") != std::string::npos);

    d.ui().setContentLanguage("fr");
    d.frames(4);
    CHECK(d.ui().courseGeneration() == 2);
    CHECK(d.ui().currentLocation() == "long#s5");
    CHECK(d.ui().currentSectionTitle() == "Partie 5");
    // The same fraction of the section, though the French section is longer.
    CHECK(d.ui().currentSectionFraction() == Approx(0.4f).margin(0.03f));
    CHECK(d.screenText().find("FR Français (shown)") != std::string::npos);

    d.ui().setContentLanguage("");
    d.frames(4);
    CHECK(d.ui().currentLocation() == "long#s5");
    CHECK(d.ui().currentSectionTitle() == "Section 5");
    CHECK(d.ui().currentSectionFraction() == Approx(0.4f).margin(0.03f));
}

TEST_CASE("content language: the text follows the interface language; the learner's own choice holds in the next session",
          "[ui][variants][i18n]") {
    for (const char* v : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) unsetenv(v);
    BackToEnglish guard;
    TempDir dir;
    writeTwoLanguageCourse(dir.path() / "course");
    auto course = loadCourseOk(dir.path() / "course");
    ui::UiOptions o;
    o.localeDir = LECTERN_LOCALE_DIR;
    o.openTarget = "long#s5";
    {
        auto store = openStoreWithLearner(dir.path() / "p.db", course->id);
        store->submit(selectedScope(*store), SaveSettings{R"({"language":"fr"})"});
        REQUIRE(store->flush(5000));
        UiDriver d(course, *store, o, 1000, 900);
        d.frames(4);
        CHECK(i18n::currentUiLanguage() == "fr");
        CHECK(d.ui().contentLanguage() == "fr");  // a French interface reads the French text
        CHECK(d.ui().currentSectionTitle() == "Partie 5");

        d.ui().setContentLanguage("");  // the learner picks the English text
        d.frames(4);
        CHECK(d.ui().currentSectionTitle() == "Section 5");
        CHECK(i18n::currentUiLanguage() == "fr");  // the interface stays French
        CHECK(nlohmann::json::parse(store->snapshot()->settingsJson)["contentLanguage"] == "en");
        REQUIRE(store->flush(5000));
    }
    i18n::useUiLanguage("en", LECTERN_LOCALE_DIR);  // as a new process would start
    {
        auto store = openStoreWithLearner(dir.path() / "p.db", course->id);
        UiDriver d(course, *store, o, 1000, 900);
        d.frames(4);
        CHECK(i18n::currentUiLanguage() == "fr");
        CHECK(d.ui().contentLanguage() == "");  // the choice held: English text
        CHECK(d.ui().currentSectionTitle() == "Section 5");
    }
}

namespace {

// Screen x of each glyph `c` drawn in colour `colour` this frame (the top-left corner of its
// quad, found by the glyph's place in the atlas).
std::vector<float> glyphXs(char c, ImU32 colour) {
    std::vector<float> xs;
    const ImFontGlyph* g = ImGui::GetFont()->FindGlyphNoFallback(static_cast<ImWchar>(c));
    if (!g) return xs;
    for (ImGuiWindow* w : GImGui->Windows) {
        if (!w->WasActive) continue;
        for (const ImDrawVert& v : w->DrawList->VtxBuffer)
            if (v.col == colour && v.uv.x == g->U0 && v.uv.y == g->V0) xs.push_back(v.pos.x);
    }
    return xs;
}

} // namespace

TEST_CASE("content language: a module's languages line is at the card's right in an Arabic interface, at its left in English",
          "[ui][variants][i18n]") {
    for (const char* v : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) unsetenv(v);
    BackToEnglish guard;
    TempDir dir;
    writeTwoLanguageCourse(dir.path() / "course");
    auto course = loadCourseOk(dir.path() / "course");
    for (const char* lang : {"ar", "en"}) {
        INFO("--lang " << lang);
        auto store = openStoreWithLearner(dir.path() / (std::string(lang) + ".db"), course->id);
        ui::UiOptions o;
        o.localeDir = LECTERN_LOCALE_DIR;
        o.cliLanguage = lang;
        UiDriver d(course, *store, o, 1000, 900);
        d.frames(6);
        REQUIRE(d.ui().currentLocation() == "catalogue");
        REQUIRE(occurrences(d.screenText(), "EN · FR") == 1);
        const ImU32 muted = ui::makeTheme(ui::ThemeKind::Light).textMuted;
        const std::vector<float> e = glyphXs('E', muted), f = glyphXs('F', muted);
        REQUIRE(e.size() == 1);  // the line's "EN" (no other muted text has an E)
        const float middle = ImGui::GetIO().DisplaySize.x * 0.5f;
        if (std::string(lang) == "ar") CHECK(e[0] > middle);
        else CHECK(e[0] < middle * 0.5f);
        // "EN · FR" reads left to right in both: an F follows the E on its right.
        CHECK(std::any_of(f.begin(), f.end(), [&](float x) { return x > e[0] && x < e[0] + 80; }));
    }
}
