// Every text colour here reaches 4.5:1 (WCAG AA) against each background it is drawn on, in
// all three themes: tests/ui/theme_contrast_test.cpp computes the ratios from these tables.
#include "ui/theme.h"

#include <imgui.h>

namespace lectern::ui {

Theme makeTheme(ThemeKind kind) {
    Theme t;
    t.kind = kind;
    switch (kind) {
    case ThemeKind::Light:
        t.text = IM_COL32(28, 30, 34, 255);
        t.textMuted = IM_COL32(95, 99, 108, 255);
        t.link = IM_COL32(16, 86, 196, 255);
        t.glossary = IM_COL32(122, 60, 160, 255);
        t.codeBg = IM_COL32(238, 240, 244, 255);
        t.quoteBar = IM_COL32(190, 196, 206, 255);
        t.goalsBg = IM_COL32(232, 244, 236, 255);
        t.goalsBorder = IM_COL32(46, 140, 84, 255);
        t.engageBg = IM_COL32(255, 244, 226, 255);
        t.engageBorder = IM_COL32(214, 128, 24, 255);
        t.noteBg = IM_COL32(234, 241, 252, 255);
        t.noteBorder = IM_COL32(70, 120, 200, 255);
        t.correct = IM_COL32(24, 112, 50, 255);  // 5.4:1 on the code and callout backgrounds
        t.wrong = IM_COL32(190, 40, 40, 255);
        t.accent = IM_COL32(24, 96, 184, 255);
        t.panelBg = IM_COL32(248, 248, 246, 255);
        break;
    case ThemeKind::Dark:
        t.text = IM_COL32(226, 228, 232, 255);
        t.textMuted = IM_COL32(156, 162, 172, 255);
        t.link = IM_COL32(122, 178, 255, 255);
        t.glossary = IM_COL32(206, 160, 255, 255);
        t.codeBg = IM_COL32(44, 47, 54, 255);
        t.quoteBar = IM_COL32(92, 98, 110, 255);
        t.goalsBg = IM_COL32(30, 52, 40, 255);
        t.goalsBorder = IM_COL32(88, 190, 128, 255);
        t.engageBg = IM_COL32(58, 44, 24, 255);
        t.engageBorder = IM_COL32(236, 160, 64, 255);
        t.noteBg = IM_COL32(30, 42, 62, 255);
        t.noteBorder = IM_COL32(100, 150, 230, 255);
        t.correct = IM_COL32(96, 200, 120, 255);
        t.wrong = IM_COL32(255, 110, 110, 255);
        t.accent = IM_COL32(90, 160, 250, 255);
        t.panelBg = IM_COL32(30, 32, 37, 255);
        break;
    case ThemeKind::HighContrast:
        t.text = IM_COL32(255, 255, 255, 255);
        t.textMuted = IM_COL32(230, 230, 230, 255);
        t.link = IM_COL32(255, 235, 0, 255);
        t.glossary = IM_COL32(0, 255, 255, 255);
        t.codeBg = IM_COL32(0, 0, 0, 255);
        t.quoteBar = IM_COL32(255, 255, 255, 255);
        t.goalsBg = IM_COL32(0, 0, 0, 255);
        t.goalsBorder = IM_COL32(0, 255, 120, 255);
        t.engageBg = IM_COL32(0, 0, 0, 255);
        t.engageBorder = IM_COL32(255, 170, 0, 255);
        t.noteBg = IM_COL32(0, 0, 0, 255);
        t.noteBorder = IM_COL32(255, 255, 255, 255);
        t.correct = IM_COL32(0, 255, 120, 255);
        t.wrong = IM_COL32(255, 90, 90, 255);
        t.accent = IM_COL32(255, 235, 0, 255);
        t.panelBg = IM_COL32(0, 0, 0, 255);
        break;
    }
    return t;
}

void fillImGuiStyle(ThemeKind kind, float scale, ImGuiStyle& out) {
    ImGuiStyle style;  // fresh defaults, so scaling never compounds
    switch (kind) {
    case ThemeKind::Light: ImGui::StyleColorsLight(&style); break;
    case ThemeKind::Dark: ImGui::StyleColorsDark(&style); break;
    case ThemeKind::HighContrast: ImGui::StyleColorsDark(&style); break;
    }
    style.WindowRounding = 0;
    style.FrameRounding = 4;
    style.GrabRounding = 4;
    style.ChildRounding = 4;
    style.PopupRounding = 4;
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(10, 8);
    style.WindowPadding = ImVec2(14, 12);
    style.ScrollbarSize = 16;
    style.FrameBorderSize = 1;
    // Disabled controls fade less than ImGui's 0.6: a reviewed quiz's answers stay readable
    // (Theme::text faded over the panel: 6:1 light, 6.9:1 dark).
    style.DisabledAlpha = 0.7f;
    ImVec4* c = style.Colors;
    if (kind == ThemeKind::Light) {
        c[ImGuiCol_WindowBg] = ImVec4(0.985f, 0.985f, 0.978f, 1);
        c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
        c[ImGuiCol_Button] = ImVec4(0.90f, 0.92f, 0.96f, 1);
        c[ImGuiCol_ButtonHovered] = ImVec4(0.80f, 0.86f, 0.96f, 1);
        c[ImGuiCol_ButtonActive] = ImVec4(0.70f, 0.79f, 0.94f, 1);
        c[ImGuiCol_PlotHistogram] = ImVec4(0.18f, 0.55f, 0.33f, 1);
        c[ImGuiCol_NavHighlight] = ImVec4(0.10f, 0.40f, 0.85f, 1);
        // Hints, placeholders and disabled text: ImGui's 0.60 grey is 2.75:1 here.
        c[ImGuiCol_TextDisabled] = ImVec4(0.37f, 0.39f, 0.42f, 1);
    } else if (kind == ThemeKind::Dark) {
        c[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1);
        c[ImGuiCol_PlotHistogram] = ImVec4(0.35f, 0.75f, 0.50f, 1);
        c[ImGuiCol_TextDisabled] = ImVec4(0.66f, 0.67f, 0.70f, 1);  // ImGui's 0.50 is 4.2:1
        // White labels on ImGui's bright blue are 3:1; these darker blues keep 5:1 and more.
        c[ImGuiCol_ButtonHovered] = ImVec4(0.20f, 0.42f, 0.75f, 1);
        c[ImGuiCol_ButtonActive] = ImVec4(0.14f, 0.34f, 0.65f, 1);
        c[ImGuiCol_HeaderHovered] = ImVec4(0.20f, 0.42f, 0.75f, 1);
        c[ImGuiCol_HeaderActive] = ImVec4(0.14f, 0.34f, 0.65f, 1);
    } else {
        const ImVec4 black(0, 0, 0, 1), white(1, 1, 1, 1), yellow(1, 0.92f, 0, 1);
        for (int i = 0; i < ImGuiCol_COUNT; ++i) c[i] = black;
        c[ImGuiCol_Text] = white;
        // Not a grey close to the white of typed text: a placeholder must not pass for an
        // answer. Light blue (11.7:1), and placeholders end with "…" (theme.h).
        c[ImGuiCol_TextDisabled] = ImVec4(0.55f, 0.78f, 1.0f, 1);
        c[ImGuiCol_Border] = white;
        c[ImGuiCol_FrameBg] = black;
        c[ImGuiCol_FrameBgHovered] = ImVec4(0.2f, 0.2f, 0.2f, 1);
        c[ImGuiCol_FrameBgActive] = ImVec4(0.3f, 0.3f, 0.3f, 1);
        c[ImGuiCol_Button] = black;
        c[ImGuiCol_ButtonHovered] = ImVec4(0.25f, 0.25f, 0.25f, 1);
        c[ImGuiCol_ButtonActive] = ImVec4(0.4f, 0.4f, 0.4f, 1);
        c[ImGuiCol_Header] = ImVec4(0.25f, 0.25f, 0.25f, 1);
        c[ImGuiCol_HeaderHovered] = ImVec4(0.35f, 0.35f, 0.35f, 1);
        c[ImGuiCol_HeaderActive] = ImVec4(0.45f, 0.45f, 0.45f, 1);
        c[ImGuiCol_CheckMark] = yellow;
        c[ImGuiCol_SliderGrab] = yellow;
        c[ImGuiCol_SliderGrabActive] = yellow;
        c[ImGuiCol_ScrollbarGrab] = ImVec4(0.8f, 0.8f, 0.8f, 1);
        c[ImGuiCol_ScrollbarGrabHovered] = white;
        c[ImGuiCol_ScrollbarGrabActive] = yellow;
        c[ImGuiCol_PlotHistogram] = yellow;
        c[ImGuiCol_NavHighlight] = yellow;
        c[ImGuiCol_Separator] = white;
        c[ImGuiCol_TextSelectedBg] = ImVec4(0.2f, 0.35f, 0.9f, 1);
        c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.6f);
        c[ImGuiCol_PopupBg] = black;
        c[ImGuiCol_TitleBgActive] = ImVec4(0.2f, 0.2f, 0.2f, 1);
        style.FrameBorderSize = 2;
        style.WindowBorderSize = 2;
        style.ChildBorderSize = 2;
        style.PopupBorderSize = 2;
    }
    // Dialogs and tooltips opaque: text showing through from the page makes them hard to read.
    c[ImGuiCol_PopupBg].w = 1.0f;
    style.ScaleAllSizes(scale);
    out = style;
}

void applyImGuiStyle(ThemeKind kind, float scale) { fillImGuiStyle(kind, scale, ImGui::GetStyle()); }

const char* themeName(ThemeKind kind) {
    switch (kind) {
    case ThemeKind::Light: return "light";
    case ThemeKind::Dark: return "dark";
    case ThemeKind::HighContrast: return "high-contrast";
    }
    return "light";
}

ThemeKind themeFromName(const std::string& name, ThemeKind fallback) {
    if (name == "light") return ThemeKind::Light;
    if (name == "dark") return ThemeKind::Dark;
    if (name == "high-contrast") return ThemeKind::HighContrast;
    return fallback;
}

float focusOutlineWidth(ThemeKind kind) { return kind == ThemeKind::HighContrast ? 3.5f : 2.0f; }

} // namespace lectern::ui
