// Index
//   [SECTION] Following the room service
//   [SECTION] Keys
//   [SECTION] Drawing
#include "ui/views/facilitator_dashboard_panel.h"

#include "i18n/tr.h"

#include "ui/keys.h"
#include "ui/views/dashboard_detail_views.h"
#include "ui/widgets/control_row.h"

#include <imgui.h>
#include <imgui_internal.h>  // TableSetColumnSortDirection: a sort chosen by key shows in the headers

#include <algorithm>

namespace lectern::ui {

//-----------------------------------------------------------------------------
// [SECTION] Following the room service
//-----------------------------------------------------------------------------

void FacilitatorDashboardPanel::open(session::RoomService& room, std::shared_ptr<const Course> course) {
    m_view = View::Table;
    m_focus = true;
    reload(room, course);
}

void FacilitatorDashboardPanel::reload(session::RoomService& room, const std::shared_ptr<const Course>& course) {
    room.load(course, m_model.filter());
}

void FacilitatorDashboardPanel::follow(session::RoomService& room) {
    if (room.serial() == m_serial) return;
    m_state = room.state();
    m_serial = m_state.serial;
    if (m_state.figures && m_state.figures.get() != m_taken) {
        m_model.setChoices(m_state.groups, m_state.sessions);
        m_model.take(m_state.figures);
        m_taken = m_state.figures.get();
        m_sortToTable = true;
    }
}

std::string FacilitatorDashboardPanel::location() const {
    // The table's state by numbers only (a log never gets a learner's or a group's name).
    switch (m_view) {
    case View::Learner: return "facilitator-dashboard-learner";
    case View::Items: return std::string("facilitator-dashboard-items(") + (m_allAttempts ? "all" : "first") + ")";
    default:
        return "facilitator-dashboard(sort " + std::to_string(m_model.sortColumn()) +
               (m_model.sortAscending() ? " asc" : " desc") + ", group " + std::to_string(m_model.groupChoice()) +
               ", session " + std::to_string(m_model.sessionChoice()) + ")";
    }
}

void FacilitatorDashboardPanel::openLearner(session::RoomService& room, int row) {
    if (row < 0 || size_t(row) >= m_model.rowCount()) return;
    m_model.selectRow(row);
    m_learner = m_model.learner(size_t(row)).id;
    m_view = View::Learner;
    m_focus = true;
    room.openLearner(m_learner);
}

void FacilitatorDashboardPanel::openItems(session::RoomService& room, int module) {
    if (module < 0 || module >= m_model.moduleCount()) return;
    m_module = module;
    m_view = View::Items;
    m_focus = true;
    room.openItemAnalysis(m_model.moduleId(module), m_allAttempts);
}

void FacilitatorDashboardPanel::back() {
    m_view = View::Table;
    m_focus = true;
    m_scrollToSelected = true;
}

//-----------------------------------------------------------------------------
// [SECTION] Keys
//-----------------------------------------------------------------------------

namespace {
bool pressed(int key, bool repeat = false) { return ImGui::IsKeyPressed(key, repeat); }
} // namespace

void FacilitatorDashboardPanel::handleTableKeys(session::RoomService& room, const std::shared_ptr<const Course>& course,
                                                int pageRows) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    const int before = m_model.selectedRow();
    if (pressed(keys::Down, true)) m_model.moveSelection(1);
    if (pressed(keys::Up, true)) m_model.moveSelection(-1);
    if (pressed(keys::Tab, true)) m_model.moveSelection(io.KeyShift ? -1 : 1);  // Tab walks the rows too
    if (pressed(keys::PageDown, true)) m_model.moveSelection(pageRows);
    if (pressed(keys::PageUp, true)) m_model.moveSelection(-pageRows);
    if (pressed(keys::Home)) m_model.selectRow(0);
    if (pressed(keys::End)) m_model.selectRow(int(m_model.rowCount()) - 1);
    if (pressed(keys::Right, true)) m_model.moveColumn(1);
    if (pressed(keys::Left, true)) m_model.moveColumn(-1);
    if (m_model.selectedRow() != before || pressed(keys::Right, true) || pressed(keys::Left, true))
        m_scrollToSelected = true;
    if (pressed(keys::letter('S'))) {
        m_model.toggleSort(m_model.selectedColumn());
        m_sortToTable = true;
        m_scrollToSelected = true;
    }
    if (pressed(keys::letter('G'))) {
        m_model.cycleGroup(io.KeyShift ? -1 : 1);
        reload(room, course);
    }
    if (pressed(keys::letter('N'))) {
        m_model.cycleSession(io.KeyShift ? -1 : 1);
        reload(room, course);
    }
    if (pressed(keys::function(5))) reload(room, course);
    if (pressed(keys::Enter) || pressed(keys::KeypadEnter)) openLearner(room, m_model.selectedRow());
    if (pressed(keys::letter('I'))) openItems(room, m_model.selectedModule());
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing
//-----------------------------------------------------------------------------

void FacilitatorDashboardPanel::drawFilters(const UiEnv& env, session::RoomService& room,
                                            const std::shared_ptr<const Course>& course) {
    const float px = ImGui::GetFontSize();
    ControlRow row(env.rightToLeft);
    auto combo = [&](const char* label, const char* all, const std::vector<std::string>& names, int choice,
                     auto choose) {
        row.next(labelledFrameWidth(px * 10, label));
        ImGui::SetNextItemWidth(px * 10);
        const char* shown = choice > 0 ? names[size_t(choice - 1)].c_str() : all;
        if (ImGui::BeginCombo(label, shown)) {
            for (int i = 0; i <= int(names.size()); ++i)
                if (ImGui::Selectable(i ? names[size_t(i - 1)].c_str() : all, i == choice)) {
                    choose(i);
                    reload(room, course);
                }
            ImGui::EndCombo();
        }
    };
    combo(tr("Group (G)"), tr("every group"), m_model.groups(), m_model.groupChoice(), [&](int i) { m_model.chooseGroup(i); });
    combo(tr("Session (N)"), tr("every learner"), m_model.sessions(), m_model.sessionChoice(),
          [&](int i) { m_model.chooseSession(i); });
    if (row.button(tr("Read again (F5)"))) reload(room, course);
    if (m_state.loading) {
        row.next(textWidth(tr("Reading the room…")));
        ImGui::TextDisabled("%s", tr("Reading the room…"));
    }
}

void FacilitatorDashboardPanel::drawTable(const UiEnv& env, session::RoomService& room,
                                          const std::shared_ptr<const Course>& course) {
    const float px = ImGui::GetFontSize();
    const int columns = m_model.columnCount();
    const float rowHeight = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().CellPadding.y * 2;
    const int pageRows = std::max(1, int(ImGui::GetContentRegionAvail().y / rowHeight) - 3);
    handleTableKeys(room, course, pageRows);
    if (m_view != View::Table) return;

    ImGui::TextDisabled(tr("%s. Enter: the learner; I: the chosen module's item analysis; S: sort by the chosen column."),
                        m_model.filterLine().c_str());
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("##dashboard", columns, flags)) return;
    ImGui::TableSetupScrollFreeze(1, 3);  // the learner's name, the module row, the headers, the totals
    for (int c = 0; c < columns; ++c) {
        const DashboardColumn& col = m_model.columns()[size_t(c)];
        ImGuiTableColumnFlags f = c == 0 ? ImGuiTableColumnFlags_DefaultSort : 0;
        const float w = col.module < 0                                 ? (c == 0 ? px * 12 : px * 6)
                        : col.field == DashboardField::Status          ? px * 8.5f  // "completed 120/130"
                        : col.field == DashboardField::Score           ? px * 7.0f  // "Item analysis"
                        : col.field == DashboardField::LastActivity    ? px * 7.5f
                                                                       : px * 5.2f;
        ImGui::PushID(c);
        ImGui::TableSetupColumn(col.header.c_str(), f, w);
        ImGui::PopID();
    }
    if (m_sortToTable) {  // a sort chosen by key (or kept through a reload) shows in the headers
        m_sortToTable = false;
        ImGui::TableSetColumnSortDirection(m_model.sortColumn(),
                                           m_model.sortAscending() ? ImGuiSortDirection_Ascending
                                                                   : ImGuiSortDirection_Descending,
                                           false);
    }
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        if (specs->SpecsCount > 0) {
            const ImGuiTableColumnSortSpecs& s = specs->Specs[0];
            if (s.ColumnIndex != m_model.sortColumn() ||
                (s.SortDirection == ImGuiSortDirection_Ascending) != m_model.sortAscending())
                m_model.sortBy(s.ColumnIndex, s.SortDirection == ImGuiSortDirection_Ascending);
        }
        specs->SpecsDirty = false;
    }

    // The module names over their four columns, each with its item analysis.
    ImGui::TableNextRow();
    for (int c = 0; c < columns; ++c) {
        const DashboardColumn& col = m_model.columns()[size_t(c)];
        if (col.module < 0) continue;
        ImGui::TableSetColumnIndex(c);
        ImGui::PushID(col.module);
        if (col.field == DashboardField::Status) ImGui::TextUnformatted(m_model.moduleTitle(col.module).c_str());
        if (col.field == DashboardField::Score && ImGui::SmallButton(tr("Item analysis"))) openItems(room, col.module);
        ImGui::PopID();
    }
    ImGui::TableHeadersRow();
    ImGui::TableNextRow();
    for (int c = 0; c < columns; ++c) {
        ImGui::TableSetColumnIndex(c);
        ImGui::TextDisabled("%s", m_model.total(c).c_str());
    }

    const ImU32 chosenRow = ImGui::GetColorU32(ImGuiCol_Header);
    const ImU32 chosenCell = ImGui::GetColorU32(ImGuiCol_HeaderActive);
    const int selected = m_model.selectedRow();
    ImGuiListClipper clipper;  // 1,000 learners: only the rows on screen are drawn
    clipper.Begin(int(m_model.rowCount()), rowHeight);
    if (m_scrollToSelected && selected >= 0) clipper.ForceDisplayRangeByIndices(selected, selected + 1);
    while (clipper.Step())
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            ImGui::TableNextRow(0, rowHeight);
            if (r == selected) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, chosenRow);
            for (int c = 0; c < columns; ++c) {
                ImGui::TableSetColumnIndex(c);
                const std::string& text = m_model.cell(size_t(r), c);
                if (c == 0) {
                    // A name is drawn as text, never as a label ("##" in a name must show).
                    ImGui::PushID(r);
                    if (ImGui::Selectable("##row", r == selected,
                                          ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
                        openLearner(room, r);
                    ImGui::PopID();
                    ImGui::SameLine(0, 0);
                    ImGui::TextUnformatted(text.c_str());
                } else {
                    const DashboardColumn& col = m_model.columns()[size_t(c)];
                    const report::Status st = m_model.status(size_t(r), c);
                    const bool warn = col.field == DashboardField::Status && st == report::Status::Failed;
                    const bool good = col.field == DashboardField::Status &&
                                      (st == report::Status::Passed || st == report::Status::Completed);
                    if (warn || good)
                        ImGui::PushStyleColor(ImGuiCol_Text,
                                              ImGui::ColorConvertU32ToFloat4(warn ? env.theme->wrong : env.theme->correct));
                    ImGui::TextUnformatted(text.c_str());
                    if (warn || good) ImGui::PopStyleColor();
                }
                if (r == selected && c == m_model.selectedColumn()) {
                    ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, chosenCell);
                    if (m_scrollToSelected) {
                        ImGui::SetScrollHereY(0.5f);
                        if (c > 0) ImGui::SetScrollHereX(0.5f);
                        m_scrollToSelected = false;
                    }
                }
            }
        }
    ImGui::EndTable();
}

