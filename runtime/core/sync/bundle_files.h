// Progress bundles as files (progress_bundle.h, bundle_import.h): what `lectern export-progress`
// and `import-progress` and facilitator mode's USB stick buttons all do, in one place.
#pragma once
#include "store/store_error.h"
#include "sync/bundle_import.h"
#include "sync/progress_bundle.h"

#include <string>

namespace lectern::sync {

struct BundleExported {
    size_t learners = 0;
    size_t events = 0;
    std::string signer;  // the key's fingerprint; empty: unsigned (no facilitator key here)
};

// Every learner and event of the database at `dbPath` (read only) to `file` (0600, whole or not
// at all), signed when this account holds the facilitator's key (`lectern keys init`).
store::StoreResult<BundleExported> exportProgressFile(const std::string& dbPath, const std::string& file);

struct BundleImported {
    ImportSummary summary;
    BundleManifest manifest;  // where it came from: machine, time, signer
};

// `file` read and verified whole before the database is opened (a cut-short or altered file
// is refused, nothing written), then merged in one transaction.
store::StoreResult<BundleImported> importProgressFile(const std::string& dbPath, const std::string& file);

} // namespace lectern::sync
