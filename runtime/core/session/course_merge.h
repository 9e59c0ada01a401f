// The author's live reload takes a freshly loaded course in module by module: a module whose
// new text has errors, or that can no longer be read (deleted, half-written, no permission),
// keeps its last good version on screen; the others are the new ones. Ids that the course no
// longer has are listed as orphaned: the store keeps their progress (never deleted), and it
// shows again when the id comes back.
#pragma once
#include "course/document.h"
#include "load/course_loader.h"

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace lectern::session {

struct MergedCourse {
    // What to swap in; null when the course on screen must stay whole (course.yaml has errors).
    std::shared_ptr<const Course> course;
    std::vector<std::string> keptModules;  // module ids showing their last good version
    Diagnostics diagnostics;               // the loader's, plus why a version was kept
};

// `shown`: the course on screen; `loaded`: loadCourse() of its folder now.
MergedCourse mergeReloadedCourse(const Course& shown, const LoadResult& loaded);

// Every stable id of `course` that progress can be kept under: "module", "module#section",
// "module/quiz:q", "module/quiz:q/question:x", "module/reflection:r".
std::set<std::string> progressIds(const Course& course);

} // namespace lectern::session
