#include "sync/progress_bundle.h"

#include "store/statements.h"
#include "store/store_connection.h"
#include "util/time_format.h"

#include <nlohmann/json.hpp>
#include <set>
#include <sodium.h>
#include <sqlite3.h>
#include <unistd.h>

namespace lectern::sync {

using nlohmann::json;

namespace {

std::string_view sql(std::string_view name) { return store::statementIn("offline_sync.sql", name); }

std::string toHex(const unsigned char* bytes, size_t size) {
    static const char* digits = "0123456789abcdef";
    std::string hex;
    for (size_t i = 0; i < size; ++i) {
        hex += digits[bytes[i] >> 4];
        hex += digits[bytes[i] & 15];
    }
    return hex;
}

store::StoreError refused(const std::string& why) {
    return {store::StoreErrorCode::NotLecternProgress,
            "this is not a complete, unaltered progress bundle (" + why +
                "). Nothing was imported; export it again from the machine it came from."};
}

json optionalText(const std::optional<std::string>& text) { return text ? json(*text) : json(nullptr); }

std::string hostName() {
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0 || !name[0]) return "unknown";
    return name;
}

// The manifest's bytes as they are signed: compact, keys sorted, without "signature".
std::string signedText(json manifest) {
    manifest.erase("signature");
    return manifest.dump();
}

// What "sha256" covers: the rest of the manifest (so a changed count or machine is caught
// too, signed or not), a newline, and every byte of the payload.
std::string hashOf(json manifest, std::string_view payload) {
    manifest.erase("signature");
    manifest.erase("sha256");
    const std::string head = manifest.dump() + "\n";
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(head.data()), head.size());
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(payload.data()), payload.size());
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, hash);
    return toHex(hash, sizeof hash);
}

bool isText(const json& j, const char* key) { return j.contains(key) && j[key].is_string(); }
bool isTextOrNull(const json& j, const char* key) { return j.contains(key) && (j[key].is_string() || j[key].is_null()); }
bool isInteger(const json& j, const char* key) { return j.contains(key) && j[key].is_number_integer(); }
std::optional<std::string> textOrNull(const json& j) { return j.is_null() ? std::nullopt : std::optional(j.get<std::string>()); }

} // namespace

store::StoreResult<Bundle> readBundleFrom(store::SqliteDb& db) {
    Bundle bundle;
    int rc;
    store::SqliteStmt learners(db, sql("export_learners"));
    while ((rc = learners.step()) == SQLITE_ROW) {
        BundleLearner l{learners.columnText(0), learners.columnText(1), std::nullopt, learners.columnInt(3)};
        if (!learners.columnIsNull(2)) l.externalId = learners.columnText(2);
        bundle.learners.push_back(std::move(l));
    }
    if (rc != SQLITE_DONE) return store::lastError(db, "Could not read the learners");
    store::SqliteStmt events(db, sql("export_events"));
    while ((rc = events.step()) == SQLITE_ROW) {
        BundleEvent e;
        e.uuid = events.columnText(0);
        e.learnerUuid = events.columnText(1);
        e.courseId = events.columnText(2);
        e.moduleId = events.columnText(3);
        e.itemId = events.columnText(4);
        e.objectId = events.columnText(5);
        e.verb = events.columnText(6);
        e.result = events.columnText(7);
        e.tsMs = events.columnInt(8);
        if (!events.columnIsNull(9)) e.kind = events.columnText(9);
        if (!events.columnIsNull(10)) e.statement = events.columnText(10);
        bundle.events.push_back(std::move(e));
    }
    if (rc != SQLITE_DONE) return store::lastError(db, "Could not read the event log");
    bundle.manifest.learners = int64_t(bundle.learners.size());
    bundle.manifest.events = int64_t(bundle.events.size());
    return bundle;
}

