// ReaderView: one module on screen: the table of contents beside the text, previous / next,
// "Section 2 of 5", the laid-out prose (drawn only where visible), the interactive blocks
// (quizzes, reflections) and the bookmark and note of the current section. It feeds the
// ReadingTracker, so reading marks sections read, counts time on task and keeps the resume
// position.
//
// Keyboard (the app routes keys here when no text field has focus):
//   Up/Down, PageUp/PageDown, Space, Home/End scroll; [ ] or Alt+Left/Right change section;
//   Tab / Shift+Tab move the focus between links, interactive blocks and code blocks too wide
//   for the page; Enter follows the focused link or enters the focused quiz or reflection (Esc
//   leaves it); Left/Right scroll the focused wide code block (so do Shift+wheel and its bar).
// After a jump from a search, the searched words are marked on the page (TermMatch) and the
// view starts at the first of them in the section.
#pragma once
#include "course/document.h"
#include "ui/layout/layout_types.h"
#include "ui/text/term_match.h"
#include "ui/ui_env.h"
#include "ui/views/reading_tracker.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lectern::ui {

class AuthorOverlay;
class ImageCache;
class QuizWidget;
class ReflectionEditor;
class SectionNotes;

// Where the learner is in a module, by stable id: kept across a course swap.
struct ReaderPlace {
    std::string sectionId;
    float fraction = 0;  // how far into that section the top of the view is (0..1)
    // How far below the section's top the view is, in pixels, when it was laid out: a course
    // swap (the author's live reload) puts the view back at the same offset, since an edit
    // above or below changes the section's length and so what a fraction points at.
    std::optional<float> offsetPx;
};

enum class ReaderKey {
    LineUp, LineDown, PageUp, PageDown, Home, End, PrevSection, NextSection, FocusNext, FocusPrev, Activate,
    ScrollLeft, ScrollRight,
};

class ReaderView {
public:
    explicit ReaderView(ImageCache& images);
    ~ReaderView();

    // Opens `module` at `sectionId` (empty: the top), `fraction` of the way into the section.
    // `highlight`: the search the learner came from: its words are marked, the view starts at
    // the first of them in the section (empty: nothing marked).
    void open(const UiEnv& env, const Module& module, const std::string& sectionId, float fraction = 0,
              const std::string& highlight = {});
    // Opens `module` at `place`: at its pixel offset within the section when it has one.
    void open(const UiEnv& env, const Module& module, const ReaderPlace& place);
    // Leaves the module: flushes time on task and the resume position.
    void close(const UiEnv& env);
    // Hands edits still inside their debounce (reflections, the section note) to the store now.
    void flushEdits();
    // True while typed text waits for its debounce (the status bar then says "Saving…").
    bool hasUnsavedEdits() const;
    const Module* module() const { return m_module; }

    // `active`: no dialog covers the reader and the app has focus (reading time counts).
    void draw(const UiEnv& env, bool active);
    void key(const UiEnv& env, ReaderKey key);
    void toggleBookmark(const UiEnv& env);

    std::string currentSectionId() const;
    // The section at the top of the view and how far into it (a jump not yet laid out counts).
    ReaderPlace place() const;
    size_t currentSectionIndex() const { return m_currentSection; }
    // True while a quiz or reflection has the keyboard (Esc then leaves it, not the reader).
    bool interactiveHasFocus() const { return m_interactiveFocused; }
    // True while the table of contents has the keyboard (F6 moves it there and back).
    bool tocHasFocus() const { return m_tocFocused; }
    // Opens the contents if they are collapsed, and gives them the keyboard.
    void focusToc();
    // The contents panel collapses to a button (F9, or the button) rather than vanishing when
    // the window is narrow or the text large: the learner can always bring it back.
    void toggleToc();
    // Gives the keyboard back to the text (after opening a module, leaving the TOC).
    void focusContent() { m_focusContentRequest = true; m_needFrame = true; }
    // Restarts the reading clock (coming back from the glossary or search: that time is not reading).
    void resumeClock(double now) { m_tracker.resetClock(now); }
    double nextWakeSeconds() const;

    // `lectern --author`: the overlay's notes in a margin on the right of the column (null: none).
    void setAuthorOverlay(AuthorOverlay* overlay) { m_overlay = overlay; }

