// Index
//   [SECTION] DebouncedText
//   [SECTION] Helpers
//   [SECTION] ReflectionEditor
#include "ui/widgets/reflection_editor.h"

#include "text/text_direction.h"

#include "i18n/tr.h"

#include "util/time_format.h"
#include "util/utf8.h"
#include "util/words.h"

#include <imgui.h>
#include <imgui_internal.h>  // GetActiveID, ClearActiveID

#include <algorithm>
#include <ctime>

namespace lectern::ui {

//-----------------------------------------------------------------------------
// [SECTION] DebouncedText
//-----------------------------------------------------------------------------

DebouncedText::~DebouncedText() { flush(); }

void DebouncedText::edited(double now, const std::string& text, Saver save, Saver keepDraft) {
    m_dirty = true;
    m_draftPending = true;
    m_lastEdit = now;
    m_pending = text;
    m_save = std::move(save);
    m_keepDraft = std::move(keepDraft);
}

void DebouncedText::follow(const TextEditorResult& box, const std::string& text, const UiEnv& env, Saver save,
                           Saver keepDraft) {
    if (box.edited) {
        edited(env.now, text, std::move(save), std::move(keepDraft));
        if (env.wakeIn) env.wakeIn(kDelaySeconds);
    }
    if (box.deactivated) flush();  // focus left the editor: save now
    const double wait = poll(env.now);
    if (wait > 0 && env.wakeIn) env.wakeIn(wait);
}

double DebouncedText::poll(double now) {
    if (!m_dirty) return -1;
    const double wait = m_lastEdit + kDelaySeconds - now;
    if (wait <= 0) {
        flush();
        return -1;
    }
    if (!m_draftPending || !m_keepDraft) return wait;
    const double draftWait = m_lastDraft + kDraftSeconds - now;
    if (draftWait > 0) return std::min(wait, draftWait);
    m_draftPending = false;
    m_lastDraft = now;
    m_keepDraft(m_pending);
    return wait;
}

void DebouncedText::flush() {
    m_draftPending = false;  // the revision replaces any draft
    if (!m_dirty) return;
    m_dirty = false;
    if (m_pending == m_saved) return;  // typed and undone: nothing new to keep
    m_saved = m_pending;
    if (m_save) m_save(m_saved);
}

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

namespace {

ImU32 colourOr(const UiEnv& env, unsigned Theme::*member, ImU32 fallback) {
    if (env.theme && env.theme->*member) return env.theme->*member;
    return fallback;
}

// "2026-11-23 19:12" in local time: learners read their own clock.
std::string formatTime(int64_t ms) { return util::localDateMinutes(ms); }

// The first line of a text, cut to about `max` bytes at a UTF-8 boundary.
std::string preview(const std::string& text, size_t max) {
    std::string line = text.substr(0, text.find('\n'));
    if (line.size() <= max) return line.empty() ? std::string(tr("(empty)")) : line;
    return line.substr(0, utf8::codePointStart(line, max)) + "…";
}

std::string wordsLabel(int n) { return formatText(trn("%d word", "%d words", n), n); }

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] ReflectionEditor
//-----------------------------------------------------------------------------

struct ReflectionEditor::State {
    bool loaded = false;
    LearnerId learner = -1;
    std::string key;
    std::string text;
    TextEditor editor;
    DebouncedText saver;
    int viewing = -1;  // index into the revisions of the one shown in full
};

ReflectionEditor::ReflectionEditor() : m_state(std::make_unique<State>()) {}
ReflectionEditor::~ReflectionEditor() = default;
ReflectionEditor::ReflectionEditor(ReflectionEditor&&) noexcept = default;
ReflectionEditor& ReflectionEditor::operator=(ReflectionEditor&&) noexcept = default;

void ReflectionEditor::flush() {
    if (m_state) m_state->saver.flush();
}

bool ReflectionEditor::hasUnsavedEdit() const { return m_state && m_state->saver.dirty(); }

void ReflectionEditor::draw(const UiEnv& env, const Module& module, const Reflection& reflection) {
    if (!m_state) m_state = std::make_unique<State>();
    State& s = *m_state;
    const LearnerId learner = env.progress ? env.progress->learner : -1;
    const std::string key = ProgressSnapshot::key(module.meta.id, reflection.id);
    ImGui::PushID(reflection.id.c_str());
    const ImGuiID editorId = ImGui::GetID("##answer");
    if (!s.loaded || s.learner != learner || s.key != key) {
        // A pending edit is saved first, to the learner who typed it (its save keeps their scope).
        s.saver.flush();
        // An editor still active keeps its own copy of the old text and would write it back.
        if (ImGui::GetActiveID() == editorId) ImGui::ClearActiveID();
        s.loaded = true;
        s.learner = learner;
        s.key = key;
        s.text = env.progress ? env.progress->reflectionText(module.meta.id, reflection.id) : std::string();
        s.editor.reset(s.text);
        s.saver.setSavedText(s.text);
        s.viewing = -1;
    }
    auto save = [submit = env.submit, moduleId = module.meta.id, id = reflection.id](const std::string& text) {
        if (submit) submit(SaveReflection{moduleId, id, text});
    };
    auto keepDraft = [submit = env.submit, moduleId = module.meta.id, id = reflection.id](const std::string& text) {
        if (submit) submit(KeepTextDraft{DraftOf::Reflection, moduleId, id, text});
    };

    const ImU32 muted = colourOr(env, &Theme::textMuted, IM_COL32(100, 100, 100, 255));
    const bool bold = env.fonts && env.fonts->bold;
    if (bold) ImGui::PushFont(env.fonts->bold);
    ImGui::TextWrapped(tr("Reflection: %s"), reflection.prompt.c_str());
    if (bold) ImGui::PopFont();
    if (!reflection.quote.empty()) {
        ImGui::Indent();
        const bool italic = env.fonts && env.fonts->italic;
        if (italic) ImGui::PushFont(env.fonts->italic);
        ImGui::TextWrapped("“%s”", reflection.quote.c_str());
        if (italic) ImGui::PopFont();
        if (!reflection.attribution.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, muted);
            ImGui::TextWrapped("— %s", reflection.attribution.c_str());
            ImGui::PopStyleColor();
        }
        ImGui::Unindent();
    }

