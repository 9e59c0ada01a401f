#include "sync/bundle_files.h"

#include "certificate/issuer_keys.h"
#include "platform/private_files.h"
#include "store/database_open.h"
#include "store/memory_copy.h"
#include "store/read/read_only_open.h"
#include "store/store_connection.h"

#include <filesystem>
#include <fstream>

namespace lectern::sync {

namespace {

store::StoreError failure(const std::string& message, store::StoreErrorCode code = store::StoreErrorCode::Internal) {
    return store::StoreError{code, message};
}

} // namespace

store::StoreResult<BundleExported> exportProgressFile(const std::string& dbPath, const std::string& file) {
    std::error_code ec;
    if (!std::filesystem::exists(dbPath, ec))
        return failure("no progress database at " + dbPath + "; pass --db FILE to read another one.", store::StoreErrorCode::NotFound);
    // Read-only; an older file is read through an upgraded copy in memory, never changed.
    store::SqliteDb db;
    auto direct = store::read::openReadOnly(dbPath);
    if (!direct) return direct.error();
    if (direct->schemaVersion >= store::kProfilesSchemaVersion) {
        db = std::move(direct->db);
    } else {
        auto copy = store::openMemoryCopy(dbPath);
        if (!copy) return copy.error();
        db = std::move(*copy);
    }
    auto bundle = readBundleFrom(db);
    if (!bundle) return bundle.error();
    const auto keyPath = certificate::defaultSecretKeyPath();
    const bool hasKey = std::filesystem::exists(keyPath, ec);
    std::string keyError;
    const std::optional<certificate::SecretKey> key =
        hasKey ? certificate::loadSecretKey(keyPath, keyError) : std::optional<certificate::SecretKey>();
    if (hasKey && !key) return failure(keyError + " Nothing was written.");
    auto bytes = renderBundle(*bundle, key ? &*key : nullptr);
    if (!bytes) return bytes.error();
    std::string error;
    if (!platform::writePrivateFile(file, *bytes, error)) return failure(error, store::StoreErrorCode::Io);
    return BundleExported{bundle->learners.size(), bundle->events.size(), key ? key->publicKey().fingerprint() : std::string()};
}

store::StoreResult<BundleImported> importProgressFile(const std::string& dbPath, const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return failure("cannot read " + file + ".", store::StoreErrorCode::NotFound);
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    if (in.bad()) return failure("cannot read " + file + ".", store::StoreErrorCode::Io);
    auto bundle = parseBundle(bytes);
    if (!bundle) return failure(file + ": " + bundle.error().message);
    StoreOpenOptions open;
    open.path = dbPath;
    StoreOpenReport report;
    store::SqliteDb db;
    if (!store::openProgressDatabase(open, db, report)) return failure(report.error);
    auto summary = importBundle(db, *bundle);
    if (!summary) return failure(summary.error().message + " Nothing was imported.", summary.error().code);
    return BundleImported{std::move(*summary), bundle->manifest};
}

} // namespace lectern::sync
