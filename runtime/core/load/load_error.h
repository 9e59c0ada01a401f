// Typed errors of the loader that stop a load before it starts: a code for the program (the app
// exits 2 on a mistyped path, a command picks its exit code) and a message for the learner or
// author, saying what is wrong and what to do. Problems inside a course that loads are
// Diagnostics (course/diagnostic.h), collected rather than stopping.
#pragma once
#include <optional>
#include <string>

namespace lectern {

enum class LoadErrorCode {
    CourseFolderMissing,  // nothing at the path given as a course folder
    NotACourseFolder,     // a file, or a folder with neither modules/ nor content/course.yaml
};

struct LoadError {
    LoadErrorCode code;
    std::string message;  // one sentence naming the path and what to do
};

// Whether `path` can be opened as a course folder; `how` names the option the user gave it
// with (e.g. "--course DIR"), so the message says what to change.
std::optional<LoadError> courseFolderProblem(const std::string& path, const std::string& how);

} // namespace lectern
