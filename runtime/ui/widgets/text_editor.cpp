// Index
//   [SECTION] Measuring and drawing text
//   [SECTION] Keys
//   [SECTION] Draw
#include "ui/widgets/text_editor.h"

#include "ui/keys.h"
#include "ui/layout/text_measure.h"
#include "ui/shaping/shaped_text.h"
#include "ui/text/utf8_text.h"
#include "ui/text_input_queue.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace lectern::ui {

//-----------------------------------------------------------------------------
// [SECTION] Measuring and drawing text
//-----------------------------------------------------------------------------

namespace {

// The reader's font measure at the size the font is drawn (a window may scale its font).
struct ScaledMeasure {
    layout::FontMeasure font;
    float scale;
    float width(const char* b, const char* e) const { return font.width(b, e) * scale; }
    const char* fit(const char* b, const char* e, float w) const { return font.fit(b, e, w / scale); }
    float space() const { return font.space() * scale; }
};

bool hasGlyph(const ImFont* font, char32_t c) {
    if (c > IM_UNICODE_CODEPOINT_MAX) return false;  // 16-bit atlas: no glyph past the BMP
    return font->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr;
}

// Draws one line of the learner's text. A code point without a glyph is a hollow box of the
// fallback's width (the same width the wrapper measured), so it is visibly there.
void drawLine(ImDrawList* dl, const ImFont* font, float size, ImVec2 pos, ImU32 col, std::string_view text,
              size_t b, size_t e, const ScaledMeasure& measure, const ImVec4* clip) {
    size_t run = b;
    float x = pos.x;
    const char* base = text.data();
    auto flush = [&](size_t upTo) {
        if (upTo > run) {
            dl->AddText(font, size, ImVec2(x, pos.y), col, base + run, base + upTo, 0, clip);
            x += measure.width(base + run, base + upTo);
        }
    };
    for (size_t p = b; p < e;) {
        size_t len = 0;
        const char32_t c = text::decodeAt(text, p, &len);
        const size_t next = p + (len ? len : 1);
        if (c >= 0x80 && !hasGlyph(font, c)) {
            flush(p);
            const float w = measure.width(base + p, base + next);
            dl->AddRect(ImVec2(x + 1, pos.y + size * 0.15f), ImVec2(x + w - 1, pos.y + size * 0.95f), col);
            x += w;
            run = next;
        }
        p = next;
    }
    flush(e);
}

// A named key pressed this frame (`repeat`: its auto-repeat counts too).
bool pressed(ImGuiKey k, bool repeat = true) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(k), repeat); }

// The window that scrolls (the reader's page, the sidebar), not the frame around the box.
ImGuiWindow* scrollingView(ImGuiWindow* window) {
    ImGuiWindow* view = window;
    while (view->ScrollMax.y <= 0 && (view->Flags & ImGuiWindowFlags_ChildWindow) && view->ParentWindow)
        view = view->ParentWindow;
    return view;
}

} // namespace

void TextEditor::reset(const std::string& text) {
    m_model.reset(text);
    m_synced = true;
}

void TextEditor::layOut(const ImFont* font, float fontSize, float wrapWidth, float alignWidth) {
    if (m_linesVersion == m_model.version() && m_linesWidth == wrapWidth && m_linesAlign == alignWidth &&
        m_linesFont == font && m_linesFontSize == fontSize)
        return;
    const ScaledMeasure measure{{font}, fontSize / font->FontSize};
    // A key typed at the same width and font: only the paragraph it changed is wrapped again.
    const bool sameLook = m_linesWidth == wrapWidth && m_linesFont == font && m_linesFontSize == fontSize;
    m_lines = sameLook && !m_lines.lines.empty() ? text::rewrapText(m_lines, m_laidText, m_model.text(), wrapWidth, measure)
                                                 : text::wrapText(m_model.text(), wrapWidth, measure);
    // Arabic or mixed-direction lines are drawn shaped: the caret and clicks follow the glyphs.
    m_lines.alignWidth = alignWidth;
    m_lines.shaping = [font, fontSize](std::string_view t) -> const lectern::text::ParagraphLayout* {
        return needsShaping(t) ? &shapedLine(font, fontSize, t) : nullptr;
    };
    m_laidText = m_model.text();
    m_linesVersion = m_model.version();
    m_linesWidth = wrapWidth;
    m_linesAlign = alignWidth;
    m_linesFont = font;
    m_linesFontSize = fontSize;
}

//-----------------------------------------------------------------------------
// [SECTION] Keys
//-----------------------------------------------------------------------------

