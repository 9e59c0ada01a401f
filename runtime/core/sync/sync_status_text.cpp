#include "sync/sync_status_text.h"

#include "util/time_format.h"

#include <ctime>

namespace lectern::sync {

namespace {

std::string count(int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::tm localOf(int64_t ms) {
    std::time_t t = std::time_t(ms / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm;
}

} // namespace

std::string localTimeLabel(int64_t ms, int64_t nowMs) {
    const std::tm at = localOf(ms), now = localOf(nowMs);
    char buf[32];
    if (at.tm_year == now.tm_year && at.tm_yday == now.tm_yday) std::strftime(buf, sizeof buf, "%H:%M", &at);
    else std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &at);
    return buf;
}

std::string statusSummary(const OutboxStatus& s, int64_t nowMs) {
    std::string line = count(s.waiting, "record waiting", "records waiting");
    if (s.lastSentMs) line += ", last sent " + localTimeLabel(*s.lastSentMs, nowMs);
    else if (s.sent == 0) line += ", none sent yet";
    if (s.flaggedTotal() > 0) line += ", " + count(s.flaggedTotal(), "flagged", "flagged");
    if (!s.lastError.empty()) {
        const bool credentials = s.lastError.find("refused the key and secret") != std::string::npos;
        line += credentials ? ", the LRS refused the key and secret" : ", LRS unreachable";
        if (s.errorSinceMs) line += " since " + localTimeLabel(*s.errorSinceMs, nowMs);
    }
    return line;
}

nlohmann::json statusJson(const OutboxStatus& s) {
    nlohmann::json flagged = nlohmann::json::array();
    for (const FlaggedStatement& f : s.flagged)
        flagged.push_back({{"statementId", f.statementId}, {"state", f.state}, {"httpStatus", f.httpStatus}, {"message", f.message}});
    nlohmann::json j = {{"waiting", s.waiting},     {"sent", s.sent},       {"flagged", s.flaggedTotal()},
                        {"conflicts", s.conflicts}, {"rejected", s.rejected}, {"keptOnThisMachine", s.kept},
                        {"received", s.received},   {"flaggedStatements", flagged}};
    j["lastSent"] = s.lastSentMs ? nlohmann::json(util::isoUtc(*s.lastSentMs)) : nlohmann::json(nullptr);
    j["lastError"] = s.lastError.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.lastError);
    j["errorSince"] = s.errorSinceMs ? nlohmann::json(util::isoUtc(*s.errorSinceMs)) : nlohmann::json(nullptr);
    return j;
}

} // namespace lectern::sync
