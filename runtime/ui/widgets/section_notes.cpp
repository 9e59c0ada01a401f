#include "ui/widgets/section_notes.h"

#include "i18n/tr.h"
#include "ui/widgets/text_editor.h"

#include "ui/widgets/reflection_editor.h"  // DebouncedText

#include <imgui.h>
#include <imgui_internal.h>  // GetActiveID, ClearActiveID

namespace lectern::ui {

struct SectionNotes::State {
    bool loaded = false;
    LearnerId learner = -1;
    SectionRef section;
    std::string text;
    TextEditor editor;
    DebouncedText saver;
};

SectionNotes::SectionNotes() : m_state(std::make_unique<State>()) {}
SectionNotes::~SectionNotes() = default;
SectionNotes::SectionNotes(SectionNotes&&) noexcept = default;
SectionNotes& SectionNotes::operator=(SectionNotes&&) noexcept = default;

void SectionNotes::flush() {
    if (m_state) m_state->saver.flush();
}

bool SectionNotes::hasUnsavedEdit() const { return m_state && m_state->saver.dirty(); }

void SectionNotes::draw(const UiEnv& env, const SectionRef& section) {
    if (!m_state) m_state = std::make_unique<State>();
    State& s = *m_state;
    const LearnerId learner = env.progress ? env.progress->learner : -1;
    ImGui::PushID(section.moduleId.c_str());
    ImGui::PushID(section.sectionId.c_str());
    if (!s.loaded || s.learner != learner || s.section != section) {
        // A pending note is saved first, to the learner who typed it (its save keeps their scope).
        s.saver.flush();
        // An editor still active keeps its own copy of the old text and would write it back.
        if (ImGui::GetActiveID() == ImGui::GetID("##note")) ImGui::ClearActiveID();
        s.loaded = true;
        s.learner = learner;
        s.section = section;
        s.text.clear();
        if (env.progress) {
            auto it = env.progress->notes.find(section);
            if (it != env.progress->notes.end()) s.text = it->second;
        }
        s.editor.reset(s.text);
        s.saver.setSavedText(s.text);
    }
    // The snapshot is updated by the store as soon as a command is submitted, so it is the
    // one source of truth for the toggle.
    bool bookmarked = env.progress && env.progress->bookmarks.count(section) > 0;
    // The label wraps beside the box (a narrow panel at large text) and toggles it like the box.
    // Right to left, the box is at the right and the label ends beside it.
    const ImVec2 row = ImGui::GetCursorPos();
    const float tick = ImGui::GetFrameHeight(), gap = ImGui::GetStyle().ItemInnerSpacing.x;
    const float rowWidth = ImGui::GetContentRegionAvail().x;
    if (env.rightToLeft) ImGui::SetCursorPosX(row.x + rowWidth - tick);
    bool toggled = ImGui::Checkbox("##bookmark", &bookmarked);
    if (env.rightToLeft) ImGui::SetCursorPos(row);
    else ImGui::SameLine();
    ImGui::PushTextWrapPos(env.rightToLeft ? row.x + rowWidth - tick - gap : 0.0f);
    ImGui::TextUnformatted(tr("Bookmark this section"));
    ImGui::PopTextWrapPos();
    if (ImGui::IsItemClicked()) {
        bookmarked = !bookmarked;
        toggled = true;
    }
    if (toggled && env.submit) env.submit(SetBookmark{section, bookmarked});

    ImGui::PushTextWrapPos(0.0f);  // wrapped, an Arabic label ends at the right
    ImGui::TextUnformatted(tr("My notes"));
    ImGui::PopTextWrapPos();
    auto save = [submit = env.submit, ref = section](const std::string& text) {
        if (submit) submit(SaveNote{ref, text});
    };
    auto keepDraft = [submit = env.submit, ref = section](const std::string& text) {
        if (submit) submit(KeepTextDraft{DraftOf::Note, ref.moduleId, ref.sectionId, text});
    };
    TextEditorOptions box;
    box.minLines = 5;
    box.placeholder = tr("Write a note on this section, for you only…");
    box.rightToLeft = env.rightToLeft;  // an Arabic interface's empty box starts at the right
    box.keepVisibleBelow = ImGui::GetFrameHeightWithSpacing();  // "Saving…" / "Saved"
    s.saver.follow(s.editor.draw("##note", s.text, box), s.text, env, save, keepDraft);
    if (s.saver.dirty()) ImGui::TextDisabled("%s", tr("Saving…"));
    else if (!s.text.empty()) ImGui::TextDisabled("%s", env.savesFailing ? tr("Not saved yet (kept): see the message at the bottom") : tr("Saved"));
    ImGui::PopID();
    ImGui::PopID();
}

} // namespace lectern::ui
