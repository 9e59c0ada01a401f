// Course outline as JSON. See inspect_json.h.
#include "export/inspect_json.h"

#include "xapi/activity_iri.h"

#include <nlohmann/json.hpp>

namespace lectern {

std::string inspectJson(const Course& course) {
    using json = nlohmann::ordered_json;
    const std::string courseIri = course.iri.empty() ? xapi::defaultCourseIri(course.id) : course.iri;
    json modules = json::array();
    for (const auto& mp : course.modules) {
        const Module& m = *mp;
        const std::string& mid = m.meta.id;
        json sections = json::array(), reflections = json::array(), quizzes = json::array();
        for (const Section& s : m.sections)
            sections.push_back({{"id", s.id}, {"iri", xapi::sectionIri(courseIri, mid, s.id)}, {"title", s.title}, {"line", s.pos.line}});
        for (const Reflection& r : m.reflections)
            reflections.push_back({{"id", r.id}, {"iri", xapi::reflectionIri(courseIri, mid, r.id)}, {"line", r.pos.line}});
        for (const Quiz& q : m.quizzes) {
            json questions = json::array();
            for (const Question& question : q.questions)
                questions.push_back({{"id", question.id},
                                     {"iri", xapi::questionIri(courseIri, mid, q.id, question.id)},
                                     {"type", questionTypeName(question.type)},
                                     {"line", question.pos.line}});
            quizzes.push_back({{"id", q.id}, {"iri", xapi::quizIri(courseIri, mid, q.id)}, {"line", q.pos.line}, {"questions", questions}});
        }
        modules.push_back({{"id", mid},
                           {"iri", xapi::moduleIri(courseIri, mid)},
                           {"title", m.meta.title},
                           {"reviewed", m.meta.reviewed ? json(formatIsoDate(*m.meta.reviewed)) : json(nullptr)},
                           {"file", m.file},
                           {"sections", sections},
                           {"reflections", reflections},
                           {"quizzes", quizzes},
                           {"words", m.words}});
    }
    json glossary = json::array();
    for (const GlossaryEntry& g : course.glossary) glossary.push_back({{"id", g.id}, {"term", g.term}});
    json root = {{"course", {{"id", course.id}, {"iri", courseIri}}}, {"modules", modules}, {"glossary", glossary}};
    // Invalid UTF-8 never reaches the model (the loader replaces it), but never throw here.
    return root.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace lectern
