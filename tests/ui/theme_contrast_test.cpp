// Contrast of every text colour against the backgrounds it is drawn on, in the three themes,
// computed from the theme tables (ui/theme.cpp) with WCAG 2's relative luminance: each pair
// must reach 4.5:1 (level AA for body text). Colours with alpha are composited over what is
// under them, as ImGui draws them; disabled controls fade by style.DisabledAlpha.
#include "ui/theme.h"

#include <imgui.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

using namespace lectern;
using namespace lectern::ui;

namespace {

struct Rgb {
    double r = 0, g = 0, b = 0;  // 0..1
};

Rgb over(const ImVec4& top, const Rgb& base, double fade = 1.0) {
    const double a = top.w * fade;
    return {top.x * a + base.r * (1 - a), top.y * a + base.g * (1 - a), top.z * a + base.b * (1 - a)};
}
Rgb over(const Rgb& top, const Rgb& base, double fade) { return over(ImVec4(float(top.r), float(top.g), float(top.b), 1), base, fade); }
Rgb opaque(const ImVec4& c) { return {c.x, c.y, c.z}; }
Rgb packed(unsigned c) {
    const ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
    return {v.x, v.y, v.z};
}

// WCAG 2.1: relative luminance of sRGB, and (L1 + 0.05) / (L2 + 0.05).
double channel(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }
double luminance(const Rgb& c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }
double contrast(const Rgb& a, const Rgb& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Pair {
    std::string what;
    double ratio = 0;
};

// Every (text, background) pair the learner UI draws.
std::vector<Pair> textPairs(ThemeKind kind) {
    ImGuiStyle style;
    fillImGuiStyle(kind, 1.0f, style);
    const Theme t = makeTheme(kind);
    const ImVec4* c = style.Colors;
    std::vector<Pair> out;
    const auto add = [&](const std::string& what, const Rgb& fg, const Rgb& bg) { out.push_back({what, contrast(fg, bg)}); };

    const Rgb window = opaque(c[ImGuiCol_WindowBg]);
    const Rgb panel = over(packed(t.panelBg), window, 1.0);  // quizzes and reflections sit on it
    const std::vector<std::pair<std::string, Rgb>> bases = {{"window", window}, {"panel", panel}};
    const Rgb popup = over(c[ImGuiCol_PopupBg], window);

    // ImGui's own text: labels on every kind of frame, button and highlighted row.
    const Rgb text = opaque(c[ImGuiCol_Text]);
    const std::vector<std::pair<const char*, ImGuiCol>> frames = {
        {"FrameBg", ImGuiCol_FrameBg},           {"FrameBgHovered", ImGuiCol_FrameBgHovered},
        {"FrameBgActive", ImGuiCol_FrameBgActive}, {"Button", ImGuiCol_Button},
        {"ButtonHovered", ImGuiCol_ButtonHovered}, {"ButtonActive", ImGuiCol_ButtonActive},
        {"Header", ImGuiCol_Header},             {"HeaderHovered", ImGuiCol_HeaderHovered},
        {"HeaderActive", ImGuiCol_HeaderActive}};
    for (const auto& [name, base] : bases) {
        add("Text on " + name, text, base);
        for (const auto& [frame, col] : frames) add(std::string("Text on ") + frame + " over " + name, text, over(c[col], base));
    }
    add("Text on PopupBg", text, popup);
    for (const ImGuiCol col : {ImGuiCol_Header, ImGuiCol_HeaderHovered, ImGuiCol_HeaderActive})
        add(std::string("Text on a list row (") + ImGui::GetStyleColorName(col) + ") in a popup", text, over(c[col], popup));

    // Hints, placeholders (drawn on the text field's frame) and disabled text.
    const Rgb hint = opaque(c[ImGuiCol_TextDisabled]);
    for (const auto& [name, base] : bases) {
        add("TextDisabled on " + name, hint, base);
        add("TextDisabled (placeholder) on FrameBg over " + name, hint, over(c[ImGuiCol_FrameBg], base));
    }
    add("TextDisabled on PopupBg", hint, popup);

    // The reader's colours on every background of prose: page, panel, code, callouts.
    std::vector<std::pair<std::string, Rgb>> prose = bases;
    prose.push_back({"codeBg", over(packed(t.codeBg), window, 1.0)});
    prose.push_back({"goalsBg", over(packed(t.goalsBg), window, 1.0)});
    prose.push_back({"engageBg", over(packed(t.engageBg), window, 1.0)});
    prose.push_back({"noteBg", over(packed(t.noteBg), window, 1.0)});
    const std::vector<std::pair<const char*, unsigned>> inks = {
        {"text", t.text},       {"textMuted", t.textMuted}, {"link", t.link},   {"glossary", t.glossary},
        {"correct", t.correct}, {"wrong", t.wrong},         {"accent", t.accent}};
    for (const auto& [ink, colour] : inks)
        for (const auto& [name, bg] : prose) add(std::string(ink) + " on " + name, packed(colour), bg);
    add("Text on noteBg (a notice)", text, prose.back().second);

    // Disabled controls (a reviewed quiz's answers, a Submit not yet allowed): the label and
    // its frame both fade by DisabledAlpha over what is under them.
    const double fade = style.DisabledAlpha;
    for (const auto& [name, base] : bases) {
        add("Text, disabled, on " + name, over(text, base, fade), base);
        add("Theme text (review-mode quiz text), disabled, on " + name, over(packed(t.text), base, fade), base);
        for (const ImGuiCol col : {ImGuiCol_Button, ImGuiCol_FrameBg}) {
            const Rgb bg = over(c[col], base, fade);
            add(std::string("Text, disabled, on ") + ImGui::GetStyleColorName(col) + " over " + name, over(text, bg, fade), bg);
        }
    }
    return out;
}

} // namespace

TEST_CASE("theme: every text colour reaches 4.5:1 against its background in all three themes", "[ui][theme]") {
    for (const ThemeKind kind : {ThemeKind::Light, ThemeKind::Dark, ThemeKind::HighContrast}) {
        const std::vector<Pair> pairs = textPairs(kind);
        REQUIRE(pairs.size() > 60);
        std::ostringstream low;
        for (const Pair& p : pairs)
            if (p.ratio < 4.5) low << "  " << p.what << ": " << std::round(p.ratio * 100) / 100 << ":1\n";
        INFO(themeName(kind) << " theme, below 4.5:1:\n" << low.str());
        CHECK(low.str().empty());
        // The lowest pair, for the record (shown with -s).
        const Pair& lowest = *std::min_element(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.ratio < b.ratio; });
        INFO(themeName(kind) << " theme, lowest: " << lowest.what);
        CHECK(lowest.ratio >= 4.5);
    }
}

