// Index
//   [SECTION] State
//   [SECTION] Snippet layout (wrapped runs, highlighted words in the accent colour)
//   [SECTION] SearchView
#include "ui/views/search_view.h"

#include "search/search_index.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>
#include <vector>

namespace lectern::ui {

//-----------------------------------------------------------------------------
// [SECTION] State
//-----------------------------------------------------------------------------

struct SearchView::State {
    std::unique_ptr<search::BackgroundSearchIndex> index;
    std::string query;
    std::string requested;  // the query last sent to the index's worker
    uint64_t shownSerial = 0;  // which of the worker's answers `hits` holds
    std::vector<search::SearchHit> hits;
    int selected = -1;
    bool focusRequested = true;  // the view opens with the cursor in the box
    bool scrollToSelected = false;
    int pendingMove = 0;  // Up (-1) / Down (+1) pressed in the search box this frame
};

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Snippet layout (wrapped runs, highlighted words in the accent colour)
//-----------------------------------------------------------------------------

struct Run {
    ImVec2 offset;
    std::string text;
    bool highlighted = false;
};

// Lays the snippet out word by word within `width`, keeping each part's highlight. Returns
// the runs and sets `height`. (ImGui's own wrapping cannot change colour inside a line.)
std::vector<Run> layoutSnippet(std::string_view snippet, float width, float& height) {
    std::vector<Run> runs;
    const float lineHeight = ImGui::GetTextLineHeight();
    const float spaceWidth = ImGui::CalcTextSize(" ").x;
    float x = 0, y = 0;
    bool pendingSpace = false;
    for (const search::SnippetPart& part : search::splitSnippet(snippet)) {
        size_t i = 0;
        const std::string_view text = part.text;
        while (i < text.size()) {
            if (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
                pendingSpace = true;
                ++i;
                continue;
            }
            size_t j = i;
            while (j < text.size() && text[j] != ' ' && text[j] != '\n' && text[j] != '\t') ++j;
            std::string word(text.substr(i, j - i));
            const float w = ImGui::CalcTextSize(word.c_str()).x;
            const float gap = (pendingSpace && x > 0) ? spaceWidth : 0;
            if (x > 0 && x + gap + w > width) {
                x = 0;
                y += lineHeight;
            } else {
                x += gap;
            }
            runs.push_back({ImVec2(x, y), std::move(word), part.highlighted});
            x += w;
            pendingSpace = false;
            i = j;
        }
    }
    height = runs.empty() ? 0 : y + lineHeight;
    return runs;
}

ImU32 colourOr(const UiEnv& env, unsigned Theme::*member, ImU32 fallback) {
    if (env.theme && env.theme->*member) return env.theme->*member;
    return fallback;
}

void open(const UiEnv& env, const search::SearchHit& hit) {
    if (!env.post) return;
    if (hit.kind == search::HitKind::Glossary) env.post(OpenGlossary{hit.sectionId});
    else env.post(OpenModule{hit.moduleId, hit.sectionId});
}

std::string hitId(const search::SearchHit& hit) {
    return hit.kind == search::HitKind::Glossary ? "glossary:" + hit.sectionId : hit.moduleId + "#" + hit.sectionId;
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] SearchView
//-----------------------------------------------------------------------------

SearchView::SearchView(std::shared_ptr<const Course> course, std::string query) : m_state(std::make_unique<State>()) {
    m_state->query = std::move(query);
    if (course) m_state->index = std::make_unique<search::BackgroundSearchIndex>(std::move(course));
}

SearchView::~SearchView() = default;

void SearchView::focusInput() { m_state->focusRequested = true; }

const std::string& SearchView::query() const { return m_state->query; }

void SearchView::draw(const UiEnv& env) {
    State& s = *m_state;
    const bool ready = s.index && s.index->ready();
    ImGui::PushID("search");

    if (s.focusRequested) {
        ImGui::SetKeyboardFocusHere();
        s.focusRequested = false;
    }
    ImGui::SetNextItemWidth(-1);
    // The history callback claims Up/Down for the box (so ImGui's navigation does not take
    // the focus away) and tells us which was pressed.
    auto onKey = [](ImGuiInputTextCallbackData* data) {
        auto* state = static_cast<State*>(data->UserData);
        if (data->EventFlag == ImGuiInputTextFlags_CallbackHistory)
            state->pendingMove += data->EventKey == ImGuiKey_UpArrow ? -1 : 1;
        return 0;
    };
    s.pendingMove = 0;
    const bool enter = ImGui::InputTextWithHint("##query", "Search the course (Up/Down to choose, Enter to open)",
                                                &s.query,
                                                ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackHistory,
                                                onKey, &s);

    // The query runs on the index's worker (the UI thread never touches SQLite): ask again when
    // the text changed, show the answer when it comes, and look again soon while one is due.
    if (s.index && s.query != s.requested) {
        s.index->requestQuery(s.query);
        s.requested = s.query;
    }
    if (s.index) {
        search::BackgroundSearchIndex::QueryResult answer = s.index->latest();
        if (answer.serial != s.shownSerial) {
            s.shownSerial = answer.serial;
            s.hits = std::move(answer.hits);
            s.selected = s.hits.empty() ? -1 : 0;
        }
        if ((!ready || s.index->queryPending()) && env.wakeIn) env.wakeIn(0.02);
    }

    // Up/Down move through the results while the learner is in the search box.
    if (s.pendingMove != 0 && !s.hits.empty()) {
        s.selected = std::clamp(s.selected + s.pendingMove, 0, static_cast<int>(s.hits.size()) - 1);
        s.scrollToSelected = true;
    }
    if (enter && s.selected >= 0 && s.selected < static_cast<int>(s.hits.size())) open(env, s.hits[s.selected]);

    const ImU32 muted = colourOr(env, &Theme::textMuted, IM_COL32(100, 100, 100, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, muted);
    if (!s.index) {
        ImGui::TextUnformatted("No course loaded.");
    } else if (!ready) {
        ImGui::TextUnformatted("Indexing…");
    } else if (!s.index->error().empty()) {
        ImGui::TextWrapped("Search is not available: %s", s.index->error().c_str());
    } else if (search::matchExpression(s.query).empty()) {
        ImGui::TextUnformatted("Type a word to search every module and the glossary.");
    } else if (s.index->queryPending() || s.requested != s.query) {
        ImGui::TextUnformatted("Searching…");
    } else if (s.hits.empty()) {
        ImGui::TextWrapped("No results for \"%s\".", s.query.c_str());
    } else {
        ImGui::Text("%zu %s", s.hits.size(), s.hits.size() == 1 ? "result" : "results");
    }
    ImGui::PopStyleColor();

    const ImU32 textColour = colourOr(env, &Theme::text, IM_COL32(20, 20, 20, 255));
    const ImU32 accent = colourOr(env, &Theme::accent, IM_COL32(40, 90, 200, 255));
    const float lineHeight = ImGui::GetTextLineHeight();
    for (int i = 0; i < static_cast<int>(s.hits.size()); ++i) {
        const search::SearchHit& hit = s.hits[i];
        ImGui::PushID(hitId(hit).c_str());
        const std::string heading = hit.kind == search::HitKind::Glossary
            ? "Glossary: " + hit.title
            : (hit.moduleTitle.empty() ? hit.moduleId : hit.moduleTitle) + " › " + hit.title;
        float snippetHeight = 0;
        const float width = ImGui::GetContentRegionAvail().x;
        std::vector<Run> runs = layoutSnippet(hit.snippet, width, snippetHeight);

        // One selectable covers heading and snippet, so the whole result is one target for
        // the mouse and for keyboard navigation.
        const ImVec2 start = ImGui::GetCursorScreenPos();
        if (ImGui::Selectable("##hit", s.selected == i, 0, ImVec2(0, lineHeight + snippetHeight + 4))) {
            s.selected = i;
            open(env, hit);
        }
        if (s.selected == i && s.scrollToSelected) {
            ImGui::SetScrollHereY(0.5f);
            s.scrollToSelected = false;
        }
        ImDrawList* dl = ImGui::GetWindowDrawList();
        ImFont* bold = env.fonts && env.fonts->bold ? env.fonts->bold : ImGui::GetFont();
        dl->AddText(bold, ImGui::GetFontSize(), start, textColour, heading.c_str());
        for (const Run& run : runs) {
            const ImVec2 p(start.x + run.offset.x, start.y + lineHeight + run.offset.y);
            dl->AddText(run.highlighted ? bold : ImGui::GetFont(), ImGui::GetFontSize(), p,
                        run.highlighted ? accent : muted, run.text.c_str());
        }
        // Text drawn straight into the draw list is not logged: log it, so ImGui's log
        // capture (copying a window's text, the tests) sees the results too.
        std::string plain;
        for (const Run& run : runs) plain += (plain.empty() ? "" : " ") + run.text;
        ImGui::LogText("%s\n%s\n", heading.c_str(), plain.c_str());
        ImGui::PopID();
    }
    ImGui::PopID();
}

} // namespace lectern::ui
