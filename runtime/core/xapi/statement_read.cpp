#include "xapi/statement_read.h"

#include "util/time_format.h"
#include "xapi/activity_iri.h"
#include "xapi/vocabulary.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace lectern::xapi {

using nlohmann::json;

namespace {

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// activity_iri.h's iriSegment undone: %XX back to its byte.
std::string percentDecode(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            int hi = hexDigit(s[i + 1]), lo = hexDigit(s[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out += char(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

std::vector<std::string> segments(std::string_view path) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= path.size()) {
        size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        out.push_back(percentDecode(path.substr(start, end - start)));
        start = end + 1;
    }
    return out;
}

bool isUuid(const std::string& s) {
    if (s.size() != 36) return false;
    for (size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
    }
    return true;
}

// Where the object is in the course: "" (the course), "settings", or module + kind + item.
struct Place {
    std::string what;  // "course", "settings", "section", "quiz", "question", "reflection"
    std::string moduleId, itemId, questionId;
};

std::optional<Place> placeOf(const std::string& objectId, const std::string& courseIri) {
    if (objectId == courseIri) return Place{"course"};
    if (objectId.size() <= courseIri.size() || objectId.compare(0, courseIri.size(), courseIri) != 0 ||
        objectId[courseIri.size()] != '/')
        return std::nullopt;
    std::vector<std::string> p = segments(std::string_view(objectId).substr(courseIri.size() + 1));
    if (p.size() == 1 && p[0] == "settings") return Place{"settings"};
    if (p.size() == 4 && p[0] == "modules") {
        if (p[2] == "sections") return Place{"section", p[1], p[3]};
        if (p[2] == "quizzes") return Place{"quiz", p[1], p[3]};
        if (p[2] == "reflections") return Place{"reflection", p[1], p[3]};
    }
    if (p.size() == 6 && p[0] == "modules" && p[2] == "quizzes" && p[4] == "questions") return Place{"question", p[1], p[3], p[5]};
    return std::nullopt;
}

std::optional<EventKind> kindOf(const std::string& verb, const Place& place) {
    namespace v = vocab;
    if (place.what == "section") {
        if (verb == v::experienced) return EventKind::SectionRead;
        if (verb == v::progressed) return EventKind::TimeOnTask;
        if (verb == v::suspended) return EventKind::ResumePoint;
        if (verb == v::bookmarked) return EventKind::Bookmark;
        if (verb == v::commented) return EventKind::Note;
    } else if (place.what == "quiz") {
        if (verb == v::passed || verb == v::failed) return EventKind::QuizAttempt;
        if (verb == v::progressed) return EventKind::QuizDraft;
    } else if (place.what == "reflection") {
        if (verb == v::responded) return EventKind::Reflection;
    } else if (place.what == "settings") {
        if (verb == v::adjusted) return EventKind::Settings;
    } else if (place.what == "course") {
        if (verb == v::initialized) return EventKind::Initialized;
        if (verb == v::terminated) return EventKind::Terminated;
        if (verb == v::completed) return EventKind::CourseCompleted;
        if (verb == v::passed) return EventKind::CoursePassed;
    }
    return std::nullopt;
}

// events.object_id as the writer builds it (command_writer objectIdOf): course/module/item.
std::string objectIdFor(const std::string& courseId, const Place& place) {
    if (place.what == "settings") return courseId + "/settings";
    std::string id = courseId;
    if (!place.moduleId.empty()) id += "/" + place.moduleId;
    if (!place.itemId.empty()) id += "/" + place.itemId;
    return id;
}

} // namespace

std::optional<ReadStatement> readStatement(std::string_view text, const StatementContext& context, std::string& why) {
    json s = json::parse(text, nullptr, false);
    if (!s.is_object()) {
        why = "not JSON, or not a statement object";
        return std::nullopt;
    }
    auto str = [](const json& j, const char* key) -> std::string {
        return j.is_object() && j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
    };
    ReadStatement r;
    r.event.uuid = str(s, "id");
    if (!isUuid(r.event.uuid)) {
        why = "no statement id (a UUID)";
        return std::nullopt;
    }
    const json actor = s.value("actor", json());
    r.event.learnerUuid = str(actor.value("account", json()), "name");
    if (!isUuid(r.event.learnerUuid)) {
        why = "the actor is not a Lectern learner (an account named by a UUID)";
        return std::nullopt;
    }
    const std::string verb = str(s.value("verb", json()), "id");
    const std::string objectId = str(s.value("object", json()), "id");
    std::optional<Place> place = placeOf(objectId, context.courseIri);
    if (!place) {
        why = "not a statement about the course " + context.courseIri;
        return std::nullopt;
    }
    std::optional<int64_t> ts = util::parseIsoTimestamp(str(s, "timestamp"));
    if (!ts) {
        why = "no timestamp, or not ISO 8601";
        return std::nullopt;
    }
    const json ctx = s.value("context", json());
    if (place->what == "question") {
        if (verb != vocab::answered) {
            why = "a question's statement that is not `answered`";
            return std::nullopt;
        }
        r.attemptId = str(ctx.value("statement", json()), "id");
        if (!isUuid(r.attemptId)) {
            why = "an answer without its quiz attempt (context.statement)";
            return std::nullopt;
        }
        r.event.timeMs = *ts;
        return r;
    }
    std::optional<EventKind> kind = kindOf(verb, *place);
    if (!kind) {
        why = "a verb Lectern does not record for this activity: " + verb;
        return std::nullopt;
    }
    r.event.courseId = context.courseId;
    r.event.moduleId = place->moduleId;
    r.event.itemId = place->itemId;
    r.event.kind = kindName(*kind);
    r.event.verb = verb;
    const json result = s.value("result", json::object());
    r.event.resultJson = (result.is_object() ? result : json::object()).dump(-1, ' ', false, json::error_handler_t::replace);
    r.event.timeMs = *ts;
    if (ctx.is_object() && ctx.contains("extensions") && ctx["extensions"].is_object())
        r.event.sessionId = str(ctx["extensions"], vocab::sessionIdExtension);
    r.objectId = objectIdFor(context.courseId, *place);
    return r;
}

} // namespace lectern::xapi
