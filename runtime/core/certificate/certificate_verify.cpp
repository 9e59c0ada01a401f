#include "certificate/certificate_verify.h"

#include "certificate/certificate_code.h"
#include "store/certificate_repository.h"
#include "store/read/read_only_open.h"

namespace lectern::certificate {

CodeCheck verifyCode(const std::string& typedCode, const std::string& dbPath, const PublicKey& key) {
    CodeCheck r;
    std::optional<std::string> code = normalizeCode(typedCode);
    if (!code) {
        r.verdict = CodeVerdict::NotACode;
        r.message = "\"" + typedCode + "\" is not a certificate code (12 letters and digits, like K7Q2-9XMD-41TB).";
        return r;
    }
    auto opened = store::read::openReadOnly(dbPath);
    if (!opened) {
        r.verdict = CodeVerdict::CannotRead;
        r.message = opened.error().message;
        return r;
    }
    if (opened->schemaVersion < store::kCertificatesSchemaVersion) {
        r.message = "unknown code " + *code + ": no certificate was ever issued from " + dbPath + ".";
        return r;
    }
    auto found = store::CertificateRepository(opened->db).find(*code);
    if (!found) {
        r.verdict = CodeVerdict::CannotRead;
        r.message = found.error().message;
        return r;
    }
    if (!*found) {
        r.message = "unknown code " + *code + ": no certificate with this code was issued from " + dbPath +
                    " (a mistyped or made-up code).";
        return r;
    }
    const store::CertificateRow& row = **found;
    r.verdict = CodeVerdict::Tampered;
    r.message = "the record of certificate " + *code + " in " + dbPath + " was changed after it was issued.";
    std::optional<Payload> payload = parsePayload(row.payloadJson);
    std::optional<std::string> sig = fromBase64url(row.signatureBase64);
    if (!payload || !sig) return r;
    r.certificate = Signed{*payload, row.payloadJson, *sig, codeFromSignature(*sig)};
    if (payload->keyFingerprint != key.fingerprint()) {
        r.verdict = CodeVerdict::WrongKey;
        r.message = "certificate " + *code + " was signed with another key (fingerprint " + payload->keyFingerprint +
                    ") than the one given (" + key.fingerprint() + "): check it with its issuer's public key.";
        return r;
    }
    if (!signatureValid(row.payloadJson, *sig, key) || r.certificate->code != *code) return r;
    r.verdict = CodeVerdict::Genuine;
    r.message = "genuine: issued by " + payload->issuer + " to " + payload->learnerName + " for " + payload->courseTitle +
                " on " + payload->issuedAt + ".";
    return r;
}

} // namespace lectern::certificate