TEST_CASE("theme: the contrast formula gives WCAG's reference figures", "[ui][theme]") {
    CHECK(contrast({0, 0, 0}, {1, 1, 1}) == Approx(21.0));
    CHECK(contrast({1, 1, 1}, {1, 1, 1}) == Approx(1.0));
    // #767676 on white is the classic lightest grey that passes AA: 4.54:1.
    CHECK(contrast({118 / 255.0, 118 / 255.0, 118 / 255.0}, {1, 1, 1}) == Approx(4.54).epsilon(0.005));
}

TEST_CASE("theme: in high contrast a placeholder does not look like typed text", "[ui][theme]") {
    ImGuiStyle style;
    fillImGuiStyle(ThemeKind::HighContrast, 1.0f, style);
    const ImVec4 typed = style.Colors[ImGuiCol_Text];
    const ImVec4 hint = style.Colors[ImGuiCol_TextDisabled];
    // Not a grey next to white: a colour of its own (its channels differ clearly).
    const float spread = std::max({hint.x, hint.y, hint.z}) - std::min({hint.x, hint.y, hint.z});
    CHECK(spread > 0.3f);
    CHECK(std::fabs(typed.x - hint.x) + std::fabs(typed.y - hint.y) + std::fabs(typed.z - hint.z) > 0.5f);
}
