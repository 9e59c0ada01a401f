// `lectern new module ID [--course DIR]`: a module folder with the template of every block
// (authoring/module_template.h), added to the end of content/course.yaml's `modules:` list.
// course.yaml is edited as text, one line added, so its comments and layout stay as written;
// the result is read back with the real loader and undone if the course does not list the
// module afterwards.
#pragma once
#include <optional>
#include <string>

namespace lectern {

struct NewModuleResult {
    enum class Status {
        Created,
        BadId,        // not a valid module id
        Exists,       // a folder, a file or a course.yaml entry with that id is already there
        BadCourse,    // the course folder is missing or not a course
        Failed,       // writing failed, or course.yaml could not be edited (nothing is left behind)
    };
    Status status = Status::Failed;
    std::string message;     // for the author: what happened or what to do
    std::string moduleFile;  // Created: <course>/modules/ID/module.md
    bool listed = false;     // Created: course.yaml now lists it (false: the course has no manifest
                             // or no modules: list, and takes every folder)
};

NewModuleResult createModule(const std::string& courseDir, const std::string& id);

// `yaml` (a course.yaml) with `id` added at the end of its top-level `modules:` list, in the
// list's own style (block "  - id" or one-line "[a, b]"), every other line as it was; nullopt
// when it has no such list.
std::optional<std::string> addToModulesList(const std::string& yaml, const std::string& id);

} // namespace lectern
