#include "ui/views/dashboard_model.h"

#include "i18n/tr.h"

#include "util/time_format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lectern::ui {

using report::Status;

const char* statusLabel(Status status) {
    switch (status) {
    case Status::NotStarted: return tr("not started");
    case Status::InProgress: return tr("in progress");
    case Status::Failed: return tr("failed");
    case Status::Completed: return tr("completed");
    case Status::Passed: return tr("passed");
    }
    return tr("not started");
}

std::string durationLabel(double seconds) {
    long minutes = std::lround(std::max(0.0, seconds) / 60.0);
    if (minutes < 60) return formatText(trn("%ld min", "%ld min", minutes), minutes);
    return formatText(tr("%ld h %02ld min"), minutes / 60, minutes % 60);
}

std::string scoreLabel(std::optional<double> percent) {
    if (!percent) return "—";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f%%", *percent);
    return buf;
}

namespace {
const std::string kEmpty;
} // namespace

void DashboardModel::take(std::shared_ptr<const report::RoomFigures> figures) {
    const LearnerId keep = selectedLearner();
    m_figures = std::move(figures);
    rebuildCells();
    resort();
    m_selected = -1;
    for (size_t r = 0; r < m_order.size(); ++r)
        if (keep && learner(r).id == keep) m_selected = int(r);
    if (m_selected < 0 && !m_order.empty()) m_selected = 0;
    m_column = std::clamp(m_column, 0, std::max(0, columnCount() - 1));
}

void DashboardModel::rebuildCells() {
    m_columns = {{DashboardField::Name, -1, tr("Learner")}, {DashboardField::Group, -1, tr("Group")},
                 {DashboardField::Session, -1, tr("Session")}};
    m_moduleTitles.clear();
    m_moduleIds.clear();
    m_cells.clear();
    m_totals.clear();
    if (!m_figures) return;
    const auto& f = *m_figures;
    // Module titles from the first learner's figures; a room without learners from the totals.
    if (!f.learners.empty())
        for (const auto& m : f.learners.front().modules) {
            m_moduleTitles.push_back(m.title.empty() ? m.moduleId : m.title);
            m_moduleIds.push_back(m.moduleId);
        }
    else
        for (const auto& t : f.totals) {
            m_moduleTitles.push_back(t.moduleId);
            m_moduleIds.push_back(t.moduleId);
        }
    for (int m = 0; m < int(m_moduleIds.size()); ++m)
        for (auto [field, header] : {std::pair{DashboardField::Status, N_("Status")}, std::pair{DashboardField::Score, N_("Score")},
                                     std::pair{DashboardField::Time, N_("Time")},
                                     std::pair{DashboardField::LastActivity, N_("Last activity")}})
            m_columns.push_back({field, m, tr(header)});

    m_cells.resize(f.learners.size());
    for (size_t i = 0; i < f.learners.size(); ++i) {
        const auto& l = f.learners[i];
        auto& row = m_cells[i];
        row.reserve(m_columns.size());
        for (const auto& c : m_columns) {
            if (c.module < 0) {
                row.push_back(c.field == DashboardField::Name    ? l.fullName
                              : c.field == DashboardField::Group ? l.group
                                                                 : l.session);
                continue;
            }
            const report::Figures& fig = l.modules[size_t(c.module)].figures;
            switch (c.field) {
            case DashboardField::Status: row.push_back(statusLabel(fig.status)); break;
            case DashboardField::Score: row.push_back(scoreLabel(fig.scorePercent)); break;
            case DashboardField::Time: row.push_back(durationLabel(fig.secondsOnTask)); break;
            default: row.push_back(fig.lastActivityMs ? util::localDateMinutes(fig.lastActivityMs) : std::string(tr("never"))); break;
            }
        }
    }
    for (const auto& c : m_columns) {
        std::string text;
        if (c.module >= 0 && size_t(c.module) < f.totals.size()) {
            const report::ModuleTotals& t = f.totals[size_t(c.module)];
            if (c.field == DashboardField::Status)
                text = formatText(tr("completed %d/%d"), int(t.done()), int(t.learners));
            else if (c.field == DashboardField::Score)
                text = formatText(tr("mean %s"), scoreLabel(t.meanScorePercent).c_str());
            else if (c.field == DashboardField::Time)
                text = formatText(trn("%d failed", "%d failed", long(t.failed)), int(t.failed));
        } else if (c.field == DashboardField::Name) {
            text = formatText(trn("%d learner", "%d learners", long(f.learners.size())), int(f.learners.size()));
        }
        m_totals.push_back(std::move(text));
    }
}