void TextEditor::scrollSideways(float innerWidth, bool active) {
    const float textEnd = m_lines.lineShift(0) + m_lines.lineWidth(0);
    const float maxScroll = std::max(0.0f, textEnd - innerWidth);
    if (!active) {  // the start of the text: at the left, or right to left at the right
        m_scrollX = m_lines.rightToLeft(0) ? maxScroll : 0;
        return;
    }
    const float caret = m_lines.xOf(0, m_model.caret());
    if (caret < m_scrollX) m_scrollX = caret;
    if (caret > m_scrollX + innerWidth - 1) m_scrollX = caret - innerWidth + 1;
    m_scrollX = std::clamp(m_scrollX, 0.0f, maxScroll);
}

// Left and Right go the way the arrow points, as drawn: in Arabic, Left moves on to the next
// letter (leftwards) and Right back. In a shaped line the caret goes to the nearest position
// drawn on that side; past the line's visual end, or by word (Ctrl), it moves in reading order.
void TextEditor::moveSideways(int dir, bool extend, bool word) {
    text::EditorModel& m = m_model;
    const size_t line = m_lines.lineOf(m.caret(), m.caretAtLineEnd());
    if (!m_lines.shapedLine(line)) return dir < 0 ? m.left(extend, word) : m.right(extend, word);
    const bool forward = (dir > 0) != m_lines.rightToLeft(line);
    auto inReadingOrder = [&] { forward ? m.right(extend, word) : m.left(extend, word); };
    if (word || (m.hasSelection() && !extend)) return inReadingOrder();
    const text::TextLines::Line& l = m_lines.lines[line];
    const float from = m_lines.xOf(line, m.caret());
    size_t best = std::string::npos;
    float bestDistance = 0;
    for (size_t p = l.begin;; p = text::nextCodePoint(m.text(), p)) {
        const float distance = (m_lines.xOf(line, p) - from) * static_cast<float>(dir);
        if (distance > 0.5f && (best == std::string::npos || distance < bestDistance)) {
            best = p;
            bestDistance = distance;
        }
        if (p >= l.end) break;
    }
    if (best == std::string::npos) return inReadingOrder();
    m.setCaret(best, extend, best == l.end && l.wrapped);
}

bool TextEditor::handleKeys(float pageLines, bool withKeys, bool withChars, bool singleLine) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool ctrl = io.KeyCtrl, shift = io.KeyShift;
    auto key = [](ImGuiKey k) { return pressed(k); };
    auto code = [](int c) { return ImGui::IsKeyPressed(c, true); };
    text::EditorModel& m = m_model;
    bool changed = false;
    auto lines = [&]() -> const text::TextLines& {
        layOut(m_linesFont, m_linesFontSize, m_linesWidth, m_linesAlign);  // after an edit in this frame
        return m_lines;
    };
    const int page = std::max(1, static_cast<int>(pageLines) - 1);
    // Typed characters, as full code points (never through ImGui's 16-bit queue). Ctrl+letter
    // is a shortcut; AltGr (Ctrl+Alt) types.
    auto typeChars = [&] {
        if (withChars && !(ctrl && !io.KeyAlt))
            for (char32_t c : typedThisFrame()) changed |= m.type(c);
        return changed;
    };
    if (!withKeys) return typeChars();

    if (key(ImGuiKey_LeftArrow)) moveSideways(-1, shift, ctrl);
    if (key(ImGuiKey_RightArrow)) moveSideways(+1, shift, ctrl);
    if (!singleLine) {
        if (key(ImGuiKey_UpArrow)) m.vertical(lines(), -1, shift);
        if (key(ImGuiKey_DownArrow)) m.vertical(lines(), +1, shift);
        if (key(ImGuiKey_PageUp)) m.vertical(lines(), -page, shift);
        if (key(ImGuiKey_PageDown)) m.vertical(lines(), +page, shift);
    }
    if (key(ImGuiKey_Home)) ctrl ? m.setCaret(0, shift) : m.lineStart(lines(), shift);
    if (key(ImGuiKey_End)) ctrl ? m.setCaret(m.text().size(), shift) : m.lineEnd(lines(), shift);

    const bool copy = (ctrl && key(ImGuiKey_C)) || (ctrl && key(ImGuiKey_Insert));
    const bool cut = (ctrl && key(ImGuiKey_X)) || (shift && !ctrl && key(ImGuiKey_Delete));
    const bool paste = (ctrl && key(ImGuiKey_V)) || (shift && !ctrl && key(ImGuiKey_Insert));
    if ((copy || cut) && m.hasSelection()) ImGui::SetClipboardText(m.selectedText().c_str());
    if (cut) changed |= m.deleteSelection();
    if (paste) {
        if (const char* clip = ImGui::GetClipboardText()) {
            std::string pasted = clip;
            if (singleLine) std::replace_if(pasted.begin(), pasted.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
            changed |= m.insert(pasted);
        }
    }
    if (ctrl && key(ImGuiKey_A)) m.selectAll();
    if (ctrl && ((key(ImGuiKey_Z) && shift) || key(ImGuiKey_Y))) changed |= m.redo();
    else if (ctrl && key(ImGuiKey_Z)) changed |= m.undo();

    if (key(ImGuiKey_Backspace)) changed |= m.backspace(ctrl);
    if (key(ImGuiKey_Delete) && !(shift && !ctrl)) changed |= m.deleteForward(ctrl);
    if (!singleLine && (key(ImGuiKey_Enter) || code(keys::KeypadEnter))) changed |= m.insert("\n", true);

    return typeChars();
}

