// HTTP to a learning record store (xAPI 1.0.3) over libcurl: one connection kept open
// between requests, HTTP Basic authentication, the version header on every request, and
// timeouts so a silent network never hangs a worker. Never on the UI thread.
#pragma once
#include "sync/lrs_config.h"

#include <atomic>
#include <memory>
#include <string>
#include <string_view>

namespace lectern::sync {

struct LrsAnswer {
    long status = 0;        // the HTTP status; 0 when no answer came (see error)
    std::string body;       // at most kMaxAnswerBytes of it
    std::string error;      // when status == 0: what failed (DNS, refused, timeout...)
    std::string consistentThrough;  // X-Experience-API-Consistent-Through, when given
};

struct LrsTimeouts {
    long connectSeconds = 10;
    long totalSeconds = 120;  // a batch of a few hundred statements to a slow LRS
};

class LrsClient {
public:
    explicit LrsClient(LrsConfig config, LrsTimeouts timeouts = {});
    ~LrsClient();
    LrsClient(const LrsClient&) = delete;
    LrsClient& operator=(const LrsClient&) = delete;

    // POST {endpoint}/statements with a JSON array (the statements' texts joined by commas).
    LrsAnswer postStatements(std::string_view jsonArray);
    // PUT {endpoint}/statements?statementId=ID with one statement.
    LrsAnswer putStatement(std::string_view statementId, std::string_view body);
    // GET a path relative to the endpoint ("statements?activity=...") or, when it starts with
    // '/', relative to the host (an LRS's `more` link).
    LrsAnswer get(const std::string& pathOrMore);

    const LrsConfig& config() const { return m_config; }
    // A request under way is abandoned soon after *cancel becomes true (the app closing).
    void setCancel(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    static constexpr size_t kMaxAnswerBytes = 64 * 1024 * 1024;

private:
    LrsAnswer perform(const std::string& url, const char* method, std::string_view body);
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    LrsConfig m_config;
    LrsTimeouts m_timeouts;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace lectern::sync
