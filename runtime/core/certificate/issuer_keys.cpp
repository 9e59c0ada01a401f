#include "certificate/issuer_keys.h"

#include "platform/private_files.h"
#include "platform/xdg_paths.h"

#include <sodium.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace lectern::certificate {

namespace {

constexpr const char* kSecretTag = "lectern-ed25519-secret ";
constexpr const char* kPublicTag = "lectern-ed25519-public ";

std::string bytesOf(const unsigned char* p, size_t n) { return std::string(reinterpret_cast<const char*>(p), n); }

// The key text after `tag`, decoded to exactly `size` bytes.
std::optional<std::string> readKeyFile(const std::filesystem::path& path, const char* tag, size_t size,
                                       std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot read the key file " + path.string() + ": it does not exist or is not readable. "
                "Create a key pair with `lectern keys init`.";
        return std::nullopt;
    }
    std::string line;
    std::getline(in, line);
    std::string prefix(tag);
    std::optional<std::string> decoded;
    if (line.rfind(prefix, 0) == 0) decoded = fromBase64url(line.substr(prefix.size()));
    if (!decoded || decoded->size() != size) {
        error = path.string() + ":1: error: not a Lectern " + std::string(size == 32 ? "public" : "secret") +
                " key (expected one line \"" + prefix + "...\"). Create one with `lectern keys init`.";
        if (decoded) sodium_memzero(decoded->data(), decoded->size());
        return std::nullopt;
    }
    return decoded;
}

// Writes `text` to `path` with `mode`, replacing it; false with `error`.
bool writeKeyFile(const std::filesystem::path& path, const std::string& text, unsigned mode, std::string& error) {
    std::string tmp = path.string() + ".new";
    ::unlink(tmp.c_str());
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        error = "cannot write " + tmp + ": " + std::strerror(errno);
        return false;
    }
    ::fchmod(fd, mode);  // whatever the umask
    bool ok = ::write(fd, text.data(), text.size()) == ssize_t(text.size()) && ::fsync(fd) == 0;
    ok = ::close(fd) == 0 && ok;
    if (!ok || ::rename(tmp.c_str(), path.c_str()) != 0) {
        error = "cannot write " + path.string() + ": " + std::strerror(errno);
        ::unlink(tmp.c_str());
        return false;
    }
    return true;
}

} // namespace

std::string PublicKey::fingerprint() const {
    unsigned char hash[8];
    crypto_generichash(hash, sizeof hash, bytes.data(), bytes.size(), nullptr, 0);
    char text[24];
    std::snprintf(text, sizeof text, "%02x%02x %02x%02x %02x%02x %02x%02x", hash[0], hash[1], hash[2], hash[3], hash[4],
                  hash[5], hash[6], hash[7]);
    return text;
}

SecretKey::SecretKey(SecretKey&& other) noexcept : bytes(other.bytes) { sodium_memzero(other.bytes.data(), other.bytes.size()); }
SecretKey::~SecretKey() { sodium_memzero(bytes.data(), bytes.size()); }

PublicKey SecretKey::publicKey() const {
    PublicKey pk;
    crypto_sign_ed25519_sk_to_pk(pk.bytes.data(), bytes.data());
    return pk;
}

std::filesystem::path defaultSecretKeyPath() { return platform::configDir() / "issuer.key"; }
std::filesystem::path defaultPublicKeyPath() { return platform::configDir() / "issuer.pub"; }
std::filesystem::path defaultIssuerNamePath() { return platform::configDir() / "issuer.name"; }

std::string base64url(const std::string& bytes) {
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(std::strlen(out.c_str()));
    return out;
}

std::optional<std::string> fromBase64url(const std::string& text) {
    std::string out(text.size(), '\0');
    size_t len = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                          &len, nullptr, sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0)
        return std::nullopt;
    out.resize(len);
    if (base64url(out) != text) return std::nullopt;  // one text for one value: no slack bits
    return out;
}

KeyInitResult createKeyPair(const std::filesystem::path& secretPath, const std::filesystem::path& publicPath, bool force) {
    KeyInitResult r;
    if (sodium_init() < 0) {
        r.error = "libsodium could not start";
        return r;
    }
    std::error_code ec;
    for (const auto& p : {secretPath, publicPath}) {
        if (!force && std::filesystem::exists(p, ec)) {
            r.error = p.string() + " already exists: certificates signed with that key would no longer verify "
                      "against a new one. Pass --force to replace the key pair anyway.";
            return r;
        }
    }
    platform::createPrivateDirectories(secretPath.parent_path(), ec);
    if (!ec && publicPath.parent_path() != secretPath.parent_path())
        platform::createPrivateDirectories(publicPath.parent_path(), ec);
    if (ec) {
        r.error = "cannot create " + secretPath.parent_path().string() + ": " + ec.message();
        return r;
    }
    SecretKey sk;
    crypto_sign_keypair(r.publicKey.bytes.data(), sk.bytes.data());
    std::string secretText = kSecretTag + base64url(bytesOf(sk.bytes.data(), sk.bytes.size())) + "\n";
    bool ok = writeKeyFile(secretPath, secretText, platform::kPrivateFileMode, r.error) &&
              writeKeyFile(publicPath, kPublicTag + base64url(bytesOf(r.publicKey.bytes.data(), 32)) + "\n", 0644, r.error);
    sodium_memzero(secretText.data(), secretText.size());
    r.ok = ok;
    return r;
}

std::optional<PublicKey> loadPublicKey(const std::filesystem::path& path, std::string& error) {
    auto bytes = readKeyFile(path, kPublicTag, 32, error);
    if (!bytes) return std::nullopt;
    PublicKey pk;
    std::copy(bytes->begin(), bytes->end(), pk.bytes.begin());
    return pk;
}

std::optional<SecretKey> loadSecretKey(const std::filesystem::path& path, std::string& error) {
    if (sodium_init() < 0) {
        error = "libsodium could not start";
        return std::nullopt;
    }
    struct stat st{};
    if (::stat(path.c_str(), &st) == 0 && (st.st_mode & 077) != 0) {
        error = "the secret key " + path.string() + " can be read by other accounts; make it private with "
                "`chmod 600 " + path.string() + "` (or create a new pair with `lectern keys init --force`).";
        return std::nullopt;
    }
    auto bytes = readKeyFile(path, kSecretTag, 64, error);
    if (!bytes) return std::nullopt;
    SecretKey sk;
    std::copy(bytes->begin(), bytes->end(), sk.bytes.begin());
    sodium_memzero(bytes->data(), bytes->size());
    return sk;
}

} // namespace lectern::certificate
