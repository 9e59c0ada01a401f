// The store renders each record as an xAPI statement against the course on screen
// (xapi/statement.h). followCourseForStatements sets that context now and again after every
// reload, so a course.yaml edited to declare its `iri:` or `home_page:` applies to the next
// record without a restart.
#pragma once

namespace lectern {
class ProgressStore;
}

namespace lectern::session {

class CourseHandle;

// `store` must outlive `course` (the listener keeps a reference to it).
void followCourseForStatements(CourseHandle& course, ProgressStore& store);

} // namespace lectern::session
