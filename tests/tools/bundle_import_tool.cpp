// Imports a progress bundle as `lectern import-progress` does (parse and verify, then one
// transaction), for the kill -9 test (tests/core/sync_kill_test.cpp), which kills it at
// random moments.
//
//   bundle_import_tool --db FILE --bundle FILE.lectern
// Prints "verified" once the bundle is checked, then "N new, M already present, K refused".
#include "store/database_open.h"
#include "sync/bundle_import.h"
#include "sync/progress_bundle.h"

#include <cstdio>
#include <fstream>
#include <string>

using namespace lectern;

int main(int argc, char** argv) {
    std::string db, file;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string a = argv[i];
        if (a == "--db") db = argv[i + 1];
        else if (a == "--bundle") file = argv[i + 1];
    }
    if (db.empty() || file.empty()) {
        std::fprintf(stderr, "usage: bundle_import_tool --db FILE --bundle FILE.lectern\n");
        return 2;
    }
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    auto bundle = sync::parseBundle(bytes);
    if (!bundle) {
        std::fprintf(stderr, "%s\n", bundle.error().message.c_str());
        return 1;
    }
    std::printf("verified\n");
    std::fflush(stdout);
    StoreOpenOptions options;
    options.path = db;
    options.backupEveryMinutes = 0;
    StoreOpenReport report;
    store::SqliteDb connection;
    if (!store::openProgressDatabase(options, connection, report)) {
        std::fprintf(stderr, "%s\n", report.error.c_str());
        return 1;
    }
    auto summary = sync::importBundle(connection, *bundle);
    if (!summary) {
        std::fprintf(stderr, "%s\n", summary.error().message.c_str());
        return 1;
    }
    std::printf("%s\n", summary->line().c_str());
    return 0;
}
