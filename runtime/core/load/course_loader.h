// Loading a course folder (modules/ + content/) or any mix of course folders, module folders
// and single .md files into the document model, with every problem collected as a diagnostic.
//
// Promises: never throws, never crashes on any input (sizes are bounded, nesting is capped);
// a module with errors is still loaded as far as it can be, a module that cannot be read is
// left out; the result's Course is immutable and may be handed to another thread.
#pragma once
#include "course/document.h"

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace lectern {

struct LoadResult {
    std::shared_ptr<const Course> course;  // never null
    Diagnostics diagnostics;               // sorted by file (course.yaml, glossary, modules), line, column
    bool cancelled = false;                // `cancel` was set: the course is incomplete, do not show it
};

// Loads the course in `courseDir`: content/course.yaml (optional: without it the modules are
// the folders of modules/ in name order), content/glossary.md and every module, then checks
// references across the course (links between modules, glossary terms, duplicate ids).
// `cancel` (may be null) is polled between modules and between the steps of one module, so
// closing the window while a large course loads ends the load within one step.
LoadResult loadCourse(const std::filesystem::path& courseDir, const std::atomic<bool>* cancel = nullptr);

// What `lectern check` and `lectern inspect` take: each path is a course folder, a module
// folder (holding module.md) or a single .md file. A module inside a course is checked
// against the rest of its course (cross-module links, glossary), but only its own problems
// are reported and only it is in the result. File names in diagnostics keep the form the
// paths were given in (relative stays relative).
LoadResult loadPaths(const std::vector<std::string>& paths);

// What loadPaths would make of `path`, for messages and usage errors.
enum class PathKind { Missing, CourseFolder, ModuleFolder, MarkdownFile, OtherFolder, OtherFile };
PathKind classifyPath(const std::string& path);

} // namespace lectern
