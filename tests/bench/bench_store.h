// A real progress store for a benchmark: a file at `path`, no backups (they would add disk
// work the figure is not about). Null, with the reason on stderr, when it cannot be opened.
#pragma once
#include "store/progress_store.h"

#include <cstdio>
#include <memory>
#include <string>

namespace bench {

inline std::unique_ptr<lectern::ProgressStore> openBenchStore(const std::string& path, const char* benchName) {
    lectern::StoreOpenOptions options;
    options.path = path;
    options.backupEveryMinutes = 0;
    lectern::StoreOpenReport report;
    auto store = lectern::ProgressStore::open(options, report);
    if (!store) std::fprintf(stderr, "%s: cannot open a store: %s\n", benchName, report.error.c_str());
    return store;
}

} // namespace bench
