// ReaderView implementation.
//
// Index
//   [SECTION] Open / close, layout cache
//   [SECTION] Geometry helpers (sections, focus stops)
//   [SECTION] Keyboard
//   [SECTION] Table of contents
//   [SECTION] Content (visible blocks only)
//   [SECTION] Links
#include "ui/views/reader_view.h"

#include "ui/section_title.h"

#include "i18n/gettext_catalog.h"
#include "i18n/long_date.h"
#include "i18n/tr.h"
#include "ui/views/content_language.h"
#include "ui/views/author_overlay.h"
#include "ui/views/nav_focus.h"
#include "ui/widgets/flow_button.h"

#include "ui/layout/module_layout.h"
#include "ui/theme.h"
#include "ui/widgets/image_cache.h"
#include "ui/widgets/quiz_widget.h"
#include "ui/widgets/reflection_editor.h"
#include "ui/widgets/rich_text.h"
#include "ui/widgets/section_notes.h"

#include "course/link_kind.h"
#include "util/url_parts.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace lectern::ui {

using namespace layout;
namespace fs = std::filesystem;

namespace {

constexpr float kTopPad = 24.f;

const GlossaryEntry* findTerm(const Course* course, std::string_view id) {
    if (!course) return nullptr;
    for (const GlossaryEntry& e : course->glossary)
        if (e.id == id) return &e;
    return nullptr;
}

void wrappedText(const std::string& s) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(s.data(), s.data() + s.size());
    ImGui::PopTextWrapPos();
}

