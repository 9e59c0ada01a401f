#include "load/load_error.h"

#include "load/course_loader.h"

namespace lectern {

std::optional<LoadError> courseFolderProblem(const std::string& path, const std::string& how) {
    switch (classifyPath(path)) {
    case PathKind::CourseFolder:
        return std::nullopt;
    case PathKind::Missing:
        return LoadError{LoadErrorCode::CourseFolderMissing,
                         "there is no course folder at " + path + "; pass " + how + " with a folder that holds modules/ (and content/)"};
    default:
        return LoadError{LoadErrorCode::NotACourseFolder,
                         path + " is not a course folder (one holding modules/ or content/course.yaml); pass " + how + "."};
    }
}

} // namespace lectern
