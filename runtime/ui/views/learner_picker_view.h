// LearnerPickerView: "Who is studying?" on a machine shared by several learners, with a
// "new learner" entry. Selecting goes through the store (ensureLearner / selectLearner).
#pragma once
#include "store/progress_store.h"
#include "ui/ui_env.h"

#include <string>
#include <vector>

namespace lectern::ui {

class LearnerPickerView {
public:
    // Returns true once a learner has been selected in the store.
    bool draw(const UiEnv& env, ProgressStore& store);
    void refresh(ProgressStore& store);

private:
    bool select(ProgressStore& store, LearnerId id, const std::string& courseId);

    std::vector<LearnerInfo> m_learners;
    bool m_loaded = false;
    char m_newName[128] = {};
    std::string m_error;
    bool m_focusPending = true;
};

} // namespace lectern::ui
