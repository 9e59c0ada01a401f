// Checks that need the whole course: links between modules and to their anchors, glossary
// terms, prerequisites, and ids that must be unique across the course (modules, quizzes,
// reflections), that each module of a course with a manifest says when it was reviewed, and
// quiz settings that contradict each other (answers shown after a last attempt that never comes).
// Per-module problems are found by the module parser already.
#pragma once
#include "course/document.h"
#include "load/module_parser.h"

#include <string>
#include <vector>

namespace lectern {

// What the loader learnt about one module beyond the Module itself.
struct ModuleFacts {
    const Module* module = nullptr;
    const std::vector<ModuleRef>* refs = nullptr;
    const std::vector<std::string>* anchors = nullptr;  // sorted
};

struct CourseCheckInput {
    const Course* course = nullptr;
    std::vector<ModuleFacts> modules;                  // in course order
    std::vector<ModuleFacts> variants;                 // translations (module.<tag>.md): their links are checked too
    std::vector<std::string> modulesOnDiskNotInCourse;  // folder names under modules/ left out
    const std::vector<ModuleRef>* glossaryRefs = nullptr;
    std::string glossaryFile;
    bool hasGlossary = false;
};

void checkCourseReferences(const CourseCheckInput& in, Diagnostics& diags);

} // namespace lectern
