// Shared helpers for the onboarding tests (profiles, PINs, rosters): a database at the latest
// schema in a temporary folder, a second connection to it, roster files written from text.
#pragma once
#include "store_test_support.h"

#include "roster/roster_file.h"
#include "roster/roster_import.h"
#include "store/database_open.h"
#include "store/store_connection.h"

namespace onboard_test {

using namespace store_test;

// A fresh database at the latest schema (created the way the app creates it), closed again.
inline std::string freshDatabase(const TempDir& dir, const std::string& name = "progress.db") {
    auto options = optionsFor(dir, name);
    { auto store = openOk(options); }
    return options.path;
}

inline lectern::store::SqliteDb connect(const std::string& path) {
    auto db = lectern::store::openStoreConnection(path);
    INFO((db ? std::string() : db.error().message));
    REQUIRE(db.ok());
    return std::move(*db);
}

// Writes `text` to dir/name and returns the path.
inline std::string writeFile(const TempDir& dir, const std::string& name, const std::string& text) {
    std::string path = dir.file(name);
    writeBytes(path, text);
    return path;
}

// Reads and imports a roster file; REQUIREs it has no errors.
inline lectern::roster::ImportSummary importOk(lectern::store::SqliteDb& db, const std::string& csvPath,
                                               lectern::roster::ImportOptions options = {}) {
    lectern::roster::Roster roster;
    lectern::roster::readRoster(csvPath, roster);
    INFO((roster.errors.empty() ? std::string() : roster.errors.front()));
    REQUIRE(roster.ok());
    auto summary = lectern::roster::importRoster(db, roster, options);
    INFO((summary ? std::string() : summary.error().message));
    REQUIRE(summary.ok());
    return *summary;
}

} // namespace onboard_test
