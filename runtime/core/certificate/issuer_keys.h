// The issuer's Ed25519 key pair (libsodium), kept in $XDG_CONFIG_HOME/lectern/:
//   issuer.key  the secret key, mode 0600 (its owner only); never printed or logged
//   issuer.pub  the public key, for whoever verifies certificates
// Each is one text line: "lectern-ed25519-secret|public BASE64URL". The fingerprint (16 hex
// digits of the BLAKE2b hash of the public key) names a key in messages and in every
// certificate, so `verify` can tell a wrong key from a tampered file.
#pragma once
#include <array>
#include <filesystem>
#include <optional>
#include <string>

namespace lectern::certificate {

struct PublicKey {
    std::array<unsigned char, 32> bytes{};
    std::string fingerprint() const;  // "3f9a 01c2 77de 5b10"
};

// Wiped when it goes out of scope.
struct SecretKey {
    std::array<unsigned char, 64> bytes{};  // libsodium's secret key: seed + public key
    SecretKey() = default;
    SecretKey(const SecretKey&) = delete;
    SecretKey& operator=(const SecretKey&) = delete;
    SecretKey(SecretKey&& other) noexcept;
    ~SecretKey();
    PublicKey publicKey() const;
};

std::filesystem::path defaultSecretKeyPath();  // configDir()/issuer.key
std::filesystem::path defaultPublicKeyPath();  // configDir()/issuer.pub
// The issuer's name set by `lectern keys init --issuer NAME` (configDir()/issuer.name).
std::filesystem::path defaultIssuerNamePath();

struct KeyInitResult {
    bool ok = false;
    std::string error;  // what to do
    PublicKey publicKey;
};

// Creates a new pair at `secretPath` (0600, in a 0700 folder when it makes one) and
// `publicPath`. Refuses when either exists, unless `force`.
KeyInitResult createKeyPair(const std::filesystem::path& secretPath, const std::filesystem::path& publicPath, bool force);

// nullopt with `error` (the file, what is wrong, what to do).
std::optional<PublicKey> loadPublicKey(const std::filesystem::path& path, std::string& error);
std::optional<SecretKey> loadSecretKey(const std::filesystem::path& path, std::string& error);

// Base64url without padding, strict: decoding refuses anything a re-encoding would not give back.
std::string base64url(const std::string& bytes);
std::optional<std::string> fromBase64url(const std::string& text);

} // namespace lectern::certificate