// The contents panel's width, for its rows of buttons (from the right in an Arabic interface).
FlowColumn sidebarColumn(const UiEnv& env) {
    const float x = ImGui::GetWindowPos().x;
    return {x + ImGui::GetWindowContentRegionMin().x, x + ImGui::GetWindowContentRegionMax().x, env.rightToLeft};
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Open / close, layout cache
//-----------------------------------------------------------------------------

ReaderView::ReaderView(ImageCache& images) : m_images(images) {}
ReaderView::~ReaderView() = default;

void ReaderView::open(const UiEnv& env, const Module& module, const std::string& anchor, float fraction,
                      const std::string& highlight) {
    m_highlight = TermMatch(highlight);
    m_scrollToHighlight = m_highlight.active();
    if (m_module != &module) {
        close(env);
        m_module = &module;
        m_layoutValid = false;
        m_interactiveHeights.clear();
        m_quizzes.clear();
        m_reflections.clear();
        m_scrollX.clear();
        m_focus = -1;
        m_landing.reset();
        m_scrollY = 0;
        m_pendingScroll = 0.0f;
        m_tracker.begin(&module, env.now, env.submit);
    }
    // Resolve the anchor to a section (or a heading inside one) once the layout exists.
    size_t sectionIndex = SIZE_MAX;
    size_t headingBlock = SIZE_MAX;
    for (size_t i = 0; i < module.sections.size(); ++i)
        if (module.sections[i].id == anchor) sectionIndex = i;
    if (sectionIndex == SIZE_MAX && !anchor.empty()) {
        for (size_t i = 0; i < module.blocks.size(); ++i)
            if (module.blocks[i].kind == BlockKind::Heading && module.blocks[i].anchor == anchor) headingBlock = i;
    }
    m_anchor.reset();
    m_pendingIsOffset = m_anchorIsOffset = false;
    if (sectionIndex != SIZE_MAX) {
        m_pendingSection = std::make_pair(sectionIndex, fraction);
        // Quizzes and reflections are measured as they are first drawn: until the heights
        // settle, the place is kept as "this fraction of this section", not as pixels.
        m_anchor = m_pendingSection;
        m_anchorFrames = kAnchorFrames;
    }
    else if (headingBlock != SIZE_MAX) m_pendingSection = std::make_pair(SIZE_MAX - 1 - headingBlock, 0.0f);
    else m_pendingSection = std::make_pair(size_t(0), 0.0f);
    m_needFrame = true;
}

void ReaderView::open(const UiEnv& env, const Module& module, const ReaderPlace& place) {
    open(env, module, place.sectionId, place.offsetPx ? *place.offsetPx : place.fraction);
    if (place.offsetPx && m_anchor) m_pendingIsOffset = m_anchorIsOffset = true;
}

void ReaderView::close(const UiEnv& env) {
    if (!m_module) return;
    m_tracker.end(env.now, env.submit);
    m_quizzes.clear();      // their destructors save any pending edit
    m_reflections.clear();
    m_notes.reset();
    m_module = nullptr;
    m_layout = ModuleLayout{};
    m_layoutValid = false;
    m_stops.clear();
}

void ReaderView::flushEdits() {
    for (auto& entry : m_reflections) entry.second->flush();
    if (m_notes) m_notes->flush();
}

bool ReaderView::hasUnsavedEdits() const {
    for (const auto& entry : m_reflections)
        if (entry.second->hasUnsavedEdit()) return true;
    return m_notes && m_notes->hasUnsavedEdit();
}

void ReaderView::ensureLayout(const UiEnv& env, float width) {
    width = std::floor(width);
    const float px = env.fonts->basePx;
    // A new font generation (glyphs added to the atlas at the same size) changes advances too.
    if (m_layoutValid && m_layout.module == m_module && m_layout.width == width && m_layout.fontPx == px &&
        m_layoutFonts == env.fonts->generation && m_layoutLanguage == i18n::currentUiLanguage())
        return;
    // Keep the reader where it was across a relayout (window resized, font size changed).
    std::optional<std::pair<size_t, float>> keep;
    if (m_layoutValid && !m_pendingSection && !m_module->sections.empty()) {
        size_t s = m_currentSection;
        float top = sectionTop(s), bottom = sectionBottom(s);
        keep = std::make_pair(s, bottom > top ? std::clamp((m_scrollY - top) / (bottom - top), 0.0f, 1.0f) : 0.0f);
    }
    LayoutInput in;
    in.module = m_module;
    in.fonts = env.fonts;
    in.width = width;
    in.imageSize = [this](const std::string& path, int& w, int& h) { return m_images.size(*m_module, path, w, h); };
    in.interactiveHeight = [this, px](size_t block) {
        auto it = m_interactiveHeights.find(block);
        return it != m_interactiveHeights.end() ? it->second : px * 14;
    };
    m_layout = layoutModule(in);
    m_layoutValid = true;
    m_layoutFonts = env.fonts->generation;
    m_layoutLanguage = i18n::currentUiLanguage();
    rebuildFocusStops();
    if (keep) {
        m_pendingSection = keep;
        m_pendingIsOffset = false;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Geometry helpers (sections, focus stops)
//-----------------------------------------------------------------------------

float ReaderView::sectionTop(size_t s) const {
    if (!m_module || s >= m_module->sections.size() || m_layout.blocks.empty()) return 0;
    size_t b = std::min(m_module->sections[s].firstBlock, m_layout.blocks.size() - 1);
    return m_layout.blocks[b].y;
}

float ReaderView::sectionBottom(size_t s) const {
    if (!m_module || s >= m_module->sections.size() || m_layout.blocks.empty()) return 0;
    const Section& sec = m_module->sections[s];
    if (sec.endBlock <= sec.firstBlock) return sectionTop(s);
    size_t b = std::min(sec.endBlock - 1, m_layout.blocks.size() - 1);
    return m_layout.blocks[b].y + m_layout.blocks[b].height;
}

std::vector<SectionExtent> ReaderView::sectionExtents() const {
    std::vector<SectionExtent> out;
    if (!m_module) return out;
    out.reserve(m_module->sections.size());
    for (size_t i = 0; i < m_module->sections.size(); ++i) out.push_back({i, sectionTop(i), sectionBottom(i)});
    return out;
}

void ReaderView::rebuildFocusStops() {
    m_stops.clear();
    for (const BlockLayout& b : m_layout.blocks) {
        if (b.interactive) m_stops.push_back({b.blockIndex, -1});
        if (b.scrollWidth > 0) m_stops.push_back({b.blockIndex, kScrollStop});
        for (int i = 0; i < static_cast<int>(b.links.size()); ++i) m_stops.push_back({b.blockIndex, i});
    }
    if (m_focus >= static_cast<int>(m_stops.size())) m_focus = -1;
}

float ReaderView::stopY(const FocusStop& s) const {
    const BlockLayout& b = m_layout.blocks[s.block];
    if (s.link < 0) return b.y;
    for (const Line& l : b.lines)
        for (uint32_t i = 0; i < l.runCount; ++i)
            if (b.runs[l.firstRun + i].link == s.link) return b.y + l.y;
    return b.y;
}

ReaderPlace ReaderView::place() const {
    if (!m_module || m_module->sections.empty()) return {};
    if (m_pendingSection && m_pendingSection->first < m_module->sections.size()) {
        const std::string& id = m_module->sections[m_pendingSection->first].id;
        if (m_pendingIsOffset) return {id, 0.0f, m_pendingSection->second};
        return {id, m_pendingSection->second};
    }
    const size_t s = std::min(m_currentSection, m_module->sections.size() - 1);
    const float top = sectionTop(s), bottom = sectionBottom(s);
    const float fraction = bottom > top ? std::clamp((m_scrollY - top) / (bottom - top), 0.0f, 1.0f) : 0.0f;
    return {m_module->sections[s].id, fraction, std::max(0.0f, m_scrollY - top)};
}

std::string ReaderView::currentSectionId() const {
    if (!m_module || m_currentSection >= m_module->sections.size()) return {};
    return m_module->sections[m_currentSection].id;
}

double ReaderView::nextWakeSeconds() const {
    if (m_needFrame || m_pendingScroll || m_pendingSection) return 0;
    return m_module ? m_tracker.secondsToNextEvent() : -1;
}

void ReaderView::scrollToSection(size_t section, float fraction) {
    m_pendingSection = std::make_pair(section, fraction);
    m_pendingIsOffset = false;
    m_needFrame = true;
}

void ReaderView::drawLandingMark(const UiEnv& env, float originX, float originY, float colW) {
    if (!m_landing || m_focus >= 0 || !m_module || *m_landing >= m_module->sections.size()) return;
    const size_t b = m_module->sections[*m_landing].firstBlock;
    if (b >= m_layout.blocks.size()) return;
    const float top = originY + m_layout.blocks[b].y, bottom = top + m_layout.blocks[b].height;
    ImGui::GetWindowDrawList()->AddRect(ImVec2(originX - 4, top - 4), ImVec2(originX + colW + 4, bottom + 4),
                                        env.theme->accent, 4.0f, 0, focusOutlineWidth(env.theme->kind));
}

void ReaderView::scrollFocusIntoView() {
    if (m_focus < 0 || m_focus >= static_cast<int>(m_stops.size())) return;
    float y = stopY(m_stops[static_cast<size_t>(m_focus)]);
    const float margin = m_viewH * 0.2f;
    if (y < m_scrollY + 4 || y > m_scrollY + m_viewH - margin) m_pendingScroll = std::max(0.0f, y - margin);
    m_needFrame = true;
}

//-----------------------------------------------------------------------------
// [SECTION] Keyboard
//-----------------------------------------------------------------------------

void ReaderView::key(const UiEnv& env, ReaderKey k) {
    m_anchor.reset();  // the learner moves: their place is where they go now
    if (!m_module) return;
    const float px = env.fonts->basePx;
    const float line = px * 1.45f * 2;
    const float page = std::max(line, m_viewH * 0.9f);
    const float maxScroll = std::max(0.0f, m_layout.totalHeight);
    auto scrollTo = [&](float y) {
        m_pendingScroll = std::clamp(y, 0.0f, maxScroll);
        m_needFrame = true;
    };
    const size_t n = m_module->sections.size();
    switch (k) {
    case ReaderKey::LineUp: scrollTo(m_scrollY - line); break;
    case ReaderKey::LineDown: scrollTo(m_scrollY + line); break;
    case ReaderKey::PageUp: scrollTo(m_scrollY - page); break;
    case ReaderKey::PageDown: scrollTo(m_scrollY + page); break;
    case ReaderKey::Home: scrollTo(0); break;
    case ReaderKey::End: scrollTo(std::max(0.0f, m_layout.totalHeight - m_viewH * 0.8f)); break;
    case ReaderKey::PrevSection:
        // First back to the start of the current section, then to the previous one.
        if (n == 0) break;
        if (m_scrollY > sectionTop(m_currentSection) + 4) scrollToSection(m_currentSection);
        else if (m_currentSection > 0) scrollToSection(m_currentSection - 1);
        break;
    case ReaderKey::NextSection:
        if (m_currentSection + 1 < n) scrollToSection(m_currentSection + 1);
        break;
    case ReaderKey::FocusNext:
    case ReaderKey::FocusPrev: {
        if (m_stops.empty()) break;
        const int count = static_cast<int>(m_stops.size());
        // A focus the learner scrolled away from restarts from what is on screen.
        if (m_focus >= 0 && m_focus < count) {
            float y = stopY(m_stops[static_cast<size_t>(m_focus)]);
            if (y < m_scrollY - m_viewH || y > m_scrollY + 2 * m_viewH) m_focus = -1;
        }
        if (m_focus < 0) {
            // Start from the first stop on screen (or the last one above it, going back).
            int first = -1;
            for (int i = 0; i < count; ++i) {
                float y = stopY(m_stops[static_cast<size_t>(i)]);
                if (k == ReaderKey::FocusNext && y >= m_scrollY) { first = i; break; }
                if (k == ReaderKey::FocusPrev && y <= m_scrollY + m_viewH) first = i;
            }
            m_focus = first >= 0 ? first : (k == ReaderKey::FocusNext ? 0 : count - 1);
            m_landing.reset();
        } else {
            m_focus = (m_focus + (k == ReaderKey::FocusNext ? 1 : count - 1)) % count;
        }
        scrollFocusIntoView();
        break;
    }
    case ReaderKey::ScrollLeft:
    case ReaderKey::ScrollRight: {
        if (m_focus < 0 || m_focus >= static_cast<int>(m_stops.size())) break;
        const FocusStop& s = m_stops[static_cast<size_t>(m_focus)];
        if (s.link != kScrollStop) break;
        const BlockLayout& b = m_layout.blocks[s.block];
        const float maxX = std::max(0.0f, b.scrollWidth - (b.clipX1 - b.clipX0));
        float& x = m_scrollX[s.block];
        x = std::clamp(x + (k == ReaderKey::ScrollRight ? px * 4 : -px * 4), 0.0f, maxX);
        m_needFrame = true;
        break;
    }
    case ReaderKey::Activate: {
        if (m_focus < 0 || m_focus >= static_cast<int>(m_stops.size())) break;
        const FocusStop& s = m_stops[static_cast<size_t>(m_focus)];
        if (s.link == kScrollStop) break;
        if (s.link < 0) {
            m_enterInteractive = s.block;
            m_needFrame = true;
        } else {
            activateLink(env, m_layout.blocks[s.block].links[static_cast<size_t>(s.link)]);
        }
        break;
    }
    }
}

void ReaderView::toggleBookmark(const UiEnv& env) {
    if (!m_module || m_currentSection >= m_module->sections.size()) return;
    SectionRef ref{m_module->meta.id, m_module->sections[m_currentSection].id};
    const bool on = env.progress && env.progress->bookmarks.count(ref);
    env.submit(SetBookmark{ref, !on});
}

//-----------------------------------------------------------------------------
// [SECTION] Table of contents
//-----------------------------------------------------------------------------

void ReaderView::drawToc(const UiEnv& env, float width, float height) {
    const Theme& theme = *env.theme;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(theme.panelBg));
    ImGui::BeginChild("##toc", ImVec2(width, height), true);
    if (m_focusTocRequest) {
        focusCurrentWindowFirstItem();
        m_focusTocRequest = false;
    }
    m_tocFocused = ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows);
    const Module& m = *m_module;
    ImGui::PushFont(env.fonts->bold);
    wrappedText(m.meta.title);
    ImGui::PopFont();
    if (m.meta.reviewed) {  // how current the module is: its front matter's `reviewed:` date
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme.textMuted));
        wrappedText(formatText(tr("Facts as of %s"), i18n::longDate(*m.meta.reviewed).c_str()));
        ImGui::PopStyleColor();
    }
    const size_t n = m.sections.size();
    if (n > 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme.textMuted));
        std::string where = formatText(tr("Section %d of %d"), static_cast<int>(m_currentSection + 1), static_cast<int>(n));
        ImGui::TextUnformatted(where.c_str());
        ImGui::PopStyleColor();
        const FlowColumn column = sidebarColumn(env);
        ImGui::BeginDisabled(m_currentSection == 0 && m_scrollY <= sectionTop(0) + 4);
        if (flowButton(tr("< Previous"), column, true)) key(env, ReaderKey::PrevSection);
        ImGui::EndDisabled();
        ImGui::BeginDisabled(m_currentSection + 1 >= n);
        if (flowButton(tr("Next >"), column, false)) key(env, ReaderKey::NextSection);
        ImGui::EndDisabled();
    }
    ImGui::Separator();
    for (size_t i = 0; i < n; ++i) {
        const Section& s = m.sections[i];
        SectionRef ref{m.meta.id, s.id};
        const bool read = env.progress && env.progress->sectionsRead.count(ref);
        const bool marked = env.progress && env.progress->bookmarks.count(ref);
        ImGui::PushID(static_cast<int>(i));
        // A small status dot: filled when read, hollow when not.
        ImVec2 p = ImGui::GetCursorScreenPos();
        const float r = env.fonts->basePx * 0.22f;
        const float lineH = ImGui::GetTextLineHeight();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        // Right to left, the dot is at the row's right end and the title ends beside it.
        const float rowW = ImGui::GetContentRegionAvail().x;
        ImVec2 c(env.rightToLeft ? p.x + rowW - r - 1 : p.x + r + 1, p.y + lineH * 0.5f);
        if (read) dl->AddCircleFilled(c, r, theme.correct);
        else dl->AddCircle(c, r, theme.textMuted, 0, 1.5f);
        if (!env.rightToLeft) ImGui::SetCursorScreenPos(ImVec2(p.x + r * 2 + 8, p.y));
        std::string label = sectionTitle(s);
        if (marked) label = formatText(tr("%s  (bookmarked)"), label.c_str());
        if (env.rightToLeft) ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(1, 0));
        // A title longer than the panel is cut with an ellipsis, whole in its tooltip.
        const bool clicked = fittedSelectable(label.c_str(), i == m_currentSection, rowW - (r * 2 + 8));
        if (env.rightToLeft) ImGui::PopStyleVar();
        if (clicked) {
            scrollToSection(i);
            m_landing = i;
            m_focus = -1;  // Tab goes on from the heading, not from a stop elsewhere
            if (m_narrow) m_tocOpenNarrow = false;  // the contents covered the page: give it back
            focusContent();  // the learner picked a section to read: the keys now scroll it
        }
        ImGui::PopID();
    }
    ImGui::Separator();
    if (m_currentSection < n) {
        if (!m_notes) m_notes = std::make_unique<SectionNotes>();
        m_notes->draw(env, SectionRef{m.meta.id, m.sections[m_currentSection].id});
    }
    ImGui::Separator();
    const FlowColumn column = sidebarColumn(env);
    // The module's languages, when it has translations: one button each, the shown one
    // marked; switching keeps the place (LecternUi::setContentLanguage).
    if (m.languages.size() > 1) {
        wrappedText(tr("Language of the text"));  // at large text it is wider than the contents
        bool first = true;
        for (const std::string& tag : m.languages) {
            const bool shown = tag == m.meta.language;
            const std::string label = (shown ? formatText(tr("%s (shown)"), languageChoiceLabel(tag).c_str()) : languageChoiceLabel(tag));
            ImGui::PushID(tag.c_str());
            if (flowButton(label.c_str(), column, first) && !shown)
                env.post(ChangeContentLanguage{tag == m.languages.front() ? std::string() : tag});
            ImGui::PopID();
            first = false;
        }
        ImGui::Separator();
    }
    if (flowButton(tr("Glossary"), column, true)) env.post(OpenGlossary{});
    if (flowButton(tr("Search"), column, false)) env.post(OpenSearch{});
    if (flowButton(tr("My bookmarks and notes"), column, true)) env.post(OpenMyNotes{});
    if (flowButton(tr("Back to the course"), column, true)) env.post(OpenCatalogue{});
    if (flowButton(m_narrow ? tr("Back to the text") : tr("Hide the contents"), column, true)) toggleToc();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("F9 shows them again"));
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

