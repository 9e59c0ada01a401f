#include "store/statements.h"

#include "store/embedded_sql.h"

#include <cassert>
#include <map>
#include <mutex>
#include <string>

namespace lectern::store {
namespace {

// Splits statements.sql at its "-- name: NAME" lines; the text up to the next one (without
// its final ';' and blank lines) is the statement.
std::map<std::string, std::string, std::less<>> parseStatements(std::string_view text) {
    std::map<std::string, std::string, std::less<>> out;
    constexpr std::string_view marker = "-- name: ";
    std::string name, body;
    auto finish = [&] {
        if (name.empty()) return;
        while (!body.empty() && (body.back() == '\n' || body.back() == ' ' || body.back() == ';')) body.pop_back();
        out[name] = body;
    };
    size_t at = 0;
    while (at < text.size()) {
        size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(at, end - at);
        if (line.substr(0, marker.size()) == marker) {
            finish();
            name = std::string(line.substr(marker.size()));
            body.clear();
        } else if (!name.empty()) {
            body.append(line).push_back('\n');
        }
        at = end + 1;
    }
    finish();
    return out;
}

} // namespace

std::string_view statementIn(std::string_view file, std::string_view name) {
    // Parsed once per file; the embedded text never changes while the program runs.
    static std::mutex mutex;
    static std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> files;
    std::lock_guard lock(mutex);
    auto f = files.find(file);
    if (f == files.end()) f = files.emplace(std::string(file), parseStatements(embedded::sql(file))).first;
    auto it = f->second.find(name);
    assert(it != f->second.end() && "no such statement in store/sql/");
    return it == f->second.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view statement(std::string_view name) { return statementIn("statements.sql", name); }

} // namespace lectern::store
