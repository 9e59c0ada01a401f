#include "sync/lrs_pull.h"

#include <curl/curl.h>
#include <nlohmann/json.hpp>

namespace lectern::sync {

namespace {

std::string escape(const std::string& s) {
    char* e = curl_easy_escape(nullptr, s.c_str(), int(s.size()));
    std::string out = e ? e : "";
    curl_free(e);
    return out;
}

} // namespace

PullResult pullCourseStatements(LrsClient& client, const std::string& courseIri, int pageSize) {
    PullResult r;
    std::string next = "statements?activity=" + escape(courseIri) + "&related_activities=true&limit=" + std::to_string(pageSize);
    constexpr int kMaxPages = 100000;  // a `more` that never ends must not loop for ever
    while (!next.empty() && r.pages < kMaxPages) {
        LrsAnswer a = client.get(next);
        if (a.status != 200) {
            r.error = a.status == 0 ? "the LRS at " + client.config().endpoint + " cannot be reached: " + a.error
                      : a.status == 401 || a.status == 403
                          ? "the LRS at " + client.config().endpoint + " refused the key and secret (HTTP " + std::to_string(a.status) + ")"
                          : "the LRS at " + client.config().endpoint + " answered HTTP " + std::to_string(a.status) + " to " + next;
            return r;
        }
        auto page = nlohmann::ordered_json::parse(a.body, nullptr, false);
        if (!page.is_object() || !page.contains("statements") || !page["statements"].is_array()) {
            r.error = "the LRS's answer is not a page of statements (xAPI StatementResult)";
            return r;
        }
        ++r.pages;
        for (const auto& s : page["statements"]) r.statements.push_back(s.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        std::string more = page.value("more", std::string());
        if (!more.empty() && more == next) break;
        next = more;
    }
    return r;
}

} // namespace lectern::sync