    // For tests and the frame bench.
    const layout::ModuleLayout* currentLayout() const { return m_module ? &m_layout : nullptr; }
    float scrollY() const { return m_scrollY; }
    float viewHeight() const { return m_viewH; }
    int focusedLinkIndex() const { return m_focus; }
    const TermMatch& highlight() const { return m_highlight; }
    // The sideways offset of a code block that scrolls (0 for any other).
    float blockScrollX(size_t blockIndex) const;

private:
    struct FocusStop {
        size_t block = 0;
        int link = -1;  // -1: the interactive block itself; kScrollStop: a code block that scrolls
    };
    static constexpr int kScrollStop = -2;

    void ensureLayout(const UiEnv& env, float width);
    void rebuildFocusStops();
    void drawToc(const UiEnv& env, float width, float height);
    void drawLandingMark(const UiEnv& env, float originX, float originY, float colW);
    void drawContent(const UiEnv& env, float width, float height, bool active);
    void drawInteractive(const UiEnv& env, layout::BlockLayout& b, float x, float width, float top);
    void activateLink(const UiEnv& env, const layout::LinkTarget& link);
    void scrollToSection(size_t section, float fraction = 0);
    void scrollFocusIntoView();
    // Wheel and scroll bar of a code block that scrolls sideways: returns its offset; the bar is
    // drawn after the block (over its background).
    float scrollBlockSideways(const UiEnv& env, const layout::BlockLayout& b, float left, float top, bool hoverWindow);
    void drawSidewaysBar(const UiEnv& env, const layout::BlockLayout& b, float left, float top) const;
    std::optional<float> firstHighlightY(size_t section) const;
    float sectionTop(size_t section) const;
    float sectionBottom(size_t section) const;
    float stopY(const FocusStop& s) const;
    std::vector<SectionExtent> sectionExtents() const;

    ImageCache& m_images;
    AuthorOverlay* m_overlay = nullptr;
    const Module* m_module = nullptr;
    layout::ModuleLayout m_layout;
    bool m_layoutValid = false;
    unsigned m_layoutFonts = 0;  // FontSet::generation the layout was made with
    std::string m_layoutLanguage;  // the interface language of its callout titles
    std::map<size_t, float> m_interactiveHeights;
    std::map<size_t, std::unique_ptr<QuizWidget>> m_quizzes;
    std::map<size_t, std::unique_ptr<ReflectionEditor>> m_reflections;
    std::unique_ptr<SectionNotes> m_notes;
    ReadingTracker m_tracker;

    float m_scrollY = 0;
    float m_viewH = 0;
    float m_columnWidth = 0;
    std::optional<float> m_pendingScroll;
    // A jump to a section waits for the layout (first frame after open, or a font change).
    std::optional<std::pair<size_t, float>> m_pendingSection;
    // The place asked for by open(), kept while the blocks' heights settle (a few frames).
    static constexpr int kAnchorFrames = 4;
    std::optional<std::pair<size_t, float>> m_anchor;
    // The second of m_pendingSection / m_anchor is pixels below the section's top, not a fraction.
    bool m_pendingIsOffset = false;
    bool m_anchorIsOffset = false;
    int m_anchorFrames = 0;
    size_t m_currentSection = 0;
    bool m_relayoutRequested = false;
    bool m_needFrame = false;

    std::map<size_t, float> m_scrollX;  // block index -> sideways offset of a wide code block
    std::optional<size_t> m_dragScrollBar;  // the block whose scroll bar the mouse holds
    TermMatch m_highlight;
    bool m_scrollToHighlight = false;

    std::vector<FocusStop> m_stops;
    int m_focus = -1;
    int m_hoveredLink = -1;
    size_t m_hoveredBlock = SIZE_MAX;
    std::optional<size_t> m_enterInteractive;
    bool m_interactiveFocused = false;
    bool m_interactiveFocusedThisFrame = false;
    bool m_tocFocused = false;
    bool m_focusTocRequest = false;
    // Whether the learner wants the contents, per width class: wide windows show them unless
    // hidden, narrow ones (where the text would be squeezed) only when asked for.
    bool m_tocHiddenWide = false;
    bool m_tocOpenNarrow = false;
    bool m_narrow = false;  // the last frame's width class
    bool tocWanted() const { return m_narrow ? m_tocOpenNarrow : !m_tocHiddenWide; }
    float m_glossaryPopupW = 0, m_glossaryPopupH = 0;  // the keyboard-focus glossary popup, last frame
    bool m_focusContentRequest = false;
    // The section just chosen in the contents: its heading wears the focus ring until Tab
    // moves the focus on, so a keyboard learner sees where the jump landed.
    std::optional<size_t> m_landing;
};

} // namespace lectern::ui