//-----------------------------------------------------------------------------
// [SECTION] Content (visible blocks only)
//-----------------------------------------------------------------------------

void ReaderView::draw(const UiEnv& env, bool active) {
    if (!m_module) return;
    m_needFrame = false;
    m_interactiveFocusedThisFrame = false;
    ImVec2 avail = ImGui::GetContentRegionAvail();
    m_narrow = avail.x <= env.fonts->basePx * 30;
    const bool showToc = tocWanted();
    if (showToc && m_narrow) {
        // Too narrow for both: the contents take the page until a section is chosen.
        drawToc(env, avail.x, avail.y);
        m_interactiveFocused = false;
        return;
    }
    const float tocW = std::clamp(avail.x * 0.26f, 180.0f, env.fonts->basePx * 17);
    if (showToc && env.rightToLeft) {
        // A right-to-left interface reads from the right: the text, then the contents on its right.
        drawContent(env, std::max(1.0f, avail.x - tocW - ImGui::GetStyle().ItemSpacing.x), avail.y, active);
        ImGui::SameLine();
        drawToc(env, tocW, avail.y);
        m_interactiveFocused = m_interactiveFocusedThisFrame;
        return;
    }
    if (showToc) {
        drawToc(env, tocW, avail.y);
        ImGui::SameLine();
    } else {
        // Collapsed: one button on the left edge brings the contents back.
        ImGui::BeginGroup();
        if (ImGui::Button(tr("Contents"))) toggleToc();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Show the contents, notes and bookmarks (F9)"));
        ImGui::EndGroup();
        ImGui::SameLine();
        m_tocFocused = false;
    }
    avail = ImGui::GetContentRegionAvail();
    drawContent(env, avail.x, avail.y, active);
    m_interactiveFocused = m_interactiveFocusedThisFrame;
}

