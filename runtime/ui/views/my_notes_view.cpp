#include "ui/views/my_notes_view.h"

#include "ui/section_title.h"

#include "i18n/tr.h"

#include "ui/views/nav_focus.h"
#include "ui/widgets/page_column.h"

#include <imgui.h>

namespace lectern::ui {
namespace {

std::string where(const Module& m, const Section& s) { return m.meta.title + " \u203a " + sectionTitle(s); }

// A preview of the learner's text: its first ~300 bytes, cut at a space.
std::string preview(const std::string& text) {
    constexpr size_t kMax = 300;
    if (text.size() <= kMax) return text;
    size_t cut = text.rfind(' ', kMax);
    if (cut == std::string::npos || cut < kMax / 2) {
        cut = kMax;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    }
    return text.substr(0, cut) + "\u2026";
}

} // namespace

std::vector<MyNotesItem> collectMyNotes(const Course& course, const ProgressSnapshot& p) {
    std::vector<MyNotesItem> bookmarks, notes, reflections;
    for (const auto& mp : course.modules) {
        if (!mp) continue;
        const Module& m = *mp;
        for (const Section& s : m.sections) {
            const SectionRef ref{m.meta.id, s.id};
            if (p.bookmarks.count(ref)) bookmarks.push_back({MyNotesItem::Kind::Bookmark, m.meta.id, s.id, where(m, s), {}});
            if (auto it = p.notes.find(ref); it != p.notes.end() && !it->second.empty())
                notes.push_back({MyNotesItem::Kind::Note, m.meta.id, s.id, where(m, s), it->second});
        }
        for (const Reflection& r : m.reflections) {
            const std::string& text = p.reflectionText(m.meta.id, r.id);
            if (text.empty()) continue;
            const Section* s = m.findSection(r.sectionId);
            std::string prompt = r.prompt.size() > 120 ? preview(r.prompt.substr(0, 120)) : r.prompt;
            reflections.push_back({MyNotesItem::Kind::Reflection, m.meta.id, r.sectionId,
                                   (s ? where(m, *s) : m.meta.title) + ": " + prompt, text});
        }
    }
    std::vector<MyNotesItem> out = std::move(bookmarks);
    out.insert(out.end(), notes.begin(), notes.end());
    out.insert(out.end(), reflections.begin(), reflections.end());
    return out;
}

void MyNotesView::draw(const UiEnv& env) {
    const float px = env.fonts->basePx;
    const float colW = beginPageColumn("##my-notes", px * 40);
    ImGui::PushFont(env.fonts->h1);
    ImGui::TextUnformatted(tr("My bookmarks and notes"));
    ImGui::PopFont();
    const bool focus = m_focusFirst > 0;
    if (m_focusFirst > 0) --m_focusFirst;
    std::vector<MyNotesItem> items;
    if (env.course && env.progress) items = collectMyNotes(*env.course, *env.progress);
    if (ImGui::Button(tr("Back (Esc)"))) env.post(OpenCatalogue{});
    if (focus && items.empty()) focusLastItem();
    if (items.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(env.theme->textMuted));
        ImGui::TextWrapped("%s", tr("Nothing here yet. Ctrl+B bookmarks the section you are reading; the notes box "
                                    "beside the text keeps your notes; your reflections are listed here as you write them."));
        ImGui::PopStyleColor();
    }
    static const char* kTitles[] = {N_("Bookmarks"), N_("Notes"), N_("Reflections")};
    int shownKind = -1;
    for (size_t i = 0; i < items.size(); ++i) {
        const MyNotesItem& it = items[i];
        if (static_cast<int>(it.kind) != shownKind) {
            shownKind = static_cast<int>(it.kind);
            columnRule(colW);
            ImGui::PushFont(env.fonts->h3);
            ImGui::TextUnformatted(tr(kTitles[shownKind]));
            ImGui::PopFont();
        }
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(it.heading.c_str(), false, 0, ImVec2(colW, 0)))
            env.post(OpenModule{it.moduleId, it.sectionId});
        if (focus && i == 0) focusLastItem();
        if (!it.text.empty()) {
            ImGui::Indent(px);
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(env.theme->textMuted));
            const std::string shown = preview(it.text);
            ImGui::TextWrapped("%s", shown.c_str());
            ImGui::PopStyleColor();
            ImGui::Unindent(px);
        }
        ImGui::PopID();
    }
    endPageColumn();
}

} // namespace lectern::ui
