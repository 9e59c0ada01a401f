#include "sync/statement_import.h"

#include "store/statements.h"
#include "store/store_connection.h"
#include "xapi/statement_read.h"

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sqlite3.h>

namespace lectern::sync {

using nlohmann::json;

namespace {

constexpr size_t kReasonsKept = 10;

// Compact, keys in the statement's own order: the text kept in events.statement.
std::string compact(const nlohmann::ordered_json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

} // namespace

bool splitStatementFile(const std::string& bytes, std::vector<std::string>& statements, std::string& error) {
    size_t first = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (first == std::string::npos) return true;  // empty: nothing to import
    if (bytes[first] == '[' || (bytes[first] == '{' && bytes.find("\"statements\"") != std::string::npos &&
                                json::accept(bytes))) {
        nlohmann::ordered_json doc = nlohmann::ordered_json::parse(bytes, nullptr, false);
        if (doc.is_discarded()) {
            error = "not JSON (a JSON array of statements, or JSON Lines)";
            return false;
        }
        const nlohmann::ordered_json& list = doc.is_array() ? doc : doc["statements"];
        if (!list.is_array()) {
            error = "\"statements\" is not a list";
            return false;
        }
        for (const auto& s : list) statements.push_back(compact(s));
        return true;
    }
    size_t start = 0;
    while (start < bytes.size()) {
        size_t end = bytes.find('\n', start);
        if (end == std::string::npos) end = bytes.size();
        std::string line = bytes.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") != std::string::npos) statements.push_back(line);
        start = end + 1;
    }
    return true;
}

StatementsRead readStatements(const std::vector<std::string>& statements, const xapi::StatementContext& context,
                              int64_t nowMs) {
    StatementsRead out;
    auto refuse = [&](size_t index, const std::string& why) {
        ++out.refused;
        if (out.reasons.size() < kReasonsKept) out.reasons.push_back("statement " + std::to_string(index + 1) + ": " + why);
    };
    std::map<std::string, size_t> eventOf;               // statement id -> index in bundle.events
    std::vector<std::pair<size_t, xapi::ReadStatement>> answers;
    std::vector<std::string> answerText;
    std::set<std::string> learners;
    for (size_t i = 0; i < statements.size(); ++i) {
        std::string why;
        std::optional<xapi::ReadStatement> r = xapi::readStatement(statements[i], context, why);
        if (!r) {
            refuse(i, why);
            continue;
        }
        if (!r->attemptId.empty()) {
            answers.push_back({i, std::move(*r)});
            answerText.push_back(statements[i]);
            continue;
        }
        if (eventOf.count(r->event.uuid)) continue;  // the same statement twice in the input
        const xapi::EventRecord& e = r->event;
        learners.insert(e.learnerUuid);
        BundleEvent b;
        b.uuid = e.uuid;
        b.learnerUuid = e.learnerUuid;
        b.courseId = e.courseId;
        b.moduleId = e.moduleId;
        b.itemId = e.itemId;
        b.objectId = r->objectId;
        b.verb = e.verb;
        b.result = e.resultJson;
        b.tsMs = e.timeMs;
        b.kind = e.kind;
        b.statement = statements[i];
        eventOf[b.uuid] = out.bundle.events.size();
        out.bundle.events.push_back(std::move(b));
        out.taken.push_back({e.uuid, e.uuid, statements[i]});
    }
    // An attempt's answers travel in its event's statement text, after it (xapi/statement.h).
    for (size_t k = 0; k < answers.size(); ++k) {
        auto it = eventOf.find(answers[k].second.attemptId);
        if (it == eventOf.end()) {
            refuse(answers[k].first, "an answer whose quiz attempt " + answers[k].second.attemptId + " is not among these statements");
            continue;
        }
        BundleEvent& attempt = out.bundle.events[it->second];
        attempt.statement = xapi::joinStatements({*attempt.statement, answerText[k]});
        out.taken.push_back({answers[k].second.event.uuid, attempt.uuid, answerText[k]});
    }
    for (const std::string& uuid : learners)
        out.bundle.learners.push_back({uuid, "Learner " + uuid.substr(0, 8), std::nullopt, nowMs});
    out.bundle.manifest.learners = int64_t(out.bundle.learners.size());
    out.bundle.manifest.events = int64_t(out.bundle.events.size());
    return out;
}

store::StoreResult<ImportSummary> importStatements(store::SqliteDb& db, const StatementsRead& read, bool received,
                                                   int64_t nowMs) {
    auto summary = importBundle(db, read.bundle);
    if (!summary) return summary.error();
    summary->refused += read.refused;
    if (!received) return summary;
    // The LRS holds these: their outbox rows say so before the sync worker can queue them.
    store::StoreStatus marked = store::inTransaction(db, [&]() -> store::StoreStatus {
        store::SqliteStmt mark(db, store::statementIn("outbox.sql", "insert_received"));
        for (const StatementsRead::Taken& t : read.taken) {
            mark.reset();
            mark.bind(1, t.statementId).bind(2, t.eventUuid).bind(3, t.body).bind(4, nowMs);
            if (mark.step() != SQLITE_DONE) return store::lastError(db, "Could not record the statements the LRS holds");
        }
        return store::done();
    });
    if (!marked) return marked.error();
    return summary;
}

} // namespace lectern::sync
