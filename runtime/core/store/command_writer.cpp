// Index
//   [SECTION] Shapes: kinds, verbs and object ids
//   [SECTION] Event rows and their statements
//   [SECTION] State rows, one function per command
//   [SECTION] Commands back from their events
//   [SECTION] writeCommands
#include "store/command_writer.h"
#include "store/statements.h"

#include "store/store_clock.h"

#include "xapi/vocabulary.h"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>
#include <optional>
#include <sqlite3.h>

namespace lectern::store {

using nlohmann::json;

//-----------------------------------------------------------------------------
// [SECTION] Shapes: kinds, verbs and object ids
//-----------------------------------------------------------------------------

using xapi::EventKind;
using xapi::kindName;
namespace vocab = xapi::vocab;

CommandShape shapeOf(const ProgressCommand& command) {
    struct Visitor {
        CommandShape operator()(const MarkSectionRead& c) const { return {kindName(EventKind::SectionRead), vocab::experienced, c.section.moduleId, c.section.sectionId}; }
        CommandShape operator()(const AddTimeOnTask& c) const { return {kindName(EventKind::TimeOnTask), vocab::progressed, c.section.moduleId, c.section.sectionId}; }
        CommandShape operator()(const SaveResume& c) const { return {kindName(EventKind::ResumePoint), vocab::suspended, c.section.moduleId, c.section.sectionId}; }
        CommandShape operator()(const RecordQuizAttempt& c) const { return {kindName(EventKind::QuizAttempt), c.passed ? vocab::passed : vocab::failed, c.moduleId, c.quizId}; }
        CommandShape operator()(const SaveReflection& c) const { return {kindName(EventKind::Reflection), vocab::responded, c.moduleId, c.reflectionId}; }
        CommandShape operator()(const SetBookmark& c) const { return {kindName(EventKind::Bookmark), vocab::bookmarked, c.section.moduleId, c.section.sectionId}; }
        CommandShape operator()(const SaveNote& c) const { return {kindName(EventKind::Note), vocab::commented, c.section.moduleId, c.section.sectionId}; }
        CommandShape operator()(const SaveSettings&) const { return {kindName(EventKind::Settings), vocab::adjusted, "", ""}; }
        CommandShape operator()(const SaveQuizDraft& c) const { return {kindName(EventKind::QuizDraft), vocab::progressed, c.moduleId, c.quizId}; }
        // Not an event (writeCommands keeps it in text_drafts only): a shape for the log line.
        CommandShape operator()(const KeepTextDraft& c) const { return {"text_draft", "", c.moduleId, c.itemId}; }
        CommandShape operator()(const StartSitting&) const { return {kindName(EventKind::Initialized), vocab::initialized, "", ""}; }
        CommandShape operator()(const EndSitting&) const { return {kindName(EventKind::Terminated), vocab::terminated, "", ""}; }
        CommandShape operator()(const RecordCourseOutcome& c) const {
            return c.outcome == CourseOutcome::Passed ? CommandShape{kindName(EventKind::CoursePassed), vocab::passed, "", ""}
                                                      : CommandShape{kindName(EventKind::CourseCompleted), vocab::completed, "", ""};
        }
    };
    return std::visit(Visitor{}, command);
}

static bool isSitting(const ProgressCommand& command) {
    return std::holds_alternative<StartSitting>(command) || std::holds_alternative<EndSitting>(command);
}

std::string objectIdOf(const std::string& courseId, const CommandShape& shape) {
    std::string id = courseId;
    if (!shape.moduleId.empty()) id += "/" + shape.moduleId;
    if (!shape.itemId.empty()) id += "/" + shape.itemId;
    if (shape.moduleId.empty() && shape.itemId.empty() && shape.what == std::string_view(kindName(EventKind::Settings)))
        id += "/settings";
    return id;
}

//-----------------------------------------------------------------------------
// [SECTION] Event rows and their statements
//-----------------------------------------------------------------------------

// Parsed JSON when the text is JSON, else the text itself: a malformed response from the UI is
// still the learner's answer and is kept as written.
static json jsonOrText(const std::string& text) {
    json parsed = json::parse(text, nullptr, false);
    return parsed.is_discarded() ? json(text) : parsed;
}

static std::string isoDuration(double seconds) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "PT%.3fS", seconds);
    return buf;
}