//-----------------------------------------------------------------------------
// [SECTION] Draw
//-----------------------------------------------------------------------------

TextEditorResult TextEditor::draw(const char* label, std::string& text, const TextEditorOptions& options) {
    TextEditorResult result;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImGuiID id = window->GetID(label);
    const ImGuiIO& io = g.IO;
    const ImGuiStyle& style = g.Style;
    if (!m_synced) reset(text);
    else if (text != m_model.text()) m_model.replaceAll(text);

    ImFont* font = ImGui::GetFont();
    const float fontSize = ImGui::GetFontSize();
    const float lineH = ImGui::GetTextLineHeight();
    const bool single = options.singleLine;
    const float width = std::max(single ? ImGui::CalcItemWidth() : ImGui::GetContentRegionAvail().x, fontSize * 4);
    const float innerWidth = width - 2 * style.FramePadding.x;
    const float wrapWidth = single ? FLT_MAX : innerWidth;  // one line never wraps
    layOut(font, fontSize, wrapWidth, innerWidth);

    auto boxHeight = [&] {
        if (single) return lineH + 2 * style.FramePadding.y;
        const size_t shown = std::max(m_lines.count(), static_cast<size_t>(std::max(1, options.minLines)));
        return static_cast<float>(shown) * lineH + 2 * style.FramePadding.y;
    };
    const ImVec2 pos = window->DC.CursorPos;
    ImRect box(pos, ImVec2(pos.x + width, pos.y + boxHeight()));
    ImGui::ItemSize(box, style.FramePadding.y);
    const bool wasActive = g.ActiveId == id;
    if (!ImGui::ItemAdd(box, id)) {  // out of view (never while editing: ImGui keeps it)
        if (m_wasActive && !wasActive) result.deactivated = true;
        m_wasActive = wasActive;
        return result;
    }
    const ImVec2 origin(box.Min.x + style.FramePadding.x, box.Min.y + style.FramePadding.y);
    const bool disabled = (g.CurrentItemFlags & ImGuiItemFlags_Disabled) != 0;  // a reviewed answer
    const bool hovered = ImGui::ItemHoverable(box, id) && !disabled;
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);

    // Start editing: a click, Enter or Space on the focused box, or a request from the owner.
    // (Enter and Space are also read here: ImGui ignores them while its focus highlight is hidden.)
    const bool keyOnFocused = g.NavId == id && g.NavWindow == window && g.ActiveId == 0 && !io.KeyCtrl &&
                              (pressed(ImGuiKey_Enter, false) || pressed(ImGuiKey_Space, false) ||
                               ImGui::IsKeyPressed(keys::KeypadEnter, false));
    const bool byKey =
        !wasActive && !disabled && (g.NavActivateId == id || g.NavActivateInputId == id || keyOnFocused);
    const bool clicked = hovered && io.MouseClicked[0];
    const bool requested = m_focusRequest && !wasActive && !disabled;
    m_focusRequest = false;
    if (!wasActive && (byKey || clicked || requested)) {
        ImGui::SetActiveID(id, window);
        ImGui::SetFocusID(id, window);
        ImGui::FocusWindow(window);
        // By key, the learner adds to their text; on one line, as in any field, they replace it.
        if (!clicked) single ? m_model.selectAll() : m_model.setCaret(m_model.text().size());
        m_scrollFrames = 2;
        m_lastChange = g.Time;
    }
    bool active = g.ActiveId == id;
    if (active && (disabled || (io.MouseClicked[0] && !hovered))) {  // a click elsewhere leaves the box
        ImGui::ClearActiveID();
        active = false;
    }

    bool changed = false, caretMoved = false;
    if (active) {
        // The keys the editor uses are not ImGui's navigation while it edits.
        const bool ownsUpDown = !single || options.takesUpDown;
        g.ActiveIdUsingNavDirMask |= (1 << ImGuiDir_Left) | (1 << ImGuiDir_Right);
        if (ownsUpDown) g.ActiveIdUsingNavDirMask |= (1 << ImGuiDir_Up) | (1 << ImGuiDir_Down);
        g.ActiveIdUsingNavInputMask |= (1 << ImGuiNavInput_Cancel);
        g.ActiveIdUsingKeyInputMask |= (ImU64{1} << ImGuiKey_Home) | (ImU64{1} << ImGuiKey_End) |
                                       (ImU64{1} << ImGuiKey_PageUp) | (ImU64{1} << ImGuiKey_PageDown);
        g.WantTextInputNextFrame = 1;
        g.ActiveIdAllowOverlap = true;  // a click on another item goes to it at once (and ends the edit)

        // The mouse: click places the caret (Shift: extends), drag selects, double-click a word.
        auto offsetAtMouse = [&](bool* atEnd) {
            const float row = std::floor((io.MousePos.y - origin.y) / lineH);
            const size_t line = static_cast<size_t>(std::clamp(row, 0.0f, static_cast<float>(m_lines.count() - 1)));
            return m_lines.offsetAt(line, io.MousePos.x - origin.x + m_scrollX, atEnd);
        };
        const size_t caretBefore = m_model.caret(), anchorBefore = m_model.anchor();
        if (clicked) {
            bool atEnd = false;
            const size_t at = offsetAtMouse(&atEnd);
            if (io.MouseDoubleClicked[0]) {
                m_model.selectWordAt(at);
                m_dragging = false;
            } else {
                m_model.setCaret(at, io.KeyShift, atEnd);
                m_dragging = true;
            }
        } else if (m_dragging && io.MouseDown[0] && (io.MouseDelta.x != 0 || io.MouseDelta.y != 0)) {
            bool atEnd = false;
            const size_t at = offsetAtMouse(&atEnd);
            if (at != m_model.caret()) m_model.setCaret(at, true, atEnd);
        }
        if (!io.MouseDown[0]) m_dragging = false;

        const bool opening = !wasActive && !clicked;
        const bool up = single && pressed(ImGuiKey_UpArrow), down = single && pressed(ImGuiKey_DownArrow);
        const bool enter =
            single && !opening && (pressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(keys::KeypadEnter, false));
        if (single && options.takesUpDown) result.upDown = (down ? 1 : 0) - (up ? 1 : 0);
        if (pressed(ImGuiKey_Escape, false) || pressed(ImGuiKey_Tab, false) || enter ||
            (single && !options.takesUpDown && (up || down))) {
            // Leaves with the text as typed (ImGui's fields would revert on Esc). Characters
            // typed in the same frame still go in first: fast typing ending in Enter loses none.
            changed = handleKeys(1, false, true, single);
            ImGui::ClearActiveID();
            active = false;
            result.entered = enter;
        } else {
            // The Enter or Space that opened the box is not text (nor is Space's character);
            // characters typed with the opening key in one batch are.
            changed = handleKeys(std::max(1.0f, scrollingView(window)->InnerRect.GetHeight() / lineH), !opening,
                                 !byKey, single);
        }
        caretMoved = changed || m_model.caret() != caretBefore || m_model.anchor() != anchorBefore;
    }
    if (changed) {
        text = m_model.text();
        result.edited = true;
        layOut(font, fontSize, wrapWidth, innerWidth);
        box.Max.y = box.Min.y + boxHeight();  // this frame's item size lags a frame; the drawing does not
    }
    if (caretMoved) {
        m_lastChange = g.Time;
        m_scrollFrames = 2;
    }
    if (m_wasActive && !active) result.deactivated = true;
    m_wasActive = active;
    if (single) scrollSideways(innerWidth, active);
    // Where the text's lines start: a single line moved by its sideways scroll.
    const ImVec2 textAt(origin.x - (single ? m_scrollX : 0), origin.y);

    //--- drawing ----------------------------------------------------------------------------
    ImDrawList* dl = window->DrawList;
    ImGui::RenderNavHighlight(box, id);
    const ImGuiCol bg = active ? ImGuiCol_FrameBgActive : hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg;
    ImGui::RenderFrame(box.Min, box.Max, ImGui::GetColorU32(bg), true, style.FrameRounding);
    const ImVec4 clip(std::max(box.Min.x, window->ClipRect.Min.x), std::max(box.Min.y, window->ClipRect.Min.y),
                      std::min(box.Max.x, window->ClipRect.Max.x), std::min(box.Max.y, window->ClipRect.Max.y));
    const ScaledMeasure measure{{font}, fontSize / font->FontSize};
    const std::string& t = m_model.text();
    if (t.empty() && options.placeholder && *options.placeholder) {
        const float hintWidth =
            options.rightToLeft ? ImGui::CalcTextSize(options.placeholder, nullptr, false, single ? -1.0f : innerWidth).x : 0;
        dl->AddText(font, fontSize, ImVec2(origin.x + std::max(0.0f, innerWidth - hintWidth), origin.y),
                    ImGui::GetColorU32(ImGuiCol_TextDisabled), options.placeholder, nullptr, single ? 0 : innerWidth, &clip);
    }
    // Only the lines in view are drawn: a 10,000-word answer costs what a screenful does.
    const long count = static_cast<long>(m_lines.count());
    const long first = std::clamp(static_cast<long>(std::floor((clip.y - origin.y) / lineH)), 0L, count);
    const long last = std::clamp(static_cast<long>(std::ceil((clip.w - origin.y) / lineH)), 0L, count);
    const size_t selB = m_model.selectionBegin(), selE = m_model.selectionEnd();
    const ImU32 selColour = ImGui::GetColorU32(ImGuiCol_TextSelectedBg);
    const ImU32 textColour = ImGui::GetColorU32(ImGuiCol_Text);
    for (long i = first; i < last; ++i) {
        const text::TextLines::Line& l = m_lines.lines[static_cast<size_t>(i)];
        const ImVec2 lp(textAt.x, textAt.y + static_cast<float>(i) * lineH);
        if (selB < selE && selB <= l.end && selE > l.begin) {
            const float x0 = m_lines.xOf(static_cast<size_t>(i), std::max(selB, l.begin));
            float x1 = m_lines.xOf(static_cast<size_t>(i), std::min(selE, l.end));
            if (selE > l.end && !l.wrapped) x1 += fontSize * 0.3f;  // the line break is selected too
            // Right to left, the selection's start is on the right.
            dl->AddRectFilled(ImVec2(lp.x + std::min(x0, x1), lp.y), ImVec2(lp.x + std::max(x0, x1), lp.y + lineH), selColour);
        }
        if (m_lines.shapedLine(static_cast<size_t>(i))) {
            ShapedDraw sd;
            sd.list = dl;
            sd.font = font;
            sd.size = fontSize;
            sd.pos = ImVec2(lp.x + m_lines.lineShift(static_cast<size_t>(i)), lp.y);
            sd.colour = textColour;
            sd.clip = &clip;
            drawShaped(sd, t.substr(l.begin, l.end - l.begin));
        } else {
            drawLine(dl, font, fontSize, lp, textColour, t, l.begin, l.end, measure, &clip);
        }
        if (g.LogEnabled) ImGui::LogRenderedText(&lp, t.data() + l.begin, t.data() + l.end);
    }
    if (active) {
        const size_t line = m_lines.lineOf(m_model.caret(), m_model.caretAtLineEnd());
        // An empty right-to-left box has its caret at the right, where typing will start.
        const float x = t.empty() && options.rightToLeft ? innerWidth - 1 : m_lines.xOf(line, m_model.caret());
        const float cx = std::round(textAt.x + x);
        const float cy = origin.y + static_cast<float>(line) * lineH;
        const bool blinkOn = !io.ConfigInputTextCursorBlink || std::fmod(g.Time - m_lastChange, 1.20) <= 0.80;
        if (blinkOn) dl->AddLine(ImVec2(cx, cy), ImVec2(cx, cy + lineH - 1), textColour, 1.0f);
        if (m_scrollFrames > 0) {
            --m_scrollFrames;
            ImGuiWindow* view = scrollingView(window);
            const float viewH = view->InnerRect.GetHeight();
            const float below = box.Max.y + options.keepVisibleBelow;
            // The caret with the count under the box when both fit; else the caret alone.
            const ImRect want = below - cy <= viewH - lineH ? ImRect(cx, cy, cx + 1, below)
                                                           : ImRect(cx, cy - lineH, cx + 1, cy + 2 * lineH);
            ImGui::ScrollToRectEx(view, want, ImGuiScrollFlags_KeepVisibleEdgeY | ImGuiScrollFlags_KeepVisibleEdgeX |
                                                  ImGuiScrollFlags_NoScrollParent);
        }
    }
    return result;
}

} // namespace lectern::ui
