#include "store/statements.h"

#include "store/embedded_sql.h"

#include <cassert>
#include <map>
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

std::string_view statement(std::string_view name) {
    static const auto statements = parseStatements(embedded::sql("statements.sql"));
    auto it = statements.find(name);
    assert(it != statements.end() && "no such statement in store/sql/statements.sql");
    return it == statements.end() ? std::string_view() : std::string_view(it->second);
}

} // namespace lectern::store