void ReaderView::toggleToc() {
    if (m_narrow) m_tocOpenNarrow = !m_tocOpenNarrow;
    else m_tocHiddenWide = !m_tocHiddenWide;
    if (tocWanted()) m_focusTocRequest = true;
    else m_focusContentRequest = true;
    m_needFrame = true;
}

void ReaderView::focusToc() {
    if (!tocWanted()) toggleToc();
    m_focusTocRequest = true;
    m_needFrame = true;
}

namespace {

// A glossary term and its definition, as the tooltip of a term in the text shows it.
void drawGlossaryEntry(const UiEnv& env, const GlossaryEntry& e, float px) {
    ImGui::PushTextWrapPos(px * 24);
    ImGui::PushFont(env.fonts->bold);
    ImGui::TextUnformatted(e.term.c_str());
    ImGui::PopFont();
    ImGui::TextUnformatted(e.definition.c_str());
    ImGui::PopTextWrapPos();
}

} // namespace

void ReaderView::drawContent(const UiEnv& env, float width, float height, bool active) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float px = env.fonts->basePx;
    // The author's overlay takes a margin on the right; the column gives up that much.
    const float noteW = m_overlay ? std::clamp(width * 0.3f, px * 8, px * 18) : 0.0f;
    const float usable = width - style.ScrollbarSize - 2 * px - noteW;
    const float colW = std::max(px * 10, std::min(usable, px * 40));
    const float colX = std::max(px, (width - style.ScrollbarSize - noteW - colW) * 0.5f);
    ensureLayout(env, colW);

    if (m_pendingSection && m_layout.blocks.empty()) {  // an empty module: nothing to scroll to
        m_pendingSection.reset();
        m_pendingScroll = 0.0f;
    }
    if (m_pendingSection) {
        auto [s, fraction] = *m_pendingSection;
        if (s >= SIZE_MAX - m_module->blocks.size()) {  // a heading inside a section
            size_t block = SIZE_MAX - 1 - s;
            m_pendingScroll = block < m_layout.blocks.size() ? m_layout.blocks[block].y : 0.0f;
        } else {
            float top = sectionTop(s), bottom = sectionBottom(s);
            if (m_scrollToHighlight) {  // from a search: start a few lines above the first hit
                m_scrollToHighlight = false;
                if (std::optional<float> hit = firstHighlightY(s); hit && bottom > top) {
                    fraction = std::clamp((std::max(top, *hit - px * 4) - top) / (bottom - top), 0.0f, 1.0f);
                    if (m_anchor) m_anchor->second = fraction;  // settling keeps this place
                }
            }
            m_pendingScroll = m_pendingIsOffset ? top + std::clamp(fraction, 0.0f, std::max(0.0f, bottom - top))
                                                : top + fraction * (bottom - top);
        }
        m_pendingSection.reset();
        m_pendingIsOffset = false;
    }
    const float bottomPad = std::max(height * 0.85f, px * 4);
    ImGui::SetNextWindowContentSize(ImVec2(0, kTopPad + m_layout.totalHeight + bottomPad));
    if (m_pendingScroll) {
        ImGui::SetNextWindowScroll(ImVec2(-1.0f, std::max(0.0f, *m_pendingScroll)));
        m_pendingScroll.reset();
    }
    ImGui::BeginChild("##reader", ImVec2(width, height), false,
                      ImGuiWindowFlags_AlwaysVerticalScrollbar | ImGuiWindowFlags_NoNavInputs);
    if (m_focusContentRequest) {
        ImGui::SetWindowFocus();
        m_focusContentRequest = false;
    }
    m_scrollY = ImGui::GetScrollY();
    m_viewH = ImGui::GetWindowHeight();
    m_columnWidth = colW;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 win = ImGui::GetWindowPos();
    const ImVec2 origin(win.x + colX, win.y + kTopPad - m_scrollY);
    const float viewTop = m_scrollY - kTopPad, viewBottom = viewTop + m_viewH;

    // Which section is at the top of the view (TOC highlight, resume, time on task).
    const float probe = m_scrollY + 2;
    m_currentSection = 0;
    for (size_t i = 0; i < m_module->sections.size(); ++i)
        if (sectionTop(i) <= probe) m_currentSection = i;

    RichTextDraw d;
    d.fonts = env.fonts;
    d.theme = env.theme;
    d.drawList = dl;
    d.visibleTop = win.y;
    d.visibleBottom = win.y + m_viewH;
    d.images = &m_images;
    d.hoveredLink = -1;
    d.highlight = &m_highlight;
    const FocusStop* focus = m_focus >= 0 && m_focus < static_cast<int>(m_stops.size()) ? &m_stops[static_cast<size_t>(m_focus)] : nullptr;

    std::vector<VisibleLink> links;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool hoverWindow = ImGui::IsWindowHovered();
    int hoveredLink = -1;
    size_t hoveredBlock = SIZE_MAX;
    const LinkTarget* focusedLinkTarget = nullptr;
    ImVec2 focusedLinkPos;
    float focusedLinkTop = 0;
    if (m_overlay) m_overlay->beginFrame();
    for (size_t i = m_layout.blockAt(std::max(0.0f, viewTop)); i < m_layout.blocks.size(); ++i) {
        BlockLayout& b = m_layout.blocks[i];
        if (b.y > viewBottom) break;
        if (b.y + b.height < viewTop) continue;
        if (m_overlay) m_overlay->drawBlock(env, *m_module, b.blockIndex, colX + colW + px, kTopPad + b.y, noteW - px);
        if (b.interactive) {
            drawInteractive(env, b, colX, colW, kTopPad + b.y);
            if (focus && focus->block == i && focus->link < 0) {
                ImVec2 a(origin.x - 4, origin.y + b.y - 4), z(origin.x + colW + 4, origin.y + b.y + b.height + 4);
                dl->AddRect(a, z, env.theme->accent, 4.0f, 0, focusOutlineWidth(env.theme->kind));
            }
            continue;
        }
        d.origin = ImVec2(origin.x, origin.y + b.y);
        d.focusedLink = focus && focus->block == i ? focus->link : -1;
        d.hoveredLink = i == m_hoveredBlock ? m_hoveredLink : -1;
        d.scrollX = b.scrollWidth > 0 ? scrollBlockSideways(env, b, origin.x, origin.y + b.y, hoverWindow) : 0;
        links.clear();
        drawBlockLayout(b, d, &links);
        if (b.scrollWidth > 0) drawSidewaysBar(env, b, origin.x, origin.y + b.y);
        if (b.scrollWidth > 0 && focus && focus->block == i && focus->link == kScrollStop)
            dl->AddRect(ImVec2(origin.x - 3, origin.y + b.y - 3), ImVec2(origin.x + b.clipX1 + px * 0.6f + 3, origin.y + b.y + b.height + 3),
                        env.theme->accent, 4.0f, 0, focusOutlineWidth(env.theme->kind));
        for (const VisibleLink& l : links) {
            if (hoverWindow && mouse.x >= l.min.x && mouse.x < l.max.x && mouse.y >= l.min.y && mouse.y < l.max.y) {
                hoveredLink = l.link;
                hoveredBlock = i;
            }
            if (d.focusedLink == l.link && !focusedLinkTarget) {
                focusedLinkTarget = &b.links[static_cast<size_t>(l.link)];
                focusedLinkPos = ImVec2(l.min.x, l.max.y + 4);
                focusedLinkTop = l.min.y;
            }
        }
    }
    m_hoveredLink = hoveredLink;
    m_hoveredBlock = hoveredBlock;
    drawLandingMark(env, origin.x, origin.y, colW);

    // End of the module: the way on, right under the last line.
    const float endY = kTopPad + m_layout.totalHeight + px * 1.5f;
    if (endY < m_scrollY + m_viewH && env.course) {
        const Module* next = nullptr;
        for (size_t i = 0; i + 1 < env.course->modules.size(); ++i)
            if (env.course->modules[i].get() == m_module) next = env.course->modules[i + 1].get();
        ImGui::SetCursorPos(ImVec2(colX, endY));
        dl->AddLine(ImVec2(origin.x, origin.y + endY - kTopPad - px * 0.75f),
                    ImVec2(origin.x + colW, origin.y + endY - kTopPad - px * 0.75f), env.theme->quoteBar);
        if (next) {
            const std::string label = formatText(tr("Next module: %s"), next->meta.title.c_str());
            if (ImGui::Button(label.c_str())) env.post(OpenModule{next->meta.id, {}});
            ImGui::SameLine();
        }
        if (ImGui::Button(tr("Back to the course"))) env.post(OpenCatalogue{});
    }

    // Links: hand cursor, glossary definitions on hover or keyboard focus, click to follow.
    if (hoveredLink >= 0) {
        const LinkTarget& t = m_layout.blocks[hoveredBlock].links[static_cast<size_t>(hoveredLink)];
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (t.flags & SpanGlossary) {
            if (const GlossaryEntry* e = findTerm(env.course, t.target)) {
                ImGui::BeginTooltip();
                drawGlossaryEntry(env, *e, px);
                ImGui::EndTooltip();
            }
        } else {
            ImGui::BeginTooltip();
            ImGui::TextUnformatted(t.target.data(), t.target.data() + t.target.size());
            ImGui::EndTooltip();
        }
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) activateLink(env, t);
    }
    if (focusedLinkTarget && (focusedLinkTarget->flags & SpanGlossary) && hoveredLink < 0) {
        if (const GlossaryEntry* e = findTerm(env.course, focusedLinkTarget->target)) {
            // Inside the window: left of the right edge, and above the term when there is no
            // room below it (the size is the last frame's; the popup auto-fits its text).
            const ImVec2 display = ImGui::GetIO().DisplaySize;
            ImVec2 pos = focusedLinkPos;
            const ImVec2 size(m_glossaryPopupW, m_glossaryPopupH);
            if (pos.x + size.x > display.x - 4) pos.x = std::max(4.0f, display.x - 4 - size.x);
            if (pos.y + size.y > display.y - 4) pos.y = std::max(4.0f, focusedLinkTop - 4 - size.y);
            ImGui::SetNextWindowPos(pos);
            ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(px * 26, FLT_MAX));
            ImGui::Begin("##glossary-focus", nullptr,
                         ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing |
                             ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_Tooltip);
            drawGlossaryEntry(env, *e, px);
            if (const ImVec2 now = ImGui::GetWindowSize(); now.x != m_glossaryPopupW || now.y != m_glossaryPopupH) {
                m_glossaryPopupW = now.x;
                m_glossaryPopupH = now.y;
                m_needFrame = true;  // placed with the wrong size this frame: place it again
            }
            ImGui::End();
        }
    }
    ImGui::EndChild();
    if (m_anchor && !m_pendingSection && --m_anchorFrames <= 0) m_anchor.reset();

    // Progress from what is on screen.
    ReadingView view;
    view.top = m_scrollY;
    view.bottom = m_scrollY + m_viewH - kTopPad;
    view.active = active;
    view.topSection = m_currentSection;
    if (!m_module->sections.empty()) {
        float top = sectionTop(m_currentSection), bottom = sectionBottom(m_currentSection);
        view.topSectionFraction = bottom > top ? std::clamp((m_scrollY - top) / (bottom - top), 0.0f, 1.0f) : 0.0f;
    }
    static const ProgressSnapshot empty;
    m_tracker.update(env.now, view, sectionExtents(), env.progress ? *env.progress : empty, env.submit);
}

