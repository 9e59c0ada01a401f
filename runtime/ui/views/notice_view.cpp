#include "ui/views/notice_view.h"

#include "i18n/tr.h"

#include <imgui.h>

#include <algorithm>

namespace lectern::ui {

void NoticeView::draw(const Theme& theme) {
    if (m_text.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(theme.noteBg));
    const float lines = 1 + static_cast<float>(std::count(m_text.begin(), m_text.end(), '\n'));
    const float h = std::min(lines, 6.0f) * ImGui::GetTextLineHeightWithSpacing() + ImGui::GetFrameHeightWithSpacing() +
                    ImGui::GetStyle().WindowPadding.y * 2;
    ImGui::BeginChild("##notice", ImVec2(0, h), true);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(m_text.data(), m_text.data() + m_text.size());
    ImGui::PopTextWrapPos();
    if (ImGui::Button(tr("Dismiss"))) m_text.clear();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

} // namespace lectern::ui