// The xAPI "result" of the event's statement (xapi/statement.h): stored in events.result and
// rendered into the statement as it is. A response is always a string; a quiz's answers travel
// as an extension in Lectern's own form.
static json resultOf(const ProgressCommand& command) {
    struct Visitor {
        json operator()(const MarkSectionRead&) const { return {{"completion", true}}; }
        json operator()(const AddTimeOnTask& c) const { return {{"duration", isoDuration(std::max(c.seconds, 0.0))}}; }
        json operator()(const SaveResume& c) const { return {{"extensions", {{vocab::scrollExtension, c.scrollY}}}}; }
        json operator()(const RecordQuizAttempt& c) const {
            double scaled = c.maxScore > 0 ? c.score / c.maxScore : 0;
            return {{"score", {{"raw", c.score}, {"min", 0}, {"max", c.maxScore}, {"scaled", scaled}}},
                    {"success", c.passed},
                    {"completion", true},
                    {"extensions", {{vocab::responsesExtension, jsonOrText(c.responsesJson)}}}};
        }
        json operator()(const SaveReflection& c) const { return {{"response", c.text}}; }
        json operator()(const SetBookmark& c) const { return {{"extensions", {{vocab::bookmarkOnExtension, c.on}}}}; }
        json operator()(const SaveNote& c) const { return {{"response", c.text}}; }
        json operator()(const SaveSettings& c) const { return {{"extensions", {{vocab::settingsExtension, jsonOrText(c.json)}}}}; }
        json operator()(const SaveQuizDraft& c) const {
            return {{"completion", false}, {"extensions", {{vocab::responsesExtension, jsonOrText(c.responsesJson)}}}};
        }
        json operator()(const KeepTextDraft&) const { return json::object(); }  // never an event
        json operator()(const StartSitting&) const { return json::object(); }
        json operator()(const EndSitting& c) const { return {{"duration", isoDuration(std::max(c.seconds, 0.0))}}; }
        json operator()(const RecordCourseOutcome& c) const {
            if (c.outcome == CourseOutcome::Passed) return {{"success", true}, {"completion", true}};
            return {{"completion", true}};
        }
    };
    return std::visit(Visitor{}, command);
}

// The statements of the event, rendered once from the row about to be stored; NULL (an empty
// optional) when the command carries no course context: the row is rendered when read.
static std::optional<std::string> statementsOf(SqliteDb& db, const QueuedCommand& q, const CommandShape& shape,
                                               const std::string& result) {
    if (!q.context) return std::nullopt;
    SqliteStmt learner(db, statement("learner_uuid"));
    learner.bind(1, q.learner);
    if (learner.step() != SQLITE_ROW) return std::nullopt;
    xapi::EventRecord row{q.uuid, learner.columnText(0), q.courseId, shape.moduleId, shape.itemId, shape.what,
                          shape.verb, result, q.timeMs, q.sessionId};
    std::vector<std::string> statements = xapi::renderStatements(row, *q.context);
    if (statements.empty() || row.learnerUuid.empty()) return std::nullopt;
    return xapi::joinStatements(statements);
}

// Returns the new event's seq, 0 on failure, or -1 when an event with this uuid is already
// stored: the command was saved before (a replayed unsaved-commands file), so writing it
// again must change nothing.
static int64_t insertEvent(SqliteDb& db, const QueuedCommand& q, const CommandShape& shape) {
    const std::string result = resultOf(q.command).dump(-1, ' ', false, json::error_handler_t::replace);
    const std::optional<std::string> statements = statementsOf(db, q, shape, result);
    SqliteStmt stmt(db, statement("insert_event"));
    stmt.bind(1, q.uuid).bind(2, q.learner).bind(3, q.courseId).bind(4, shape.moduleId).bind(5, shape.itemId);
    stmt.bind(6, objectIdOf(q.courseId, shape)).bind(7, std::string_view(shape.verb));
    stmt.bind(8, result).bind(9, q.timeMs).bind(10, std::string_view(shape.what));
    if (statements) stmt.bind(11, *statements);
    else stmt.bindNull(11);
    if (stmt.step() != SQLITE_DONE) return 0;
    return db.changes() == 0 ? -1 : db.lastInsertRowId();
}

//-----------------------------------------------------------------------------
// [SECTION] State rows, one function per command
//-----------------------------------------------------------------------------

struct StateWriter {
    SqliteDb& db;
    const QueuedCommand& q;
    int64_t seq;
    ApplyMode mode = ApplyMode::Live;

    bool done(SqliteStmt& stmt) const { return stmt.step() == SQLITE_DONE; }