float ReaderView::blockScrollX(size_t blockIndex) const {
    auto it = m_scrollX.find(blockIndex);
    return it == m_scrollX.end() ? 0.0f : it->second;
}

// Shift+wheel or a sideways wheel over the block, or the mouse on its scroll bar, move it; the
// bar (under the text, in the room the layout left) shows how much of the widest line is in view.
float ReaderView::scrollBlockSideways(const UiEnv& env, const BlockLayout& b, float left, float top, bool hoverWindow) {
    const ImGuiIO& io = ImGui::GetIO();
    const float px = env.fonts->basePx;
    const float viewW = b.clipX1 - b.clipX0;
    const float maxX = std::max(0.0f, b.scrollWidth - viewW);
    float& x = m_scrollX[b.blockIndex];
    const ImVec2 mouse = io.MousePos;
    const bool over = hoverWindow && mouse.x >= left && mouse.x < left + b.clipX1 + px && mouse.y >= top && mouse.y < top + b.height;
    const float wheel = io.MouseWheelH != 0 ? io.MouseWheelH : (io.KeyShift ? io.MouseWheel : 0.0f);
    if (over && wheel != 0) x -= wheel * px * 3;
    const float trackX0 = left + b.clipX0, trackW = viewW;
    const float thumbW = std::max(px * 1.5f, trackW * viewW / b.scrollWidth);
    const float barH = std::max(4.0f, px * 0.3f);
    const float barY = top + b.height - px * kScrollBarRoom * 0.5f - barH * 0.5f;
    const bool onBar = hoverWindow && mouse.x >= trackX0 && mouse.x < trackX0 + trackW && mouse.y >= barY - barH && mouse.y < barY + barH * 2;
    if (onBar && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) m_dragScrollBar = b.blockIndex;
    if (m_dragScrollBar && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) m_dragScrollBar.reset();
    if (m_dragScrollBar == b.blockIndex && trackW > thumbW)
        x = (mouse.x - trackX0 - thumbW * 0.5f) / (trackW - thumbW) * maxX;
    x = std::clamp(x, 0.0f, maxX);
    if (over || onBar) m_needFrame |= wheel != 0 || m_dragScrollBar.has_value();
    return x;
}

