// Index
//   [SECTION] State
//   [SECTION] SearchView
#include "ui/views/search_view.h"

#include "i18n/tr.h"

#include "search/search_index.h"
#include "ui/views/snippet_layout.h"
#include "ui/widgets/text_editor.h"

#include <imgui.h>

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
    TextEditor box;  // one line: the caret follows Arabic and Chinese as drawn (widgets/text_editor.h)
    std::string requested;  // the query last sent to the index's worker
    std::shared_ptr<const ProgressSnapshot> requestedProgress;  // the learner's text it was sent with
    uint64_t shownSerial = 0;  // which of the worker's answers `hits` holds
    std::vector<search::SearchHit> hits;
    int selected = -1;
    bool focusRequested = true;  // the view opens with the cursor in the box
    bool scrollToSelected = false;
};

namespace {

ImU32 colourOr(const UiEnv& env, unsigned Theme::*member, ImU32 fallback) {
    if (env.theme && env.theme->*member) return env.theme->*member;
    return fallback;
}

// Whether two snapshots hold the same notes and latest reflections (a new snapshot comes with
// every saved record; only the learner's text matters to the search).
bool sameLearnerText(const std::shared_ptr<const ProgressSnapshot>& a, const std::shared_ptr<const ProgressSnapshot>& b) {
    if (a == b) return true;
    if (!a || !b || a->notes != b->notes || a->reflections.size() != b->reflections.size()) return false;
    for (auto i = a->reflections.begin(), j = b->reflections.begin(); i != a->reflections.end(); ++i, ++j) {
        if (i->first != j->first || i->second.size() != j->second.size()) return false;
        if (!i->second.empty() && i->second.back().text != j->second.back().text) return false;
    }
    return true;
}

// Opens a hit; the page it opens marks the words searched for.
void open(const UiEnv& env, const search::SearchHit& hit, const std::string& query) {
    if (!env.post) return;
    if (hit.kind == search::HitKind::Glossary) env.post(OpenGlossary{hit.sectionId});
    else env.post(OpenModule{hit.moduleId, hit.sectionId, query});
}

std::string hitId(const search::SearchHit& hit) {
    switch (hit.kind) {
    case search::HitKind::Glossary: return "glossary:" + hit.sectionId;
    case search::HitKind::LearnerNote: return "note:" + hit.moduleId + "#" + hit.sectionId;
    case search::HitKind::LearnerReflection: return "reflection:" + hit.moduleId + "#" + hit.sectionId + ":" + hit.snippet;
    case search::HitKind::Section: break;
    }
    return hit.moduleId + "#" + hit.sectionId;
}

// The result's first line: where it is, and whose text it is.
std::string headingOf(const search::SearchHit& hit) {
    const std::string module = hit.moduleTitle.empty() ? hit.moduleId : hit.moduleTitle;
    switch (hit.kind) {
    case search::HitKind::Glossary: return formatText(tr("Glossary: %s"), hit.title.c_str());
    case search::HitKind::LearnerNote: return formatText(tr("Your note · %s › %s"), module.c_str(), hit.title.c_str());
    case search::HitKind::LearnerReflection:
        return formatText(tr("Your reflection · %s › %s"), module.c_str(), hit.title.c_str());
    case search::HitKind::Section: break;
    }
    return module + " › " + hit.title;
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
        s.box.focus();
        s.focusRequested = false;
    }
    ImGui::SetNextItemWidth(-1);
    // The box keeps Up/Down (ImGui's navigation does not take the focus away) and says which
    // was pressed: they move through the results.
    TextEditorOptions options;
    options.singleLine = true;
    options.takesUpDown = true;
    options.rightToLeft = env.rightToLeft;
    options.placeholder = tr("Search the course (Up/Down to choose, Enter to open)");
    const TextEditorResult typed = s.box.draw("##query", s.query, options);
    const bool enter = typed.entered;