store::StoreResult<std::string> renderBundle(const Bundle& bundle, const certificate::SecretKey* key) {
    if (sodium_init() < 0) return store::StoreError{store::StoreErrorCode::Internal, "libsodium could not start."};
    std::string payload;
    try {
        for (const BundleLearner& l : bundle.learners) {
            json line = {{"learner",
                          {{"uuid", l.uuid}, {"name", l.name}, {"external_id", optionalText(l.externalId)}, {"created_ms", l.createdMs}}}};
            payload += line.dump() + "\n";
        }
        for (const BundleEvent& e : bundle.events) {
            json line = {{"event",
                          {{"uuid", e.uuid}, {"learner", e.learnerUuid}, {"course_id", e.courseId}, {"module_id", e.moduleId},
                           {"item_id", e.itemId}, {"object_id", e.objectId}, {"verb", e.verb}, {"result", e.result},
                           {"ts_ms", e.tsMs}, {"kind", optionalText(e.kind)}, {"statement", optionalText(e.statement)}}}};
            payload += line.dump() + "\n";
        }
    } catch (const json::exception&) {
        // Strict UTF-8 on purpose: a replaced byte would no longer be the text that was recorded.
        return store::StoreError{store::StoreErrorCode::Internal,
                                 "a record holds text that is not UTF-8, so it cannot travel unchanged; nothing was written."};
    }
    json manifest = {{"format", kBundleFormat},
                     {"version", kBundleVersion},
                     {"machine", bundle.manifest.machine.empty() ? hostName() : bundle.manifest.machine},
                     {"exported_at", bundle.manifest.exportedAt.empty() ? util::isoUtc(util::nowMs()) : bundle.manifest.exportedAt},
                     {"learners", int64_t(bundle.learners.size())},
                     {"events", int64_t(bundle.events.size())},
                     {"payload_bytes", int64_t(payload.size())}};
    manifest["sha256"] = hashOf(manifest, payload);
    if (key) {
        const std::string text = signedText(manifest);
        unsigned char sig[crypto_sign_BYTES];
        crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(text.data()), text.size(), key->bytes.data());
        certificate::PublicKey pub = key->publicKey();
        manifest["signature"] = {{"algorithm", "ed25519"},
                                 {"public_key", certificate::base64url(std::string(pub.bytes.begin(), pub.bytes.end()))},
                                 {"fingerprint", pub.fingerprint()},
                                 {"value", certificate::base64url(std::string(reinterpret_cast<char*>(sig), sizeof sig))}};
    }
    try {
        std::string file = manifest.dump() + "\n";
        file.reserve(file.size() + payload.size());
        file += payload;
        return file;
    } catch (const json::exception&) {
        return store::StoreError{store::StoreErrorCode::Internal, "the machine's name is not UTF-8; nothing was written."};
    }
}