void ReaderView::drawSidewaysBar(const UiEnv& env, const BlockLayout& b, float left, float top) const {
    const float px = env.fonts->basePx;
    const float viewW = b.clipX1 - b.clipX0;
    const float maxX = std::max(0.0f, b.scrollWidth - viewW);
    const float x = blockScrollX(b.blockIndex);
    const float trackX0 = left + b.clipX0, trackW = viewW;
    const float thumbW = std::max(px * 1.5f, trackW * viewW / b.scrollWidth);
    const float barH = std::max(4.0f, px * 0.3f);
    const float barY = top + b.height - px * kScrollBarRoom * 0.5f - barH * 0.5f;
    const float thumbX = trackX0 + (maxX > 0 ? (trackW - thumbW) * x / maxX : 0);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(trackX0, barY), ImVec2(trackX0 + trackW, barY + barH), (env.theme->quoteBar & 0x00FFFFFFu) | 0x60000000u, barH * 0.5f);
    dl->AddRectFilled(ImVec2(thumbX, barY), ImVec2(thumbX + thumbW, barY + barH), env.theme->textMuted, barH * 0.5f);
}

// The y (module coordinates) of the first line of section `s` with a word the search matched.
std::optional<float> ReaderView::firstHighlightY(size_t s) const {
    if (!m_module || s >= m_module->sections.size()) return std::nullopt;
    const Section& sec = m_module->sections[s];
    std::vector<std::pair<size_t, size_t>> found;
    for (size_t i = sec.firstBlock; i < sec.endBlock && i < m_layout.blocks.size(); ++i) {
        const BlockLayout& b = m_layout.blocks[i];
        for (const Line& l : b.lines)
            for (uint32_t k = 0; k < l.runCount; ++k) {
                const Run& r = b.runs[l.firstRun + k];
                m_highlight.find(std::string_view(r.begin, size_t(r.end - r.begin)), found);
                if (!found.empty()) return b.y + l.y;
            }
    }
    return std::nullopt;
}

