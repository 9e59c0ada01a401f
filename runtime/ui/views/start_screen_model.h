// StartScreenModel: the start screen's list as rows, built from the profile service's state
// (taken once per change, never read from SQLite per frame) and the typed filter: a group's
// header, then its learners, then "New learner" when the facilitator allows it. Filtering runs
// over the names the service folded once (ProfileState::keys, session/name_filter.h), so a
// keystroke with 500 learners costs microseconds. No ImGui here: tests and benches drive it.
#pragma once
#include "session/name_filter.h"
#include "store/learner_repository.h"

#include <string>
#include <vector>

namespace lectern::ui {

struct StartRow {
    enum class Kind { Group, Learner, NewLearner };
    Kind kind = Kind::Learner;
    size_t profile = 0;  // Learner: index into profiles(); Group: the first learner of the group
};

class StartScreenModel {
public:
    void setProfiles(std::vector<store::LearnerProfile> profiles, std::vector<session::NameKey> keys,
                     bool allowNewLearners);
    // The typed text (UTF-8): words matched against the beginnings of the names' words.
    void setQuery(std::string typed);
    const std::string& query() const { return m_query; }

    const std::vector<StartRow>& rows() const { return m_rows; }
    const std::vector<store::LearnerProfile>& profiles() const { return m_profiles; }
    size_t matchCount() const { return m_matches; }
    bool allowNewLearners() const { return m_allowNew; }

    // The selected row (a learner or "New learner"; never a header); -1 when there is none.
    int selected() const { return m_selected; }
    const StartRow* selectedRow() const { return m_selected >= 0 ? &m_rows[size_t(m_selected)] : nullptr; }
    // Moves by `delta` choices (headers skipped), stopping at the ends.
    void move(int delta);
    void selectRow(int row);
    void selectLearner(LearnerId id);
    const store::LearnerProfile* find(LearnerId id) const;

private:
    void rebuild();

    std::vector<store::LearnerProfile> m_profiles;
    std::vector<session::NameKey> m_keys;
    bool m_allowNew = true;
    std::string m_query;
    std::vector<StartRow> m_rows;
    size_t m_matches = 0;
    int m_selected = -1;
    LearnerId m_selectedId = 0;  // kept across a new filter or a new list while still shown
};

} // namespace lectern::ui
