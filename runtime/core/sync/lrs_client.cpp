#include "sync/lrs_client.h"

#include "platform/thread_role.h"

#include <curl/curl.h>

#include <cstring>
#include <mutex>

namespace lectern::sync {

namespace {

void initCurlOnce() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

size_t collectBody(char* data, size_t size, size_t count, void* user) {
    auto* out = static_cast<std::string*>(user);
    size_t n = size * count;
    if (out->size() + n > LrsClient::kMaxAnswerBytes) return 0;  // an answer that big is not an LRS's: stop
    out->append(data, n);
    return n;
}

size_t collectHeader(char* data, size_t size, size_t count, void* user) {
    auto* answer = static_cast<LrsAnswer*>(user);
    std::string line(data, size * count);
    const char* name = "x-experience-api-consistent-through:";
    if (line.size() > std::strlen(name) && strncasecmp(line.c_str(), name, std::strlen(name)) == 0) {
        std::string v = line.substr(std::strlen(name));
        size_t b = v.find_first_not_of(" \t"), e = v.find_last_not_of(" \t\r\n");
        answer->consistentThrough = b == std::string::npos ? "" : v.substr(b, e - b + 1);
    }
    return size * count;
}

// libcurl asks about a second; a non-zero answer aborts the transfer.
int checkCancel(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    auto* cancel = static_cast<const std::atomic<bool>*>(user);
    return cancel && cancel->load() ? 1 : 0;
}

std::string escapeQuery(CURL* curl, std::string_view value) {
    char* e = curl_easy_escape(curl, value.data(), int(value.size()));
    std::string s = e ? e : "";
    curl_free(e);
    return s;
}

} // namespace

struct LrsClient::Impl {
    CURL* curl = nullptr;
};

LrsClient::LrsClient(LrsConfig config, LrsTimeouts timeouts)
    : m_impl(std::make_unique<Impl>()), m_config(std::move(config)), m_timeouts(timeouts) {
    initCurlOnce();
    m_impl->curl = curl_easy_init();
}

LrsClient::~LrsClient() {
    if (m_impl->curl) curl_easy_cleanup(m_impl->curl);
}

LrsAnswer LrsClient::postStatements(std::string_view jsonArray) {
    return perform(m_config.endpoint + "/statements", "POST", jsonArray);
}

LrsAnswer LrsClient::putStatement(std::string_view statementId, std::string_view body) {
    return perform(m_config.endpoint + "/statements?statementId=" + escapeQuery(m_impl->curl, statementId), "PUT", body);
}

LrsAnswer LrsClient::get(const std::string& pathOrMore) {
    const std::string url = !pathOrMore.empty() && pathOrMore[0] == '/' ? hostOf(m_config.endpoint) + pathOrMore
                                                                        : m_config.endpoint + "/" + pathOrMore;
    return perform(url, "GET", {});
}

LrsAnswer LrsClient::perform(const std::string& url, const char* method, std::string_view body) {
    assertNotUiThread("LrsClient::perform");
    LrsAnswer answer;
    CURL* c = m_impl->curl;
    if (!c) {
        answer.error = "could not start an HTTP client (libcurl)";
        return answer;
    }
    curl_easy_reset(c);
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);  // a worker thread: no SIGALRM for timeouts
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, m_timeouts.connectSeconds);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, m_timeouts.totalSeconds);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);  // a redirect would resend the credentials elsewhere
    curl_easy_setopt(c, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
    curl_easy_setopt(c, CURLOPT_USERNAME, m_config.key.c_str());
    curl_easy_setopt(c, CURLOPT_PASSWORD, m_config.secret.c_str());
    curl_easy_setopt(c, CURLOPT_USERAGENT, "Lectern/" LECTERN_VERSION);
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collectBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &answer.body);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, collectHeader);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &answer);
    if (m_cancel) {
        curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, checkCancel);
        curl_easy_setopt(c, CURLOPT_XFERINFODATA, m_cancel);
    }
    struct curl_slist* headers = nullptr;
    headers = curl_slist_append(headers, "X-Experience-API-Version: 1.0.3");
    if (std::strcmp(method, "GET") != 0) {
        headers = curl_slist_append(headers, "Content-Type: application/json");
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.data());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
    } else {
        headers = curl_slist_append(headers, "Accept: application/json");
        curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
    }
    headers = curl_slist_append(headers, "Expect:");  // no 100-continue round trip per batch
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
    char errorBuffer[CURL_ERROR_SIZE] = {0};
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    CURLcode rc = curl_easy_perform(c);
    curl_slist_free_all(headers);
    if (rc != CURLE_OK) {
        answer.error = errorBuffer[0] ? errorBuffer : curl_easy_strerror(rc);
        answer.body.clear();
        return answer;
    }
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &answer.status);
    return answer;
}

} // namespace lectern::sync