store::StoreResult<Bundle> parseBundle(const std::string& bytes) {
    if (sodium_init() < 0) return store::StoreError{store::StoreErrorCode::Internal, "libsodium could not start."};
    const size_t newline = bytes.find('\n');
    if (newline == std::string::npos) return refused("no manifest line");
    const std::string manifestLine = bytes.substr(0, newline);
    json manifest = json::parse(manifestLine, nullptr, false);
    if (manifest.is_discarded() || !manifest.is_object() || manifest.value("format", "") != kBundleFormat)
        return refused("the first line is not a Lectern bundle's manifest");
    if (!isInteger(manifest, "version") || manifest["version"].get<int64_t>() != kBundleVersion)
        return refused("a bundle format this Lectern does not know; update Lectern on this machine");
    if (!isInteger(manifest, "learners") || !isInteger(manifest, "events") || !isInteger(manifest, "payload_bytes") ||
        !isText(manifest, "sha256") || !isText(manifest, "machine") || !isText(manifest, "exported_at"))
        return refused("the manifest misses a field");
    // Written canonical (compact, keys sorted): any other spelling of it was not written by Lectern.
    if (manifest.dump() != manifestLine) return refused("its manifest was altered");
    const std::string_view payload = std::string_view(bytes).substr(newline + 1);  // not copied: it may be large
    if (int64_t(payload.size()) != manifest["payload_bytes"].get<int64_t>())
        return refused("it holds " + std::to_string(payload.size()) + " bytes of records, its manifest says " +
                       std::to_string(manifest["payload_bytes"].get<int64_t>()) + ": it was cut short or added to");
    if (hashOf(manifest, payload) != manifest["sha256"].get<std::string>())
        return refused("its SHA-256 does not match the manifest: it was altered or damaged");

    Bundle bundle;
    bundle.manifest.machine = manifest["machine"].get<std::string>();
    bundle.manifest.exportedAt = manifest["exported_at"].get<std::string>();
    bundle.manifest.learners = manifest["learners"].get<int64_t>();
    bundle.manifest.events = manifest["events"].get<int64_t>();
    bundle.manifest.sha256 = manifest["sha256"].get<std::string>();
    if (manifest.contains("signature")) {
        const json& s = manifest["signature"];
        if (!s.is_object() || s.value("algorithm", "") != "ed25519" || !isText(s, "public_key") || !isText(s, "value"))
            return refused("its signature is not one Lectern makes");
        auto pub = certificate::fromBase64url(s["public_key"].get<std::string>());
        auto sig = certificate::fromBase64url(s["value"].get<std::string>());
        const std::string text = signedText(manifest);
        if (!pub || pub->size() != crypto_sign_PUBLICKEYBYTES || !sig || sig->size() != crypto_sign_BYTES ||
            crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(sig->data()),
                                        reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                                        reinterpret_cast<const unsigned char*>(pub->data())) != 0)
            return refused("its signature does not match its manifest");
        certificate::PublicKey key;
        std::copy(pub->begin(), pub->end(), key.bytes.begin());
        bundle.manifest.signerFingerprint = key.fingerprint();
    }

    std::set<std::string> learnerUuids, eventUuids;
    size_t at = 0;
    int64_t lineNo = 1;
    while (at < payload.size()) {
        ++lineNo;
        const size_t end = payload.find('\n', at);
        if (end == std::string::npos) return refused("line " + std::to_string(lineNo) + " does not end");
        json line = json::parse(payload.substr(at, end - at), nullptr, false);
        at = end + 1;
        const std::string where = "line " + std::to_string(lineNo);
        if (line.is_discarded() || !line.is_object() || line.size() != 1) return refused(where + " is not a record");
        if (line.contains("learner")) {
            const json& l = line["learner"];
            if (!bundle.events.empty()) return refused(where + ": a learner after the events");
            if (!l.is_object() || !isText(l, "uuid") || !isText(l, "name") || !isTextOrNull(l, "external_id") ||
                !isInteger(l, "created_ms") || l["uuid"].get<std::string>().empty() || l["name"].get<std::string>().empty())
                return refused(where + " is not a learner");
            BundleLearner learner{l["uuid"], l["name"], textOrNull(l["external_id"]), l["created_ms"]};
            if (!learnerUuids.insert(learner.uuid).second) return refused(where + ": a learner twice");
            bundle.learners.push_back(std::move(learner));
        } else if (line.contains("event")) {
            const json& e = line["event"];
            for (const char* key : {"uuid", "learner", "course_id", "module_id", "item_id", "object_id", "verb", "result"})
                if (!e.is_object() || !isText(e, key)) return refused(where + " is not an event");
            if (!isInteger(e, "ts_ms") || !isTextOrNull(e, "kind") || !isTextOrNull(e, "statement"))
                return refused(where + " is not an event");
            BundleEvent event{e["uuid"], e["learner"], e["course_id"], e["module_id"], e["item_id"], e["object_id"],
                              e["verb"], e["result"], e["ts_ms"], textOrNull(e["kind"]), textOrNull(e["statement"])};
            if (event.uuid.empty() || !eventUuids.insert(event.uuid).second) return refused(where + ": an event twice");
            if (!learnerUuids.count(event.learnerUuid)) return refused(where + ": an event of a learner the bundle does not hold");
            bundle.events.push_back(std::move(event));
        } else {
            return refused(where + " is not a record");
        }
    }
    if (int64_t(bundle.learners.size()) != bundle.manifest.learners || int64_t(bundle.events.size()) != bundle.manifest.events)
        return refused("it holds " + std::to_string(bundle.learners.size()) + " learners and " +
                       std::to_string(bundle.events.size()) + " events, its manifest says " +
                       std::to_string(bundle.manifest.learners) + " and " + std::to_string(bundle.manifest.events));
    return bundle;
}

} // namespace lectern::sync