    // The query runs on the index's worker (the UI thread never touches SQLite): ask again when
    // the text changed, show the answer when it comes, and look again soon while one is due.
    // The learner's own notes and reflections are searched too, from the snapshot this frame
    // holds (on the worker): ask again when they changed.
    if (s.index && (s.query != s.requested || !sameLearnerText(env.progress, s.requestedProgress))) {
        s.index->requestQuery(s.query, 50, env.progress);
        s.requested = s.query;
        s.requestedProgress = env.progress;
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
    if (typed.upDown != 0 && !s.hits.empty()) {
        s.selected = std::clamp(s.selected + typed.upDown, 0, static_cast<int>(s.hits.size()) - 1);
        s.scrollToSelected = true;
    }
    if (enter && s.selected >= 0 && s.selected < static_cast<int>(s.hits.size())) open(env, s.hits[s.selected], s.query);

    const ImU32 muted = colourOr(env, &Theme::textMuted, IM_COL32(100, 100, 100, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, muted);
    ImGui::PushTextWrapPos(0.0f);  // the hints wrap at the window's edge at any text size
    if (!s.index) {
        ImGui::TextUnformatted(tr("No course loaded."));
    } else if (!ready) {
        ImGui::TextUnformatted(tr("Indexing…"));
    } else if (!s.index->error().empty()) {
        ImGui::TextWrapped(tr("Search is not available: %s"), s.index->error().c_str());
    } else if (search::matchExpression(s.query).empty()) {
        ImGui::TextUnformatted(tr("Type a word to search every module, the glossary and your own notes and reflections."));
    } else if (s.index->queryPending() || s.requested != s.query) {
        ImGui::TextUnformatted(tr("Searching…"));
    } else if (s.hits.empty()) {
        ImGui::TextWrapped(tr("No results for \"%s\"."), s.query.c_str());
    } else {
        ImGui::Text(trn("%d result", "%d results", static_cast<long>(s.hits.size())), static_cast<int>(s.hits.size()));
    }
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();

    const ImU32 textColour = colourOr(env, &Theme::text, IM_COL32(20, 20, 20, 255));
    const ImU32 accent = colourOr(env, &Theme::accent, IM_COL32(40, 90, 200, 255));
    const float lineHeight = ImGui::GetTextLineHeight();
    for (int i = 0; i < static_cast<int>(s.hits.size()); ++i) {
        const search::SearchHit& hit = s.hits[i];
        ImGui::PushID(hitId(hit).c_str());
        const std::string heading = headingOf(hit);
        float snippetHeight = 0;
        const float width = ImGui::GetContentRegionAvail().x;
        ImFont* bold = env.fonts && env.fonts->bold ? env.fonts->bold : ImGui::GetFont();
        std::vector<SnippetRun> runs = layoutSnippet(hit.snippet, width, ImGui::GetFont(), bold, snippetHeight);

        // One selectable covers heading and snippet, so the whole result is one target for
        // the mouse and for keyboard navigation.
        const ImVec2 start = ImGui::GetCursorScreenPos();
        if (ImGui::Selectable("##hit", s.selected == i, 0, ImVec2(0, lineHeight + snippetHeight + 4))) {
            s.selected = i;
            open(env, hit, s.query);
        }
        if (s.selected == i && s.scrollToSelected) {
            ImGui::SetScrollHereY(0.5f);
            s.scrollToSelected = false;
        }
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddText(bold, ImGui::GetFontSize(), start, textColour, heading.c_str());
        for (const SnippetRun& run : runs) {
            const ImVec2 p(start.x + run.offset.x, start.y + lineHeight + run.offset.y);
            dl->AddText(run.highlighted ? bold : ImGui::GetFont(), ImGui::GetFontSize(), p,
                        run.highlighted ? accent : muted, run.text.c_str());
        }
        // Text drawn straight into the draw list is not logged: log it, so ImGui's log
        // capture (copying a window's text, the tests) sees the results too.
        std::string plain;
        for (const search::SnippetPart& part : search::splitSnippet(hit.snippet)) plain += part.text;
        ImGui::LogText("%s\n%s\n", heading.c_str(), plain.c_str());
        ImGui::PopID();
    }
    ImGui::PopID();
}

} // namespace lectern::ui
