// The course's outcome statements (cmi5's moveon: completed, passed) for the learner on
// screen. The UI asks after each change of the learner's progress; each outcome is submitted
// once per learner and run, and the writer keeps at most one per learner and course, so a
// completion seen again at every sign-in is still recorded once.
#pragma once
#include "course/document.h"
#include "store/progress.h"

#include <vector>

namespace lectern::session {

class CourseOutcomes {
public:
    void reset() { m_completed = m_passed = false; }  // another learner is on screen
    // The outcomes reached and not yet asked for in this run.
    std::vector<RecordCourseOutcome> due(const Course& course, const ProgressSnapshot& progress);

private:
    bool m_completed = false;
    bool m_passed = false;
};

} // namespace lectern::session
