#include "session/statement_context_follow.h"

#include "session/course_handle.h"
#include "store/progress_store.h"
#include "xapi/statement.h"

#include <memory>

namespace lectern::session {

namespace {
void setContext(ProgressStore& store, const std::shared_ptr<const Course>& course) {
    store.setStatementContext(std::make_shared<const xapi::StatementContext>(xapi::contextFor(course)));
}
} // namespace

void followCourseForStatements(CourseHandle& course, ProgressStore& store) {
    setContext(store, course.course());
    course.onReplaced([&store](const CourseVersion& now) { setContext(store, now.course); });
}

} // namespace lectern::session
