// A small course built in code for store and report tests: the real document model, without
// depending on the Markdown loader.
#pragma once
#include "course/document.h"

#include <memory>
#include <string>
#include <vector>

namespace store_test {

struct ModuleSpec {
    std::string id;
    std::vector<std::string> sections;
    std::vector<std::string> quizzes;
    std::vector<std::string> reflections;
};

inline std::shared_ptr<const lectern::Module> makeModule(const ModuleSpec& spec) {
    auto m = std::make_shared<lectern::Module>();
    m->meta.id = spec.id;
    m->meta.title = "Module " + spec.id;
    for (const auto& s : spec.sections) {
        lectern::Section section;
        section.id = s;
        section.title = "Section " + s;
        m->sections.push_back(section);
    }
    for (const auto& q : spec.quizzes) {
        lectern::Quiz quiz;
        quiz.id = q;
        quiz.title = "Quiz " + q;
        quiz.sectionId = spec.sections.empty() ? "" : spec.sections.back();
        lectern::Question question;
        question.id = q + "-q1";
        quiz.questions.push_back(question);
        m->quizzes.push_back(quiz);
    }
    for (const auto& r : spec.reflections) {
        lectern::Reflection reflection;
        reflection.id = r;
        reflection.prompt = "Prompt " + r;
        m->reflections.push_back(reflection);
    }
    return m;
}

inline lectern::Course makeCourse(const std::string& id, const std::vector<ModuleSpec>& modules) {
    lectern::Course c;
    c.id = id;
    c.title = "Course " + id;
    for (const auto& spec : modules) c.modules.push_back(makeModule(spec));
    c.completion.sectionsRead = 1.0;
    c.completion.quizzesPassed = true;
    return c;
}

} // namespace store_test
