// Typed errors of the store and the report: a code a program can branch on, and a message a
// learner or facilitator can act on (what is wrong, with which file, what to do).
// StoreResult<T> holds either a value or a StoreError (std::expected arrives only in C++23).
#pragma once
#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace lectern::store {

enum class StoreErrorCode {
    NotFound,           // no file at the path
    NotARegularFile,    // a folder, FIFO, device or socket: never opened
    PermissionDenied,   // the file or its folder may not be read (or written, where writing is needed)
    NotADatabase,       // not an SQLite file at all
    NotLecternProgress, // an SQLite file without Lectern's schema (empty, or another program's)
    NewerSchema,        // written by a newer Lectern: refused and never altered
    Damaged,            // integrity check or SQLite reports corruption
    Busy,               // another process holds a lock past the busy timeout
    DiskFull,
    Io,                 // the disk reported an error
    MigrationFailed,    // a schema script failed (the file is left as it was)
    Internal,           // a statement failed for a reason none of the above names
};

// A stable word for each code ("not_found", "newer_schema", ...), for logs and JSON.
const char* errorCodeName(StoreErrorCode code);

struct StoreError {
    StoreErrorCode code = StoreErrorCode::Internal;
    std::string message;  // a whole sentence: what is wrong and what to do
};

// The SQLite result code `rc` (extended) as a StoreErrorCode.
StoreErrorCode errorCodeFromSqlite(int rc);

template <typename T>
class [[nodiscard]] StoreResult {
public:
    StoreResult(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    StoreResult(StoreError error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { assert(ok()); return std::get<0>(m_v); }
    const T& value() const& { assert(ok()); return std::get<0>(m_v); }
    T&& value() && { assert(ok()); return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    const StoreError& error() const { assert(!ok()); return std::get<1>(m_v); }

private:
    std::variant<T, StoreError> m_v;
};

// For operations that return nothing but may fail.
struct Done {};
using StoreStatus = StoreResult<Done>;
inline StoreStatus done() { return Done{}; }

} // namespace lectern::store
