#include "store/unsaved_file.h"

#include "platform/private_files.h"

#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace fs = std::filesystem;

namespace lectern::store {

using nlohmann::json;

std::string unsavedFilePath(const std::string& dbPath) { return dbPath + ".unsaved.jsonl"; }

namespace {

json sectionJson(const SectionRef& s) { return {{"module", s.moduleId}, {"section", s.sectionId}}; }
SectionRef sectionOf(const json& j) { return {j.at("module").get<std::string>(), j.at("section").get<std::string>()}; }

struct ToJson {
    json operator()(const MarkSectionRead& c) const { return {{"type", "section_read"}, {"section", sectionJson(c.section)}}; }
    json operator()(const AddTimeOnTask& c) const {
        return {{"type", "time_on_task"}, {"section", sectionJson(c.section)}, {"seconds", c.seconds}};
    }
    json operator()(const SaveResume& c) const {
        return {{"type", "resume_point"}, {"section", sectionJson(c.section)}, {"scrollY", c.scrollY}};
    }
    json operator()(const RecordQuizAttempt& c) const {
        return {{"type", "quiz_attempt"}, {"module", c.moduleId}, {"quiz", c.quizId}, {"responses", c.responsesJson},
                {"score", c.score},       {"maxScore", c.maxScore}, {"passed", c.passed}};
    }
    json operator()(const SaveReflection& c) const {
        return {{"type", "reflection"}, {"module", c.moduleId}, {"reflection", c.reflectionId}, {"text", c.text}};
    }
    json operator()(const SetBookmark& c) const { return {{"type", "bookmark"}, {"section", sectionJson(c.section)}, {"on", c.on}}; }
    json operator()(const SaveNote& c) const { return {{"type", "note"}, {"section", sectionJson(c.section)}, {"text", c.text}}; }
    json operator()(const SaveSettings& c) const { return {{"type", "settings"}, {"json", c.json}}; }
    json operator()(const SaveQuizDraft& c) const {
        return {{"type", "quiz_draft"}, {"module", c.moduleId}, {"quiz", c.quizId}, {"responses", c.responsesJson}};
    }
    json operator()(const KeepTextDraft& c) const {
        return {{"type", "text_draft"}, {"of", c.of == DraftOf::Note ? "note" : "reflection"}, {"module", c.moduleId},
                {"item", c.itemId}, {"text", c.text}};
    }
    json operator()(const StartSitting& c) const { return {{"type", "initialized"}, {"session", c.sessionId}}; }
    json operator()(const EndSitting& c) const {
        return {{"type", "terminated"}, {"session", c.sessionId}, {"seconds", c.seconds}};
    }
    json operator()(const RecordCourseOutcome& c) const {
        return {{"type", c.outcome == CourseOutcome::Passed ? "course_passed" : "course_completed"}};
    }
};

ProgressCommand commandOf(const json& j) {
    std::string type = j.at("type").get<std::string>();
    if (type == "section_read") return MarkSectionRead{sectionOf(j.at("section"))};
    if (type == "time_on_task") return AddTimeOnTask{sectionOf(j.at("section")), j.at("seconds").get<double>()};
    if (type == "resume_point") return SaveResume{sectionOf(j.at("section")), j.at("scrollY").get<float>()};
    if (type == "quiz_attempt")
        return RecordQuizAttempt{j.at("module").get<std::string>(), j.at("quiz").get<std::string>(),
                                 j.at("responses").get<std::string>(), j.at("score").get<double>(),
                                 j.at("maxScore").get<double>(), j.at("passed").get<bool>()};
    if (type == "reflection")
        return SaveReflection{j.at("module").get<std::string>(), j.at("reflection").get<std::string>(),
                              j.at("text").get<std::string>()};
    if (type == "bookmark") return SetBookmark{sectionOf(j.at("section")), j.at("on").get<bool>()};
    if (type == "note") return SaveNote{sectionOf(j.at("section")), j.at("text").get<std::string>()};
    if (type == "settings") return SaveSettings{j.at("json").get<std::string>()};
    if (type == "quiz_draft")
        return SaveQuizDraft{j.at("module").get<std::string>(), j.at("quiz").get<std::string>(),
                             j.at("responses").get<std::string>()};
    if (type == "text_draft")
        return KeepTextDraft{j.at("of").get<std::string>() == "note" ? DraftOf::Note : DraftOf::Reflection,
                             j.at("module").get<std::string>(), j.at("item").get<std::string>(),
                             j.at("text").get<std::string>()};
    if (type == "initialized") return StartSitting{j.at("session").get<std::string>()};
    if (type == "terminated") return EndSitting{j.at("session").get<std::string>(), j.at("seconds").get<double>()};
    if (type == "course_completed") return RecordCourseOutcome{CourseOutcome::Completed};
    if (type == "course_passed") return RecordCourseOutcome{CourseOutcome::Passed};
    throw std::runtime_error("unknown command type " + type);
}

} // namespace

std::string commandToJson(const QueuedCommand& q) {
    json j = {{"uuid", q.uuid}, {"learner", q.learner}, {"course", q.courseId}, {"timeMs", q.timeMs},
              {"command", std::visit(ToJson{}, q.command)}};
    if (!q.learnerUuid.empty()) j["learnerUuid"] = q.learnerUuid;
    if (!q.learnerName.empty()) j["learnerName"] = q.learnerName;
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

bool commandFromJson(const std::string& line, QueuedCommand& out) {
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return false;
    try {
        out.uuid = j.at("uuid").get<std::string>();
        out.learner = j.at("learner").get<LearnerId>();
        out.courseId = j.at("course").get<std::string>();
        out.timeMs = j.at("timeMs").get<int64_t>();
        out.command = commandOf(j.at("command"));
        out.learnerUuid = j.value("learnerUuid", std::string());
        out.learnerName = j.value("learnerName", std::string());
    } catch (const std::exception&) {
        return false;
    }
    return !out.uuid.empty() && out.learner != 0;
}

bool writeUnsavedFile(const std::string& dbPath, const std::vector<QueuedCommand>& commands, std::string& error) {
    std::string path = unsavedFilePath(dbPath);
    std::error_code ec;
    if (commands.empty()) {
        fs::remove(path, ec);
        return !ec;
    }
    std::string tmp = path + ".tmp";
    fs::remove(tmp, ec);
    if (!platform::createPrivateFile(tmp, error)) {  // 0600: it holds the learner's own words
        error = "cannot create " + tmp + ": " + error;
        return false;
    }
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        for (const QueuedCommand& q : commands) out << commandToJson(q) << '\n';
        out.flush();
        if (!out) {
            error = "cannot write " + tmp;
            out.close();
            fs::remove(tmp, ec);
            return false;
        }
    }
    int fd = ::open(tmp.c_str(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    fs::rename(tmp, path, ec);
    if (ec) {
        error = "cannot rename " + tmp + ": " + ec.message();
        return false;
    }
    return true;
}

std::vector<QueuedCommand> readUnsavedFile(const std::string& dbPath, int& skipped) {
    skipped = 0;
    std::vector<QueuedCommand> out;
    std::ifstream in(unsavedFilePath(dbPath), std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        QueuedCommand q;
        if (commandFromJson(line, q)) out.push_back(std::move(q));
        else ++skipped;
    }
    return out;
}

} // namespace lectern::store
