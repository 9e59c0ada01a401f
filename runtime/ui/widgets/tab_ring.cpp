#include "ui/widgets/tab_ring.h"

#include "ui/views/nav_focus.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace lectern::ui {

void TabRing::stop() {
    const ImGuiID id = ImGui::GetItemID();
    if (id == 0) return;
    if (m_request != 0 && !m_last.empty()) {
        // Resolved at the first stop of the frame, against the order the learner saw.
        const ImGuiID focused = ImGui::GetCurrentContext()->NavId;
        auto at = std::find(m_last.begin(), m_last.end(), focused);
        const long n = static_cast<long>(m_last.size());
        long i = at == m_last.end() ? (m_request > 0 ? 0 : n - 1) : (at - m_last.begin() + m_request + n) % n;
        m_target = m_last[static_cast<size_t>(i)];
        m_request = 0;
    }
    m_now.push_back(id);
    if (id == m_target) {
        focusLastItem();
        ImGui::ScrollToItem();  // a stop below the fold comes into view
        m_target = 0;
    }
}

void TabRing::endFrame() {
    m_last.swap(m_now);
    m_now.clear();
    if (m_request != 0 && m_last.empty()) m_request = 0;  // nothing to reach on this screen
    m_target = 0;  // a target the frame did not draw is dropped, not carried to another screen
}

} // namespace lectern::ui
