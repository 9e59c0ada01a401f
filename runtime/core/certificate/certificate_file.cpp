#include "certificate/certificate_file.h"

#include <sodium.h>

namespace lectern::certificate {

namespace {
constexpr const char* kSealTag = "%LECTERN-CERT1 ";

std::string fileSignature(const std::string& pdfBytes, const std::string& payloadJson, const SecretKey& key) {
    crypto_sign_state state;
    crypto_sign_init(&state);
    crypto_sign_update(&state, reinterpret_cast<const unsigned char*>(pdfBytes.data()), pdfBytes.size());
    crypto_sign_update(&state, reinterpret_cast<const unsigned char*>(payloadJson.data()), payloadJson.size());
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_final_create(&state, sig, nullptr, key.bytes.data());
    return std::string(reinterpret_cast<const char*>(sig), sizeof sig);
}

bool fileSignatureValid(std::string_view pdfBytes, const std::string& payloadJson, const std::string& sig,
                        const PublicKey& key) {
    if (sig.size() != crypto_sign_BYTES) return false;
    crypto_sign_state state;
    crypto_sign_init(&state);
    crypto_sign_update(&state, reinterpret_cast<const unsigned char*>(pdfBytes.data()), pdfBytes.size());
    crypto_sign_update(&state, reinterpret_cast<const unsigned char*>(payloadJson.data()), payloadJson.size());
    std::string copy = sig;  // crypto_sign_final_verify takes a non-const pointer
    return crypto_sign_final_verify(&state, reinterpret_cast<unsigned char*>(copy.data()), key.bytes.data()) == 0;
}
} // namespace

std::string sealPdf(const std::string& pdfBytes, const Signed& c, const SecretKey& key) {
    std::string out = pdfBytes;
    if (!out.empty() && out.back() != '\n') out += '\n';
    std::string sig = fileSignature(out, c.payloadJson, key);
    out += kSealTag + qrText(c) + " " + base64url(sig) + "\n";
    return out;
}

FileCheck verifyPdf(const std::string& bytes, const PublicKey& key) {
    FileCheck r;
    const std::string tag = std::string("\n") + kSealTag;
    size_t at = bytes.rfind(tag);
    if (at == std::string::npos) {
        r.verdict = bytes.find(kSealTag) == std::string::npos ? Verdict::NotACertificate : Verdict::Tampered;
        r.message = r.verdict == Verdict::NotACertificate
                        ? "this file carries no Lectern certificate seal: it was not issued by `lectern certificate issue`."
                        : "this file's certificate seal is damaged: the file was changed after it was issued.";
        return r;
    }
    std::string_view pdf(bytes.data(), at + 1);
    std::string line = bytes.substr(at + tag.size());
    r.verdict = Verdict::Tampered;
    r.message = "the file was changed after it was issued: its seal does not match its contents.";
    // Exactly one line, ending the file: "<qr text> <file signature>\n".
    if (line.empty() || line.back() != '\n' || line.find('\n') != line.size() - 1) return r;
    line.pop_back();
    size_t space = line.find(' ');
    if (space == std::string::npos || line.find(' ', space + 1) != std::string::npos) return r;
    std::optional<Signed> c = fromQrText(line.substr(0, space));
    std::optional<std::string> fileSig = fromBase64url(line.substr(space + 1));
    if (!c || !fileSig) return r;
    r.certificate = c;
    if (c->payload.keyFingerprint != key.fingerprint()) {
        r.verdict = Verdict::WrongKey;
        r.message = "it was signed with another key (fingerprint " + c->payload.keyFingerprint +
                    ") than the one given (" + key.fingerprint() + "): check it with its issuer's public key.";
        return r;
    }
    if (!signatureValid(c->payloadJson, c->signature, key) || !fileSignatureValid(pdf, c->payloadJson, *fileSig, key))
        return r;
    r.verdict = Verdict::Genuine;
    r.message = "genuine: issued by " + c->payload.issuer + " to " + c->payload.learnerName + " for " +
                c->payload.courseTitle + " on " + c->payload.issuedAt + ", code " + c->code + ".";
    return r;
}

} // namespace lectern::certificate
