// A progress bundle (.lectern): a machine's learners and every event of theirs, in one file a
// facilitator carries on a USB stick to another machine (docs/sync.md).
//
// Format, JSON Lines (UTF-8, one compact JSON object per line, "\n" after each):
//   line 1, the manifest:
//     {"format":"lectern-progress-bundle","version":1,"machine":HOST,"exported_at":ISO,
//      "learners":N,"events":M,"payload_bytes":B,"sha256":HEX,
//      "signature":{"algorithm":"ed25519","public_key":B64URL,"fingerprint":"3f9a ...","value":B64URL}}
//     ("signature" only when the facilitator has a key: certificate/issuer_keys.h)
//   then the payload: N learner lines, then M event lines (by ts_ms, then uuid):
//     {"learner":{"uuid":..,"name":..,"external_id":..|null,"created_ms":..}}
//     {"event":{"uuid":..,"learner":LEARNER_UUID,"course_id":..,"module_id":..,"item_id":..,
//               "object_id":..,"verb":..,"result":..,"ts_ms":..,"kind":..|null,"statement":..|null}}
// The manifest is written canonical (nlohmann's compact dump: keys sorted, no spaces) and must
// read back as exactly those bytes. sha256 is libsodium's crypto_hash_sha256 of the manifest
// without "sha256" and "signature" (canonical), a "\n", then every byte of the payload: a byte
// changed anywhere in the file is caught, signed or not. The signature is Ed25519
// (crypto_sign_detached) over the manifest without "signature" (canonical), so it covers the
// hash, the counts, the machine and the time.
// The statement column travels as a JSON string: the same bytes come out on the other side.
#pragma once
#include "certificate/issuer_keys.h"
#include "store/sqlite_db.h"
#include "store/store_error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lectern::sync {

inline constexpr const char* kBundleFormat = "lectern-progress-bundle";
inline constexpr int kBundleVersion = 1;

struct BundleLearner {
    std::string uuid;
    std::string name;
    std::optional<std::string> externalId;
    int64_t createdMs = 0;
};

struct BundleEvent {
    std::string uuid;
    std::string learnerUuid;
    std::string courseId, moduleId, itemId, objectId, verb, result;
    int64_t tsMs = 0;
    std::optional<std::string> kind;
    std::optional<std::string> statement;
};

struct BundleManifest {
    std::string machine;
    std::string exportedAt;
    int64_t learners = 0;
    int64_t events = 0;
    std::string sha256;
    std::string signerFingerprint;  // empty when unsigned
};

struct Bundle {
    BundleManifest manifest;
    std::vector<BundleLearner> learners;
    std::vector<BundleEvent> events;
};

// Every learner and event of the database (a connection open for reading).
store::StoreResult<Bundle> readBundleFrom(store::SqliteDb& db);

// The file's bytes: the manifest (machine, time and hash filled in here), signed with `key`
// when given, then the payload. Throws nothing; a text that is not UTF-8 is an error.
store::StoreResult<std::string> renderBundle(const Bundle& bundle, const certificate::SecretKey* key);

// The bundle in `bytes`, verified whole: the manifest, the payload's size and SHA-256, the
// signature when there is one, every line's shape, the counts, each event's learner. Any
// failure is an error naming what is wrong (a truncated or altered file), and no bundle.
store::StoreResult<Bundle> parseBundle(const std::string& bytes);

} // namespace lectern::sync