    if (m_focusText) s.editor.focus();
    m_focusText = false;
    TextEditorOptions box;
    box.minLines = 8;
    box.placeholder = tr("Write your answer here…");
    // Under an Arabic prompt the empty box's caret waits at the right, where the answer starts.
    box.rightToLeft = lectern::text::firstStrongDirection(reflection.prompt) == lectern::text::BaseDirection::RightToLeft;
    box.keepVisibleBelow = ImGui::GetFrameHeightWithSpacing();  // the word count and save state
    s.saver.follow(s.editor.draw("##answer", s.text, box), s.text, env, save, keepDraft);

    // Word count, minimum length, save state.
    const int words = util::countWords(s.text);
    std::string status =
        reflection.minWords <= 0 ? wordsLabel(words)
        : words >= reflection.minWords
            ? formatText(trn("%d word (minimum of %d reached)", "%d words (minimum of %d reached)", words), words,
                         reflection.minWords)
            : formatText(trn("%d word of at least %d", "%d words of at least %d", words), words, reflection.minWords);
    status += s.saver.dirty()   ? tr(" · Saving…")
              : s.text.empty()  ? ""
              : env.savesFailing ? tr(" · Not saved yet (kept): see the message at the bottom")
                                 : tr(" · Saved");
    if (reflection.minWords > 0) {
        const float fraction = std::min(1.0f, static_cast<float>(words) / static_cast<float>(reflection.minWords));
        ImGui::PushStyleColor(ImGuiCol_PlotHistogram, fraction >= 1.0f
            ? colourOr(env, &Theme::correct, IM_COL32(30, 130, 60, 255))
            : colourOr(env, &Theme::accent, IM_COL32(60, 110, 200, 255)));
        ImGui::ProgressBar(fraction, ImVec2(ImGui::GetFontSize() * 6, ImGui::GetTextLineHeight() * 0.6f), "");
        ImGui::PopStyleColor();
        ImGui::SameLine();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, muted);
    ImGui::TextUnformatted(status.c_str());
    ImGui::PopStyleColor();

    // Private by default; the learner may share this one reflection with the facilitator
    // (and take it back). The change is saved by the profile service's worker, as an event.
    if (env.shareReflection) {
        bool shared = env.reflectionShared && env.reflectionShared(module.meta.id, reflection.id);
        if (ImGui::Checkbox(tr("Share with facilitator"), &shared)) env.shareReflection(module.meta.id, reflection.id, shared);
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, muted);
        ImGui::TextUnformatted(shared ? tr("The facilitator can read this reflection.") : tr("Private: only you can read it."));
        ImGui::PopStyleColor();
    }

    // Earlier revisions: every saved revision but the one in the editor, newest first.
    static const std::vector<ReflectionRevision> kNone;
    const std::vector<ReflectionRevision>* revisions = &kNone;
    if (env.progress) {
        auto it = env.progress->reflections.find(key);
        if (it != env.progress->reflections.end()) revisions = &it->second;
    }
    const int earlier = std::max(0, static_cast<int>(revisions->size()) - 1);
    if (earlier > 0) {
        const std::string header = formatText(tr("Earlier versions (%d)"), static_cast<int>(earlier)) + "###history";
        if (ImGui::TreeNode(header.c_str())) {
            for (int i = earlier - 1; i >= 0; --i) {
                const ReflectionRevision& rev = (*revisions)[i];
                ImGui::PushID(("rev" + std::to_string(i)).c_str());
                ImGui::TextUnformatted(formatTime(rev.timeMs).c_str());
                ImGui::SameLine();
                ImGui::PushStyleColor(ImGuiCol_Text, muted);
                ImGui::TextUnformatted((wordsLabel(util::countWords(rev.text)) + ": " + preview(rev.text, 60)).c_str());
                ImGui::PopStyleColor();
                if (ImGui::SmallButton(s.viewing == i ? tr("Hide") : tr("View"))) s.viewing = s.viewing == i ? -1 : i;
                ImGui::SameLine();
                if (ImGui::SmallButton(tr("Restore"))) {
                    // Restoring is an edit like any other: saved at once as the newest revision.
                    s.text = rev.text;
                    s.saver.edited(env.now, s.text, save);
                    s.saver.flush();
                    s.viewing = -1;
                }
                if (s.viewing == i) {
                    ImGui::Indent();
                    ImGui::TextWrapped("%s", rev.text.c_str());
                    ImGui::Unindent();
                }
                ImGui::PopID();
            }
            ImGui::TreePop();
        }
    }
    ImGui::PopID();
}

} // namespace lectern::ui
