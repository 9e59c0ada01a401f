#include "ui/views/start_screen_model.h"

namespace lectern::ui {

void StartScreenModel::setProfiles(std::vector<store::LearnerProfile> profiles, std::vector<session::NameKey> keys,
                                   bool allowNewLearners) {
    m_profiles = std::move(profiles);
    m_keys = std::move(keys);
    m_keys.resize(m_profiles.size());  // a key per profile, whatever the caller gave
    m_allowNew = allowNewLearners;
    rebuild();
}

void StartScreenModel::setQuery(std::string typed) {
    m_query = std::move(typed);
    m_selectedId = 0;  // a new filter starts at its first match
    rebuild();
}

void StartScreenModel::rebuild() {
    const std::vector<std::string> words = session::queryWords(m_query);
    m_rows.clear();
    m_matches = 0;
    // Headers only when the machine has groups at all (one class of twenty needs none).
    bool grouped = false;
    for (const store::LearnerProfile& p : m_profiles) grouped = grouped || !p.group.empty();
    const std::string* lastGroup = nullptr;
    for (size_t i = 0; i < m_profiles.size(); ++i) {
        if (!session::matchesQuery(m_keys[i], words)) continue;
        const std::string& group = m_profiles[i].group;
        if (grouped && (!lastGroup || *lastGroup != group)) m_rows.push_back({StartRow::Kind::Group, i});
        lastGroup = &group;
        m_rows.push_back({StartRow::Kind::Learner, i});
        ++m_matches;
    }
    if (m_allowNew) m_rows.push_back({StartRow::Kind::NewLearner, 0});
    m_selected = -1;
    if (m_selectedId) selectLearner(m_selectedId);
    if (m_selected < 0) move(0);
}

void StartScreenModel::move(int delta) {
    const int n = static_cast<int>(m_rows.size());
    auto choice = [&](int r) { return r >= 0 && r < n && m_rows[size_t(r)].kind != StartRow::Kind::Group; };
    int r = m_selected;
    if (r < 0) {  // nothing selected yet: the first choice
        r = 0;
        while (r < n && !choice(r)) ++r;
        if (r < n) selectRow(r);
        return;
    }
    const int step = delta < 0 ? -1 : 1;
    for (int left = delta < 0 ? -delta : delta; left > 0; --left) {
        int next = r + step;
        while (next >= 0 && next < n && !choice(next)) next += step;
        if (!choice(next)) break;
        r = next;
    }
    selectRow(r);
}

void StartScreenModel::selectRow(int row) {
    if (row < 0 || row >= static_cast<int>(m_rows.size()) || m_rows[size_t(row)].kind == StartRow::Kind::Group) return;
    m_selected = row;
    const StartRow& r = m_rows[size_t(row)];
    m_selectedId = r.kind == StartRow::Kind::Learner ? m_profiles[r.profile].id : 0;
}

void StartScreenModel::selectLearner(LearnerId id) {
    for (size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].kind == StartRow::Kind::Learner && m_profiles[m_rows[r].profile].id == id) {
            selectRow(static_cast<int>(r));
            return;
        }
}

const store::LearnerProfile* StartScreenModel::find(LearnerId id) const {
    for (const store::LearnerProfile& p : m_profiles)
        if (p.id == id) return &p;
    return nullptr;
}

} // namespace lectern::ui