    bool operator()(const MarkSectionRead& c) const {
        SqliteStmt s(db, statement("mark_section_read"));
        s.bind(1, q.learner).bind(2, q.courseId).bind(3, c.section.moduleId).bind(4, c.section.sectionId);
        s.bind(5, q.timeMs).bind(6, seq);
        return done(s);
    }
    bool operator()(const AddTimeOnTask& c) const {
        SqliteStmt s(db, statement("add_time_on_task"));
        s.bind(1, q.learner).bind(2, q.courseId).bind(3, c.section.moduleId).bind(4, c.section.sectionId);
        s.bind(5, c.seconds).bind(6, seq);
        return done(s);
    }
    bool operator()(const SaveResume& c) const {
        SqliteStmt s(db, statement("save_resume"));
        s.bind(1, q.learner).bind(2, q.courseId).bind(3, c.section.moduleId).bind(4, c.section.sectionId);
        s.bind(5, double(c.scrollY)).bind(6, q.timeMs).bind(7, seq);
        return done(s);
    }
    bool operator()(const RecordQuizAttempt& c) const {
        SqliteStmt s(db, statement("record_quiz_attempt"));
        s.bind(1, q.learner).bind(2, q.courseId).bind(3, c.moduleId).bind(4, c.quizId).bind(5, c.responsesJson);
        s.bind(6, c.score).bind(7, c.maxScore).bind(8, int64_t(c.passed)).bind(9, q.timeMs).bind(10, seq);
        if (!done(s)) return false;
        // The submitted answers are no longer a draft (same transaction: both or neither).
        SqliteStmt d(db, statement("delete_quiz_draft"));
        d.bind(1, q.learner).bind(2, q.courseId).bind(3, c.moduleId).bind(4, c.quizId);
        return done(d);
    }
    bool operator()(const SaveQuizDraft& c) const {
        SqliteStmt s(db, statement("save_quiz_draft"));
        s.bind(1, q.learner).bind(2, q.courseId).bind(3, c.moduleId).bind(4, c.quizId).bind(5, c.responsesJson);
        s.bind(6, q.timeMs).bind(7, seq);
        return done(s);
    }
    bool operator()(const SaveReflection& c) const {
        SqliteStmt s(db, statement("save_reflection"));
        s.bind(1, q.learner).bind(2, q.courseId).bind(3, c.moduleId).bind(4, c.reflectionId).bind(5, c.text);
        s.bind(6, q.timeMs).bind(7, seq);
        return done(s) && dropDraft(DraftOf::Reflection, c.moduleId, c.reflectionId);
    }
    // The revision replaces the draft typed before it (same transaction: both or neither).
    // A replay leaves text_drafts alone: a draft is typing newer than any event, not derived from one.
    bool dropDraft(DraftOf of, const std::string& moduleId, const std::string& itemId) const {
        if (mode == ApplyMode::Replay) return true;
        SqliteStmt d(db, statement("delete_text_draft"));
        d.bind(1, q.learner).bind(2, q.courseId).bind(3, std::string_view(draftKindName(of))).bind(4, moduleId);
        d.bind(5, itemId);
        return done(d);
    }
    bool operator()(const KeepTextDraft& c) const {
        SqliteStmt s(db, statement("save_text_draft"));
        s.bind(1, q.learner).bind(2, q.courseId).bind(3, std::string_view(draftKindName(c.of))).bind(4, c.moduleId);
        s.bind(5, c.itemId).bind(6, c.text).bind(7, q.timeMs);
        return done(s);
    }
    bool operator()(const SetBookmark& c) const {
        SqliteStmt s(db, statement("set_bookmark"));
        s.bind(1, q.learner).bind(2, q.courseId).bind(3, c.section.moduleId).bind(4, c.section.sectionId);
        s.bind(5, int64_t(c.on)).bind(6, q.timeMs).bind(7, seq);
        return done(s);
    }
    bool operator()(const SaveNote& c) const {
        SqliteStmt s(db, statement("save_note"));
        s.bind(1, q.learner).bind(2, q.courseId).bind(3, c.section.moduleId).bind(4, c.section.sectionId);
        s.bind(5, c.text).bind(6, q.timeMs).bind(7, seq);
        return done(s) && dropDraft(DraftOf::Note, c.section.moduleId, c.section.sectionId);
    }
    bool operator()(const SaveSettings& c) const {
        SqliteStmt s(db, statement("save_settings"));
        s.bind(1, q.learner).bind(2, c.json).bind(3, q.timeMs).bind(4, seq);
        return done(s);
    }
    // The event is the whole record: no state row.
    bool operator()(const StartSitting&) const { return true; }
    bool operator()(const EndSitting&) const { return true; }
    bool operator()(const RecordCourseOutcome&) const { return true; }
};

