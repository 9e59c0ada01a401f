// Event -> xAPI statements. See statement.h for the shapes.
//
// Index
//   [SECTION] Kinds and context
//   [SECTION] Result: today's shape from any row
//   [SECTION] Objects and context activities
//   [SECTION] Statements
#include "xapi/statement.h"

#include "quiz/responses.h"
#include "quiz/scoring.h"
#include "store/store_clock.h"
#include "xapi/activity_iri.h"
#include "xapi/interaction.h"
#include "xapi/name_uuid.h"
#include "xapi/vocabulary.h"

#include <array>
#include <cctype>
#include <nlohmann/json.hpp>

namespace lectern::xapi {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

//-----------------------------------------------------------------------------
// [SECTION] Kinds and context
//-----------------------------------------------------------------------------

static constexpr std::array<std::pair<EventKind, const char*>, 13> kKindNames = {{
    {EventKind::SectionRead, "section_read"},
    {EventKind::TimeOnTask, "time_on_task"},
    {EventKind::ResumePoint, "resume_point"},
    {EventKind::QuizAttempt, "quiz_attempt"},
    {EventKind::QuizDraft, "quiz_draft"},
    {EventKind::Reflection, "reflection"},
    {EventKind::Bookmark, "bookmark"},
    {EventKind::Note, "note"},
    {EventKind::Settings, "settings"},
    {EventKind::Initialized, "initialized"},
    {EventKind::Terminated, "terminated"},
    {EventKind::CourseCompleted, "course_completed"},
    {EventKind::CoursePassed, "course_passed"},
}};

const char* kindName(EventKind kind) {
    for (const auto& [k, name] : kKindNames)
        if (k == kind) return name;
    return "unknown";
}

std::optional<EventKind> kindFromName(std::string_view name) {
    for (const auto& [k, n] : kKindNames)
        if (name == n) return k;
    return std::nullopt;
}

std::optional<EventKind> legacyKind(std::string_view verb, std::string_view resultJson) {
    if (verb == vocab::experienced) return EventKind::SectionRead;
    if (verb == vocab::suspended) return EventKind::ResumePoint;
    if (verb == vocab::answered || verb == vocab::passed || verb == vocab::failed) return EventKind::QuizAttempt;
    if (verb == vocab::responded) return EventKind::Reflection;
    if (verb == vocab::bookmarked) return EventKind::Bookmark;
    if (verb == vocab::commented) return EventKind::Note;
    if (verb == vocab::adjusted) return EventKind::Settings;
    if (verb == vocab::progressed) {  // time on task carries a duration; a quiz draft does not
        json r = json::parse(resultJson, nullptr, false);
        return r.is_object() && r.contains("duration") ? EventKind::TimeOnTask : EventKind::QuizDraft;
    }
    return std::nullopt;
}

// "en", "fr-CA", "zh-Hant": 2-8 letters, then "-" and 1-8 letters or digits per subtag.
// Anything else is "und" (undetermined), so a language map key is always a valid tag.
static std::string languageTag(const std::string& tag) {
    size_t i = 0;
    while (i < tag.size() && std::isalpha((unsigned char)tag[i])) ++i;
    if (i < 2 || i > 8) return "und";
    while (i < tag.size()) {
        if (tag[i++] != '-') return "und";
        size_t start = i;
        while (i < tag.size() && std::isalnum((unsigned char)tag[i])) ++i;
        if (i == start || i - start > 8) return "und";
    }
    return tag;
}

StatementContext contextForId(const std::string& courseId) {
    StatementContext c;
    c.courseId = courseId;
    c.courseIri = defaultCourseIri(courseId);
    c.homePage = defaultHomePage;
    return c;
}

StatementContext contextFor(std::shared_ptr<const Course> course) {
    if (!course) return contextForId("");
    StatementContext c = contextForId(course->id);
    if (!course->iri.empty()) c.courseIri = course->iri;
    if (!course->homePage.empty()) c.homePage = course->homePage;
    c.language = languageTag(course->language);
    c.course = std::move(course);
    return c;
}

std::string registrationOf(std::string_view learnerUuid, std::string_view courseIri) {
    return nameUuidV5(learnerUuid, std::string("registration:").append(courseIri));
}

std::string joinStatements(const std::vector<std::string>& statements) {
    std::string out;
    for (size_t i = 0; i < statements.size(); ++i) {
        if (i) out += '\n';
        out += statements[i];
    }
    return out;
}

std::vector<std::string> splitStatements(std::string_view column) {
    std::vector<std::string> out;
    while (!column.empty()) {
        size_t nl = column.find('\n');
        std::string_view line = column.substr(0, nl);
        if (!line.empty()) out.emplace_back(line);
        if (nl == std::string_view::npos) break;
        column.remove_prefix(nl + 1);
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Result: today's shape from any row
//-----------------------------------------------------------------------------

// Rows before v4 kept Lectern's names ("scrollY", "on", "settings") as extension keys and a
// quiz's answers as a JSON object in "response"; rows since then hold the statement's result
// itself. Both come out in today's shape.
static ojson resultOf(EventKind kind, const std::string& resultJson) {
    ojson r = ojson::parse(resultJson, nullptr, false);
    if (!r.is_object()) r = ojson::object();
    auto moveExtension = [&](const char* legacyKey, const char* iri) {
        if (!r.contains("extensions") || !r["extensions"].is_object()) return;
        ojson& ext = r["extensions"];
        if (ext.contains(legacyKey)) {
            ext[iri] = ext[legacyKey];
            ext.erase(legacyKey);
        }
    };
    switch (kind) {
    case EventKind::ResumePoint: moveExtension("scrollY", vocab::scrollExtension); break;
    case EventKind::Bookmark: moveExtension("on", vocab::bookmarkOnExtension); break;
    case EventKind::Settings: moveExtension("settings", vocab::settingsExtension); break;
    case EventKind::QuizAttempt:
    case EventKind::QuizDraft:
        if (r.contains("response")) {  // the answers object (or, when it was malformed, its text)
            r["extensions"][vocab::responsesExtension] = r["response"];
            r.erase("response");
        }
        break;
    default: break;
    }
    // A response is always a string (xAPI), whatever an older row held.
    if (r.contains("response") && !r["response"].is_string()) r["response"] = r["response"].dump();
    return r;
}

//-----------------------------------------------------------------------------
// [SECTION] Objects and context activities
//-----------------------------------------------------------------------------

static const Question* findQuestion(const Quiz& quiz, std::string_view id) {
    for (const Question& q : quiz.questions)
        if (q.id == id) return &q;
    return nullptr;
}

struct Render {
    const EventRecord& e;
    const StatementContext& c;
    const Module* module = nullptr;  // when the course model has it

    ojson name(const std::string& text) const { return ojson{{c.language, text}}; }

    ojson activity(const std::string& id, const char* type, const std::string& title = {},
                   const std::string& description = {}) const {
        ojson def = {{"type", type}};
        if (!title.empty()) def["name"] = name(title);
        if (!description.empty()) def["description"] = name(description);
        return ojson{{"objectType", "Activity"}, {"id", id}, {"definition", def}};
    }
    ojson courseActivity() const {
        return activity(c.courseIri, vocab::courseType, c.course ? c.course->title : std::string());
    }
    ojson moduleActivity() const {
        return activity(moduleIri(c.courseIri, e.moduleId), vocab::moduleType, module ? module->meta.title : std::string());
    }
    ojson sectionActivity() const {
        const Section* s = module ? module->findSection(e.itemId) : nullptr;
        return activity(sectionIri(c.courseIri, e.moduleId, e.itemId), vocab::sectionType, s ? s->title : std::string());
    }
    ojson quizActivity() const {
        const Quiz* q = module ? module->findQuiz(e.itemId) : nullptr;
        return activity(quizIri(c.courseIri, e.moduleId, e.itemId), vocab::assessmentType,
                        q ? (q->title.empty() ? q->id : q->title) : std::string());
    }
    ojson reflectionActivity() const {
        ojson a = activity(reflectionIri(c.courseIri, e.moduleId, e.itemId), vocab::interactionType);
        a["definition"]["interactionType"] = "long-fill-in";
        if (const Reflection* r = module ? module->findReflection(e.itemId) : nullptr; r && !r->prompt.empty())
            a["definition"]["description"] = name(r->prompt);
        return a;
    }

    ojson actor() const {
        return ojson{{"objectType", "Agent"}, {"account", {{"homePage", c.homePage}, {"name", e.learnerUuid}}}};
    }
    static ojson verb(const char* iri) {
        std::string_view v(iri);
        return ojson{{"id", iri}, {"display", {{"en-US", std::string(v.substr(v.rfind('/') + 1))}}}};
    }
    ojson context(ojson parents, ojson grouping) const {
        ojson ctx = {{"registration", registrationOf(e.learnerUuid, c.courseIri)},
                     {"platform", vocab::platform},
                     {"language", c.language}};
        ojson acts = ojson::object();
        if (!parents.empty()) acts["parent"] = std::move(parents);
        if (!grouping.empty()) acts["grouping"] = std::move(grouping);
        if (!acts.empty()) ctx["contextActivities"] = std::move(acts);
        if (!e.sessionId.empty()) ctx["extensions"] = {{vocab::sessionIdExtension, e.sessionId}};
        return ctx;
    }
    // Context activities are referenced by id only (their definitions travel in their own statements).
    static ojson ref(const ojson& activity) { return ojson{{"objectType", "Activity"}, {"id", activity["id"]}}; }

    std::string statement(const std::string& id, const char* verbIri, const ojson& object, ojson result, ojson ctx) const {
        ojson s = {{"id", id}, {"actor", actor()}, {"verb", verb(verbIri)}, {"object", object}};
        if (!result.empty()) s["result"] = std::move(result);
        s["context"] = std::move(ctx);
        s["timestamp"] = store::isoUtc(e.timeMs);
        return s.dump(-1, ' ', false, ojson::error_handler_t::replace);
    }

    //-------------------------------------------------------------------------
    // [SECTION] Statements
    //-------------------------------------------------------------------------

    std::vector<std::string> render(EventKind kind) const {
        ojson result = resultOf(kind, e.resultJson);
        ojson inModule = ojson::array({ref(moduleActivity())}), inCourse = ojson::array({ref(courseActivity())});
        switch (kind) {
        case EventKind::SectionRead: return {statement(e.uuid, vocab::experienced, sectionActivity(), result, context(inModule, inCourse))};
        case EventKind::TimeOnTask: return {statement(e.uuid, vocab::progressed, sectionActivity(), result, context(inModule, inCourse))};
        case EventKind::ResumePoint: return {statement(e.uuid, vocab::suspended, sectionActivity(), result, context(inModule, inCourse))};
        case EventKind::Bookmark: return {statement(e.uuid, vocab::bookmarked, sectionActivity(), result, context(inModule, inCourse))};
        case EventKind::Note: return {statement(e.uuid, vocab::commented, sectionActivity(), result, context(inModule, inCourse))};
        case EventKind::Reflection: return {statement(e.uuid, vocab::responded, reflectionActivity(), result, context(inModule, inCourse))};
        case EventKind::QuizDraft: return {statement(e.uuid, vocab::progressed, quizActivity(), result, context(inModule, inCourse))};
        case EventKind::Settings:
            return {statement(e.uuid, vocab::adjusted, activity(settingsIri(c.courseIri), vocab::settingsType), result,
                              context(inCourse, ojson::array()))};
        case EventKind::QuizAttempt: return quizAttempt(std::move(result), inModule, inCourse);
        case EventKind::Initialized:
        case EventKind::Terminated:
            return {statement(e.uuid, kind == EventKind::Initialized ? vocab::initialized : vocab::terminated,
                              courseActivity(), result, context(ojson::array(), ojson::array()))};
        case EventKind::CourseCompleted:
        case EventKind::CoursePassed: {
            ojson ctx = context(ojson::array(), ojson::array());
            ctx["contextActivities"]["category"] = ojson::array({{{"objectType", "Activity"}, {"id", vocab::moveOnCategory}}});
            return {statement(e.uuid, kind == EventKind::CoursePassed ? vocab::passed : vocab::completed,
                              courseActivity(), result, std::move(ctx))};
        }
        }
        return {};
    }

    std::vector<std::string> quizAttempt(ojson result, const ojson& inModule, const ojson& inCourse) const {
        const bool passed = result.value("success", false);
        std::vector<std::string> out = {
            statement(e.uuid, passed ? vocab::passed : vocab::failed, quizActivity(), result, context(inModule, inCourse))};
        ojson answers = result.contains("extensions") ? result["extensions"].value(vocab::responsesExtension, ojson()) : ojson();
        if (!answers.is_object()) return out;

        const Quiz* quiz = module ? module->findQuiz(e.itemId) : nullptr;
        quiz::Responses typed;
        if (quiz) typed = quiz::responsesFromJson(*quiz, answers.dump());
        ojson parent = ojson::array({ref(quizActivity())});
        ojson grouping = ojson::array({ref(moduleActivity()), ref(courseActivity())});
        auto one = [&](const std::string& questionId, const ojson& raw) {
            const Question* q = quiz ? findQuestion(*quiz, questionId) : nullptr;
            ojson object = activity(questionIri(c.courseIri, e.moduleId, e.itemId, questionId), vocab::interactionType);
            ojson r;
            auto t = typed.find(questionId);
            if (q && t != typed.end()) {
                object["definition"] = interactionDefinition(*q, c.language);
                quiz::QuestionResult scored = quiz::scoreQuestion(*q, t->second);
                r["response"] = cmiResponse(*q, t->second);
                r["success"] = scored.correct;
                if (scored.maxPoints > 0)
                    r["score"] = {{"raw", scored.points}, {"min", 0}, {"max", scored.maxPoints}, {"scaled", scored.points / scored.maxPoints}};
            } else {  // the question left the course, or the answer no longer fits it
                r["response"] = cmiResponseFromJson(json::parse(raw.dump(), nullptr, false));
            }
            ojson ctx = context(parent, grouping);
            ctx["statement"] = {{"objectType", "StatementRef"}, {"id", e.uuid}};
            out.push_back(statement(nameUuidV5(e.uuid, questionId), vocab::answered, object, r, ctx));
        };
        if (quiz) {  // in quiz order, then any answer to a question the quiz no longer has
            for (const Question& q : quiz->questions)
                if (answers.contains(q.id)) one(q.id, answers[q.id]);
            for (const auto& [id, raw] : answers.items())
                if (!findQuestion(*quiz, id)) one(id, raw);
        } else {
            for (const auto& [id, raw] : answers.items()) one(id, raw);
        }
        return out;
    }
};

std::vector<std::string> renderStatements(const EventRecord& event, const StatementContext& context) {
    std::optional<EventKind> kind = kindFromName(event.kind);
    if (!kind) kind = legacyKind(event.verb, event.resultJson);
    if (!kind) return {};
    Render r{event, context};
    if (context.course && context.course->id == event.courseId) r.module = context.course->findModule(event.moduleId);
    try {
        return r.render(*kind);
    } catch (const std::exception&) {  // nlohmann on a value of an unexpected type: never throw
        return {};
    }
}

} // namespace lectern::xapi
