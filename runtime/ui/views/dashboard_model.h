// DashboardModel: the state of the facilitator's dashboard table, without ImGui (tested on its
// own): the cells as text (made once when the room's figures arrive, never per frame), the
// row order of the chosen sort, the chosen row and column, and the group and session filter.
//
// Columns: Learner, Group, Session, then four per module of the course: status, best score,
// time on task, last activity. Sorting by a column orders by its value (a status in the
// order not started, in progress, failed, completed, passed; a missing score before every
// score), ties by learner name, then id: the order is total, so it never flickers.
// The chosen row follows its learner through a re-sort or a reload.
#pragma once
#include "report/room_figures.h"

#include <memory>
#include <string>
#include <vector>

namespace lectern::ui {

enum class DashboardField { Name, Group, Session, Status, Score, Time, LastActivity };

struct DashboardColumn {
    DashboardField field = DashboardField::Name;
    int module = -1;         // index into the figures' modules; -1: a learner column
    std::string header;      // "Status", "Score", ... (the module's title is drawn above)
};

class DashboardModel {
public:
    // New figures (a load or a reload under a filter): rebuilds the cells, keeps the sort and
    // the chosen learner (or the first row when they are gone).
    void take(std::shared_ptr<const report::RoomFigures> figures);
    bool hasFigures() const { return m_figures != nullptr; }
    const report::RoomFigures* figures() const { return m_figures.get(); }

    const std::vector<DashboardColumn>& columns() const { return m_columns; }
    int columnCount() const { return int(m_columns.size()); }
    size_t rowCount() const { return m_order.size(); }
    // Row in display order (after sorting).
    const std::string& cell(size_t row, int column) const;
    const report::LearnerFigures& learner(size_t row) const;
    report::Status status(size_t row, int column) const;  // of a module column; NotStarted otherwise
    // Per module column: "completed 3/10" under Status, "mean 72%" under Score; "" elsewhere.
    const std::string& total(int column) const;
    const std::string& moduleTitle(int module) const;
    const std::string& moduleId(int module) const;
    int moduleCount() const { return int(m_moduleTitles.size()); }

    // Sorting.
    void sortBy(int column, bool ascending);
    void toggleSort(int column);  // the sorted column again: reversed; another: ascending
    int sortColumn() const { return m_sortColumn; }
    bool sortAscending() const { return m_ascending; }

    // The keyboard's place: a row (-1 none) and a column.
    int selectedRow() const { return m_selected; }
    void selectRow(int row);
    void moveSelection(int delta);  // clamped; from none: the first row
    int selectedColumn() const { return m_column; }
    void moveColumn(int delta);     // clamped
    int selectedModule() const;     // the chosen column's module, else the first module (-1: none)
    LearnerId selectedLearner() const;

    // Filters: the choices the file has, the one chosen (0: all), as a RoomFilter for the load.
    void setChoices(std::vector<std::string> groups, std::vector<std::string> sessions);
    const std::vector<std::string>& groups() const { return m_groups; }
    const std::vector<std::string>& sessions() const { return m_sessions; }
    int groupChoice() const { return m_group; }      // 0: every group; i: groups()[i - 1]
    int sessionChoice() const { return m_session; }  // 0: every learner; i: sessions()[i - 1]
    void chooseGroup(int choice);
    void chooseSession(int choice);
    void cycleGroup(int delta);    // wraps around, through "every group"
    void cycleSession(int delta);
    report::RoomFilter filter() const;
    std::string filterLine() const;  // "Group: Team A · Session: every learner"

private:
    void rebuildCells();
    void resort();

    std::shared_ptr<const report::RoomFigures> m_figures;
    std::vector<DashboardColumn> m_columns;
    std::vector<std::string> m_moduleTitles, m_moduleIds;
    std::vector<std::vector<std::string>> m_cells;  // per learner (figures order), per column
    std::vector<std::string> m_totals;              // per column
    std::vector<size_t> m_order;                    // display row -> learner index
    int m_sortColumn = 0;
    bool m_ascending = true;
    int m_selected = -1;
    int m_column = 0;
    std::vector<std::string> m_groups, m_sessions;
    int m_group = 0, m_session = 0;
};

// The facilitator's words for a status (the dashboard, the detail).
const char* statusLabel(report::Status status);
std::string durationLabel(double seconds);      // "0 min", "12 min", "1 h 05 min"
std::string scoreLabel(std::optional<double> percent);  // "72%", "—" when none

} // namespace lectern::ui
