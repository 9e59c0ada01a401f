#include "sync/sync_status_text.h"

#include "i18n/tr.h"
#include "util/time_format.h"

#include <ctime>
#include <vector>

namespace lectern::sync {

namespace {


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
    // Shown in the facilitator's records panel, so translated (`lectern sync --status` prints
    // it too: the end-to-end tests read it in English, LANGUAGE=en). Its parts are joined by
    // a translated "%1$s, %2$s" (a Chinese comma is not the one of a list of numbers).
    std::vector<std::string> parts;
    parts.push_back(formatText(trn("%lld record waiting", "%lld records waiting", s.waiting), (long long)s.waiting));
    if (s.lastSentMs) parts.push_back(formatText(tr("last sent %s"), localTimeLabel(*s.lastSentMs, nowMs).c_str()));
    else if (s.sent == 0) parts.push_back(tr("none sent yet"));
    if (s.flaggedTotal() > 0)
        parts.push_back(formatText(trn("%lld flagged", "%lld flagged", s.flaggedTotal()), (long long)s.flaggedTotal()));
    if (!s.lastError.empty()) {
        // The LRS client's message (English, kept in the outbox) says which failure it was.
        const bool credentials = s.lastError.find("refused the key and secret") != std::string::npos;
        if (s.errorSinceMs) {
            const std::string since = localTimeLabel(*s.errorSinceMs, nowMs);
            parts.push_back(credentials ? formatText(tr("the LRS refused the key and secret since %s"), since.c_str())
                                        : formatText(tr("LRS unreachable since %s"), since.c_str()));
        } else {
            parts.push_back(credentials ? tr("the LRS refused the key and secret") : tr("LRS unreachable"));
        }
    }
    std::string line = parts.front();
    for (size_t i = 1; i < parts.size(); ++i)
        // TRANSLATORS: the records line so far, then its next part ("2 records waiting" and
        // "none sent yet" give "2 records waiting, none sent yet").
        line = formatText(tr("%1$s, %2$s"), line.c_str(), parts[i].c_str());
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