void DashboardModel::resort() {
    m_order.resize(m_cells.size());
    for (size_t i = 0; i < m_order.size(); ++i) m_order[i] = i;
    if (!m_figures || m_columns.empty()) return;
    const auto& ls = m_figures->learners;
    const DashboardColumn c = m_columns[size_t(std::clamp(m_sortColumn, 0, columnCount() - 1))];
    // -1, 0, 1: the column's value alone.
    auto compare = [&](size_t a, size_t b) -> int {
        const auto& la = ls[a];
        const auto& lb = ls[b];
        auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
        switch (c.field) {
        case DashboardField::Name: return cmp(la.fullName, lb.fullName);
        case DashboardField::Group: return cmp(la.group, lb.group);
        case DashboardField::Session: return cmp(la.session, lb.session);
        default: break;
        }
        const report::Figures& fa = la.modules[size_t(c.module)].figures;
        const report::Figures& fb = lb.modules[size_t(c.module)].figures;
        switch (c.field) {
        case DashboardField::Status: return cmp(int(fa.status), int(fb.status));
        case DashboardField::Score: return cmp(fa.scorePercent.value_or(-1), fb.scorePercent.value_or(-1));
        case DashboardField::Time: return cmp(fa.secondsOnTask, fb.secondsOnTask);
        default: return cmp(fa.lastActivityMs, fb.lastActivityMs);
        }
    };
    std::sort(m_order.begin(), m_order.end(), [&](size_t a, size_t b) {
        int r = compare(a, b);
        if (r != 0) return m_ascending ? r < 0 : r > 0;
        if (ls[a].fullName != ls[b].fullName) return ls[a].fullName < ls[b].fullName;
        return ls[a].id < ls[b].id;
    });
}

const std::string& DashboardModel::cell(size_t row, int column) const {
    if (row >= m_order.size() || column < 0 || column >= columnCount()) return kEmpty;
    return m_cells[m_order[row]][size_t(column)];
}

const report::LearnerFigures& DashboardModel::learner(size_t row) const { return m_figures->learners[m_order[row]]; }

Status DashboardModel::status(size_t row, int column) const {
    if (row >= m_order.size() || column < 0 || column >= columnCount() || m_columns[size_t(column)].module < 0)
        return Status::NotStarted;
    return learner(row).modules[size_t(m_columns[size_t(column)].module)].figures.status;
}

const std::string& DashboardModel::total(int column) const {
    return column >= 0 && size_t(column) < m_totals.size() ? m_totals[size_t(column)] : kEmpty;
}

const std::string& DashboardModel::moduleTitle(int module) const {
    return module >= 0 && module < moduleCount() ? m_moduleTitles[size_t(module)] : kEmpty;
}

const std::string& DashboardModel::moduleId(int module) const {
    return module >= 0 && module < moduleCount() ? m_moduleIds[size_t(module)] : kEmpty;
}

void DashboardModel::sortBy(int column, bool ascending) {
    const LearnerId keep = selectedLearner();
    m_sortColumn = std::clamp(column, 0, std::max(0, columnCount() - 1));
    m_ascending = ascending;
    resort();
    for (size_t r = 0; r < m_order.size(); ++r)
        if (keep && learner(r).id == keep) m_selected = int(r);
}

void DashboardModel::toggleSort(int column) { sortBy(column, column == m_sortColumn ? !m_ascending : true); }

void DashboardModel::selectRow(int row) {
    m_selected = m_order.empty() ? -1 : std::clamp(row, 0, int(m_order.size()) - 1);
}

void DashboardModel::moveSelection(int delta) { selectRow(m_selected < 0 ? 0 : m_selected + delta); }

void DashboardModel::moveColumn(int delta) { m_column = std::clamp(m_column + delta, 0, std::max(0, columnCount() - 1)); }

int DashboardModel::selectedModule() const {
    if (m_column >= 0 && m_column < columnCount() && m_columns[size_t(m_column)].module >= 0)
        return m_columns[size_t(m_column)].module;
    return moduleCount() > 0 ? 0 : -1;
}

LearnerId DashboardModel::selectedLearner() const {
    if (!m_figures || m_selected < 0 || size_t(m_selected) >= m_order.size()) return 0;
    return learner(size_t(m_selected)).id;
}

void DashboardModel::setChoices(std::vector<std::string> groups, std::vector<std::string> sessions) {
    // Keep the chosen names where they still exist.
    std::string g = m_group > 0 && size_t(m_group) <= m_groups.size() ? m_groups[size_t(m_group - 1)] : "";
    std::string s = m_session > 0 && size_t(m_session) <= m_sessions.size() ? m_sessions[size_t(m_session - 1)] : "";
    m_groups = std::move(groups);
    m_sessions = std::move(sessions);
    auto find = [](const std::vector<std::string>& v, const std::string& name) {
        auto it = std::find(v.begin(), v.end(), name);
        return name.empty() || it == v.end() ? 0 : int(it - v.begin()) + 1;
    };
    m_group = find(m_groups, g);
    m_session = find(m_sessions, s);
}

void DashboardModel::chooseGroup(int choice) { m_group = std::clamp(choice, 0, int(m_groups.size())); }
void DashboardModel::chooseSession(int choice) { m_session = std::clamp(choice, 0, int(m_sessions.size())); }

void DashboardModel::cycleGroup(int delta) {
    const int n = int(m_groups.size()) + 1;
    m_group = ((m_group + delta) % n + n) % n;
}

void DashboardModel::cycleSession(int delta) {
    const int n = int(m_sessions.size()) + 1;
    m_session = ((m_session + delta) % n + n) % n;
}

report::RoomFilter DashboardModel::filter() const {
    report::RoomFilter f;
    if (m_group > 0) f.group = m_groups[size_t(m_group - 1)];
    if (m_session > 0) f.session = m_sessions[size_t(m_session - 1)];
    return f;
}

std::string DashboardModel::filterLine() const {
    report::RoomFilter f = filter();
    return formatText(tr("Group: %s · Session: %s"), f.group.empty() ? tr("every group") : f.group.c_str(),
                      f.session.empty() ? tr("every learner") : f.session.c_str());
}

} // namespace lectern::ui