void ReaderView::drawInteractive(const UiEnv& env, BlockLayout& b, float x, float width, float top) {
    const Module& m = *m_module;
    const Block& block = m.blocks[b.blockIndex];
    ImGui::SetCursorPos(ImVec2(x, top));
    ImGui::PushID(static_cast<int>(b.blockIndex));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(env.theme->panelBg));
    ImGui::BeginChild("##interactive", ImVec2(width, b.height), true,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_AlwaysUseWindowPadding);
    const bool entering = m_enterInteractive && *m_enterInteractive == b.blockIndex;
    if (entering) {
        focusCurrentWindowFirstItem();
        m_enterInteractive.reset();
    }
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows)) m_interactiveFocusedThisFrame = true;
    ImGui::PushTextWrapPos(0);
    const size_t payload = block.payload < 0 ? SIZE_MAX : static_cast<size_t>(block.payload);
    if (block.kind == BlockKind::Quiz && payload < m.quizzes.size()) {
        auto& w = m_quizzes[b.blockIndex];
        if (!w) w = std::make_unique<QuizWidget>();
        w->draw(env, m, m.quizzes[payload]);
    } else if (block.kind == BlockKind::Reflection && payload < m.reflections.size()) {
        auto& w = m_reflections[b.blockIndex];
        if (!w) w = std::make_unique<ReflectionEditor>();
        if (entering) w->focusText();  // a reflection is entered to be written in
        w->draw(env, m, m.reflections[payload]);
    } else if (block.kind == BlockKind::Quiz) {
        drawQuizUnavailable(env);
    } else {
        ImGui::TextDisabled("%s", tr("This interactive block could not be loaded."));
    }
    ImGui::PopTextWrapPos();
    const float contentH = std::ceil(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + ImGui::GetStyle().WindowPadding.y);
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopID();
    if (std::fabs(contentH - b.height) > 1.0f && contentH > 0) {
        // A block above the view changed height: move the view with the text, as a browser
        // does, so a resumed position or the learner's place does not drift.
        if (m_anchor) {
            m_pendingSection = m_anchor;  // settling after open: back to the same fraction (or offset)
            m_pendingIsOffset = m_anchorIsOffset;
            m_anchorFrames = kAnchorFrames;
        } else if (b.y + b.height <= m_scrollY + 1.0f && !m_pendingSection)
            m_pendingScroll = std::max(0.0f, m_pendingScroll.value_or(m_scrollY) + contentH - b.height);
        b.height = contentH;
        m_interactiveHeights[b.blockIndex] = contentH;
        m_layout.restack(blockGap(env.fonts->basePx));
        m_needFrame = true;  // the blocks below moved: draw once more
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Links
//-----------------------------------------------------------------------------

// The loader decided what the link is (course/link_kind.h); the reader acts on that, never re-reads the text.
void ReaderView::activateLink(const UiEnv& env, const LinkTarget& link) {
    const std::string target(link.target);
    if (link.flags & SpanGlossary) {
        env.post(OpenGlossary{target});
        return;
    }
    switch (linkKind(link.flags)) {
    case LinkKind::Anchor: open(env, *m_module, target.substr(target.empty() ? 0 : 1)); return;
    case LinkKind::Module: {
        const size_t hash = target.find('#');
        const std::string moduleId = target.substr(0, hash);
        if (env.course && env.course->findModule(moduleId))
            env.post(OpenModule{moduleId, hash == std::string::npos ? std::string() : target.substr(hash + 1)});
        return;
    }
    case LinkKind::Web: env.post(OpenExternalLink{target}); return;
    // Another file of the course (a PDF, a spreadsheet): the system's viewer opens it, after
    // asking; the shell checks again that the real path is inside the course (app/url_opener).
    case LinkKind::CourseFile: env.post(OpenExternalLink{kCourseFileScheme + target}); return;
    case LinkKind::None:
    case LinkKind::Refused: return;  // `lectern check` reports it; nothing to open
    }
}

} // namespace lectern::ui