// A course outcome already recorded for this learner and course (cmi5: at most once per
// registration): the second is dropped, however often the UI noticed the completion.
static bool outcomeAlreadyRecorded(SqliteDb& db, const QueuedCommand& q, const CommandShape& shape) {
    if (!std::holds_alternative<RecordCourseOutcome>(q.command)) return false;
    SqliteStmt s(db, statement("has_event_of_kind"));
    s.bind(1, q.learner).bind(2, q.courseId).bind(3, std::string_view(shape.what));
    return s.step() == SQLITE_ROW;
}

static bool touchActivity(SqliteDb& db, const QueuedCommand& q) {
    SqliteStmt learner(db, statement("touch_learner"));
    learner.bind(1, q.timeMs).bind(2, q.learner);
    if (learner.step() != SQLITE_DONE) return false;
    SqliteStmt enrol(db, statement("touch_enrolment"));
    enrol.bind(1, q.learner).bind(2, q.courseId).bind(3, q.timeMs);
    return enrol.step() == SQLITE_DONE;
}

bool applyState(SqliteDb& db, const QueuedCommand& q, int64_t seq, ApplyMode mode) {
    if (!std::visit(StateWriter{db, q, seq, mode}, q.command)) return false;
    // A sitting is presence, not study: it leaves the learner's last activity as it was.
    return isSitting(q.command) || std::holds_alternative<KeepTextDraft>(q.command) || touchActivity(db, q);
}

//-----------------------------------------------------------------------------
// [SECTION] Commands back from their events
//-----------------------------------------------------------------------------

// "PT12.500S" (isoDuration's form) as seconds; 0 for anything else.
static double secondsOfDuration(const json& duration) {
    if (!duration.is_string()) return 0;
    const std::string text = duration.get<std::string>();
    if (text.size() < 4 || text.rfind("PT", 0) != 0 || text.back() != 'S') return 0;
    double seconds = 0;  // from_chars: the same with any locale
    auto [end, ec] = std::from_chars(text.data() + 2, text.data() + text.size() - 1, seconds);
    return ec == std::errc() && end == text.data() + text.size() - 1 ? seconds : 0;
}

// jsonOrText's inverse: a string stays the text it was, anything else is its compact JSON.
static std::string textOrJson(const json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_null()) return "";
    return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