void FacilitatorDashboardPanel::draw(const UiEnv& env, session::RoomService& room,
                                     const std::shared_ptr<const Course>& course, float width) {
    follow(room);
    if (m_focus) ImGui::SetNextWindowFocus();
    // Its own window without ImGui's navigation: the panel takes the arrows and Enter itself.
    ImGui::BeginChild("##dashboard-panel", ImVec2(width, 0), false, ImGuiWindowFlags_NoNavInputs);
    m_focus = false;
    if (!m_state.message.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(env.theme->wrong));
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(m_state.message.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    const ImGuiIO& io = ImGui::GetIO();
    const bool backKey = !io.WantTextInput && (pressed(keys::Escape) || pressed(keys::Backspace));
    if (m_view == View::Learner) {
        ControlRow row(env.rightToLeft);
        if (row.button(tr("Back to the table (Esc)")) || backKey) back();
        else if (m_state.detail && m_state.detail->figures.id == m_learner) drawLearnerDetail(env, *m_state.detail);
        else ImGui::TextDisabled("%s", tr("Reading…"));
    } else if (m_view == View::Items) {
        bool toggle = pressed(keys::letter('A'));
        ControlRow row(env.rightToLeft);
        if (row.button(tr("Back to the table (Esc)")) || backKey) back();
        if (row.radioButton(tr("First attempts"), !m_allAttempts) && m_allAttempts) toggle = true;
        if (row.radioButton(tr("All attempts (A)"), m_allAttempts) && !m_allAttempts) toggle = true;
        if (m_view == View::Items && toggle) {
            m_allAttempts = !m_allAttempts;
            openItems(room, m_module);
        }
        const std::string& id = m_model.moduleId(m_module);
        if (m_view != View::Items) {
        } else if (m_state.analysis && m_state.analysisModule == id && m_state.analysis->options.allAttempts == m_allAttempts)
            drawItemAnalysis(env, *m_state.analysis, id, m_model.moduleTitle(m_module));
        else
            ImGui::TextDisabled("%s", tr("Computing…"));
    }
    if (m_view == View::Table) {
        drawFilters(env, room, course);
        if (!m_model.hasFigures()) ImGui::TextDisabled("%s", tr("Reading the room…"));
        else drawTable(env, room, course);
    }
    ImGui::EndChild();
}

} // namespace lectern::ui
