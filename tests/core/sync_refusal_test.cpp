// A bundle that is not exactly what was exported is refused before anything is written.
#include "sync_test_support.h"

#include "certificate/issuer_keys.h"

using namespace lectern;
using namespace sync_test;

namespace {

std::string fileState(const std::string& path) { return eventDump(path) + stateDump(path, true); }

} // namespace

TEST_CASE("sync: a bundle with any one byte changed, or cut short, is refused and changes nothing", "[sync]") {
    TempDir dir;
    const std::string from = dir.file("from.db"), to = dir.file("to.db");
    recordMachine(from, {{"Amina", ""}}, 1, 4);
    recordMachine(to, {{"Bo", ""}}, 2, 2);
    const std::string bundle = exportBundle(from);
    const std::string before = fileState(to);

    SECTION("every byte, one at a time") {
        int refused = 0;
        for (size_t at = 0; at < bundle.size(); ++at) {
            std::string altered = bundle;
            altered[at] = char(altered[at] ^ 0x01);
            auto parsed = sync::parseBundle(altered);
            INFO("byte " << at << " of " << bundle.size());
            CHECK_FALSE(parsed);
            refused += parsed ? 0 : 1;
        }
        CHECK(refused == int(bundle.size()));
        auto result = importBytes(to, std::string(bundle).replace(bundle.size() / 2, 1, "#"));
        REQUIRE_FALSE(result);
        CHECK(result.error().message.find("Nothing was imported") != std::string::npos);
    }
    SECTION("cut short anywhere") {
        for (size_t keep : {size_t(0), size_t(10), bundle.find('\n'), bundle.find('\n') + 1, bundle.size() / 2,
                            bundle.size() - 2, bundle.size() - 1}) {
            INFO("kept " << keep << " of " << bundle.size() << " bytes");
            CHECK_FALSE(importBytes(to, bundle.substr(0, keep)));
        }
        auto cut = importBytes(to, bundle.substr(0, bundle.size() - 1));
        REQUIRE_FALSE(cut);
        CHECK(cut.error().message.find("cut short") != std::string::npos);
    }
    CHECK(fileState(to) == before);
    CHECK(importBytes(to, bundle));  // the bundle as written is taken
    CHECK(fileState(to) != before);
}

TEST_CASE("sync: a signed bundle names its key; a signature that does not match is refused", "[sync]") {
    TempDir dir;
    const std::string from = dir.file("from.db");
    recordMachine(from, {{"Amina", ""}}, 0, 2);
    auto keys = certificate::createKeyPair(dir.file("issuer.key"), dir.file("issuer.pub"), false);
    REQUIRE(keys.ok);
    std::string error;
    auto secret = certificate::loadSecretKey(dir.file("issuer.key"), error);
    REQUIRE(secret);
    const std::string bundle = exportBundle(from, &*secret);
    auto parsed = sync::parseBundle(bundle);
    REQUIRE(parsed);
    CHECK(parsed->manifest.signerFingerprint == keys.publicKey.fingerprint());

    // Signed by another key with the first key's name on it: the hash is right, the signature is not.
    auto other = certificate::createKeyPair(dir.file("other.key"), dir.file("other.pub"), false);
    REQUIRE(other.ok);
    auto otherSecret = certificate::loadSecretKey(dir.file("other.key"), error);
    REQUIRE(otherSecret);
    const std::string forged = exportBundle(from, &*otherSecret);
    const std::string otherPub = certificate::base64url(std::string(other.publicKey.bytes.begin(), other.publicKey.bytes.end()));
    const std::string firstPub = certificate::base64url(std::string(keys.publicKey.bytes.begin(), keys.publicKey.bytes.end()));
    std::string swapped = forged;
    swapped.replace(swapped.find(otherPub), otherPub.size(), firstPub);
    auto refused = sync::parseBundle(swapped);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("signature") != std::string::npos);
}