EventCommand commandFromEvent(std::string_view kindText, std::string_view verb, const std::string& moduleId,
                              const std::string& itemId, std::string_view resultJson) {
    EventCommand out;
    // Rows before schema v4 have no kind: found from verb and result. A kind this Lectern does
    // not know is a newer one's, and is not guessed at.
    std::optional<EventKind> kind = kindText.empty() ? xapi::legacyKind(verb, resultJson) : xapi::kindFromName(kindText);
    if (!kind) {
        out.error = "an event of unknown kind '" + std::string(kindText) + "'";
        return out;
    }
    json result = json::parse(resultJson, nullptr, false);
    if (result.is_discarded() || !result.is_object()) {
        out.error = "an event whose result is not a JSON object";
        return out;
    }
    const json none;
    const json& extensions = result.contains("extensions") && result["extensions"].is_object() ? result["extensions"] : none;
    auto extension = [&](const char* key) -> const json& {
        return extensions.is_object() && extensions.contains(key) ? extensions[key] : none;
    };
    auto response = [&] { return result.contains("response") ? textOrJson(result["response"]) : std::string(); };
    SectionRef section{moduleId, itemId};
    out.hasState = true;
    switch (*kind) {
    case EventKind::SectionRead: out.command = MarkSectionRead{section}; break;
    case EventKind::TimeOnTask: out.command = AddTimeOnTask{section, secondsOfDuration(result.value("duration", json()))}; break;
    case EventKind::ResumePoint: {
        const json& y = extension(vocab::scrollExtension);
        out.command = SaveResume{section, y.is_number() ? y.get<float>() : 0.0f};
        break;
    }
    case EventKind::QuizAttempt: {
        RecordQuizAttempt a{moduleId, itemId, textOrJson(extension(vocab::responsesExtension))};
        if (result.contains("score") && result["score"].is_object()) {
            a.score = result["score"].value("raw", 0.0);
            a.maxScore = result["score"].value("max", 0.0);
        }
        a.passed = result.contains("success") ? result.value("success", false) : verb == vocab::passed;
        out.command = a;
        break;
    }
    case EventKind::QuizDraft: out.command = SaveQuizDraft{moduleId, itemId, textOrJson(extension(vocab::responsesExtension))}; break;
    case EventKind::Reflection: out.command = SaveReflection{moduleId, itemId, response()}; break;
    case EventKind::Bookmark: {
        const json& on = extension(vocab::bookmarkOnExtension);
        out.command = SetBookmark{section, on.is_boolean() ? on.get<bool>() : true};
        break;
    }
    case EventKind::Note: out.command = SaveNote{section, response()}; break;
    case EventKind::Settings: out.command = SaveSettings{textOrJson(extension(vocab::settingsExtension))}; break;
    // No state of their own: the command is given back so a replay keeps the writer's rule for
    // the learner's last activity (an outcome touches it, a sitting does not).
    case EventKind::Initialized: out.command = StartSitting{}; out.hasState = false; break;
    case EventKind::Terminated: out.command = EndSitting{{}, secondsOfDuration(result.value("duration", json()))}; out.hasState = false; break;
    case EventKind::CourseCompleted: out.command = RecordCourseOutcome{CourseOutcome::Completed}; out.hasState = false; break;
    case EventKind::CoursePassed: out.command = RecordCourseOutcome{CourseOutcome::Passed}; out.hasState = false; break;
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] writeCommands
//-----------------------------------------------------------------------------

static json idsOf(const QueuedCommand& q, const CommandShape& shape, int64_t seq) {
    json ids = {{"course", q.courseId}, {"event", q.uuid}};
    if (!shape.moduleId.empty()) ids["module"] = shape.moduleId;
    if (!shape.itemId.empty()) ids["item"] = shape.itemId;
    if (seq) ids["seq"] = seq;
    return ids;
}

WriteResult writeCommands(SqliteDb& db, const std::vector<QueuedCommand>& commands) {
    WriteResult r;
    auto fail = [&](bool inTransaction) {
        r.code = db.extendedErrorCode();
        r.message = db.errorMessage();
        if (inTransaction) {
            std::string ignored;
            db.exec("ROLLBACK", ignored);
        }
        r.logLines.clear();
        return r;
    };
    std::string error;
    // IMMEDIATE takes the write lock now (waiting up to busy_timeout for another process),
    // instead of failing half-way through the transaction.
    if (db.exec("BEGIN IMMEDIATE", error) != SQLITE_OK) return fail(false);
    for (const QueuedCommand& q : commands) {
        CommandShape shape = shapeOf(q.command);
        if (std::holds_alternative<KeepTextDraft>(q.command)) {
            // Kept, not recorded: no event, no statement, no "saved" line for every pause in typing.
            if (!std::visit(StateWriter{db, q, 0}, q.command)) return fail(true);
            continue;
        }
        if (outcomeAlreadyRecorded(db, q, shape)) continue;
        int64_t seq = insertEvent(db, q, shape);
        if (!seq) return fail(true);
        if (seq < 0) continue;  // already saved
        if (!applyState(db, q, seq)) return fail(true);
        json line = {{"event", "saved"}, {"what", shape.what}, {"ids", idsOf(q, shape, seq)}, {"learner", q.learner},
                     {"ts", isoUtc(q.timeMs)}};
        r.logLines.push_back(line.dump(-1, ' ', false, json::error_handler_t::replace));
    }
    if (db.exec("COMMIT", error) != SQLITE_OK) return fail(true);
    r.ok = true;
    return r;
}

WriteResult writeCommand(SqliteDb& db, const QueuedCommand& q) { return writeCommands(db, {q}); }

const char* draftKindName(DraftOf of) { return of == DraftOf::Note ? "note" : "reflection"; }

// What was not saved, never what it said: a reflection, a note or a typed answer stays out of
// the log (the unsaved file, private to the account, keeps the command itself).
std::string unsavedLogLine(const QueuedCommand& q, const std::string& reason) {
    CommandShape shape = shapeOf(q.command);
    json line = {{"event", "unsaved"}, {"what", shape.what}, {"ids", idsOf(q, shape, 0)}, {"learner", q.learner},
                 {"ts", isoUtc(q.timeMs)}, {"reason", reason}};
    return line.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string failureLogLine(int code, const std::string& message, size_t pending) {
    json line = {{"event", "save_failed"}, {"code", code}, {"message", message}, {"pending", pending}, {"ts", isoUtc(nowMs())}};
    return line.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace lectern::store
