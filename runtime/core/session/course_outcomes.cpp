#include "session/course_outcomes.h"

#include "progress_rules/progress_rules.h"

namespace lectern::session {

std::vector<RecordCourseOutcome> CourseOutcomes::due(const Course& course, const ProgressSnapshot& progress) {
    std::vector<RecordCourseOutcome> out;
    if (m_passed) return out;
    if (!courseProgress(course, progress).complete) return out;
    if (!m_completed) {
        m_completed = true;
        out.push_back({CourseOutcome::Completed});
    }
    if (allQuizzesPassed(course, progress)) {  // complete already: courseProgress once per change
        m_passed = true;
        out.push_back({CourseOutcome::Passed});
    }
    return out;
}

} // namespace lectern::session
