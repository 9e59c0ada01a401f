// FacilitatorDashboardPanel: facilitator mode's dashboard. A table of the room's learners by
// the course's modules (status, best score, time on task, last activity; totals per module),
// filtered by group and session, sorted by any column; a learner's row opens their detail
// (dashboard_learner_view), a module's "Item analysis" its questions (dashboard_items_view).
// The figures come from session::RoomService (its worker reads the file; never SQLite here),
// asked again each time the panel opens and when a filter changes. The table's state lives in
// DashboardModel (no ImGui); rows are drawn through a list clipper, cells are text made once.
//
// Keys (the panel takes them itself; ImGui's navigation stays out of the table):
//   Up/Down, Tab/Shift+Tab, Page Up/Page Down, Home/End  choose a learner  Left/Right  a column
//   Enter    open the learner            S  sort by the chosen column (again: reversed)
//   I        the chosen module's item analysis
//   G / Shift+G  next / previous group   N / Shift+N  next / previous session   F5  read again
//   In a learner or an item analysis: Esc or Backspace back to the table; A all attempts / first.
#pragma once
#include "session/room_service.h"
#include "ui/ui_env.h"
#include "ui/views/dashboard_model.h"

#include <memory>
#include <string>

namespace lectern::ui {

class FacilitatorDashboardPanel {
public:
    // The panel is shown: reads the room again (under the filter chosen before).
    void open(session::RoomService& room, std::shared_ptr<const Course> course);
    void draw(const UiEnv& env, session::RoomService& room, const std::shared_ptr<const Course>& course, float width);
    // True while a learner or an item analysis is open: Esc goes back to the table, not out.
    bool takesEscape() const { return m_view != View::Table; }
    // "facilitator-dashboard(sort 4 desc, group 1, session 0)" (column, group and session by
    // number), "facilitator-dashboard-learner", "facilitator-dashboard-items(first|all)".
    std::string location() const;
    const DashboardModel& model() const { return m_model; }

private:
    enum class View { Table, Learner, Items };
    void follow(session::RoomService& room);
    void handleTableKeys(session::RoomService& room, const std::shared_ptr<const Course>& course, int pageRows);
    void drawFilters(const UiEnv& env, session::RoomService& room, const std::shared_ptr<const Course>& course);
    void drawTable(const UiEnv& env, session::RoomService& room, const std::shared_ptr<const Course>& course);
    void openLearner(session::RoomService& room, int row);
    void openItems(session::RoomService& room, int module);
    void reload(session::RoomService& room, const std::shared_ptr<const Course>& course);
    void back();

    DashboardModel m_model;
    session::RoomState m_state;
    uint64_t m_serial = 0;
    const report::RoomFigures* m_taken = nullptr;  // the figures the model holds
    View m_view = View::Table;
    LearnerId m_learner = 0;
    int m_module = -1;
    bool m_allAttempts = false;
    bool m_focus = true;          // give the panel's window the keyboard next frame
    bool m_scrollToSelected = false;
    bool m_sortToTable = false;   // the model's sort changed by key: show it in the table's headers
};

} // namespace lectern::ui
