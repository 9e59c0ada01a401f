// Named SQL statements, kept in store/sql/statements.sql (embedded at build time) rather than
// in C++ strings: one place to read and review every query the store runs.
#pragma once
#include <string_view>

namespace lectern::store {

// The SQL of the statement under "-- name: NAME". An unknown name is a programmer error
// (asserts in debug builds) and yields an empty statement, which SQLite refuses.
std::string_view statement(std::string_view name);

// The same for another file of store/sql/ (e.g. "read.sql", the read side's queries).
std::string_view statementIn(std::string_view file, std::string_view name);

} // namespace lectern::store
