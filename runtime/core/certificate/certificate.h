// A certificate of completion: what it says (the payload), signed with the issuer's Ed25519
// key. The payload is canonical JSON (fixed key order, no spaces), so the bytes signed are the
// bytes carried: in the store (certificates.payload), in the QR code and in the PDF's trailer.
// The short code (certificate_code.h) comes from the signature.
//
// The QR code carries "LECTERN-CERT1." base64url(payload) "." base64url(signature): anyone
// with the issuer's public key can check it offline.
#pragma once
#include "certificate/issuer_keys.h"

#include <optional>
#include <string>

namespace lectern::certificate {

struct Payload {
    std::string id;             // a random UUID: two issues in the same second still differ
    std::string learnerName;    // as it is printed (the full name)
    std::string learnerUuid;
    std::string externalId;     // empty: none
    std::string courseId, courseTitle;
    std::string completedAt;    // ISO 8601 UTC
    double durationMinutes = 0; // time on task, one decimal
    std::optional<double> scorePercent;  // only when the course has a pass mark (quizzes)
    std::optional<double> passPercent;
    std::string issuer;
    std::string issuedAt;       // ISO 8601 UTC
    std::string keyFingerprint; // of the key that signed it (PublicKey::fingerprint)
};

std::string canonicalJson(const Payload& payload);
// nullopt when `json` is not a payload in canonical form (re-serialising must give it back).
std::optional<Payload> parsePayload(const std::string& json);

struct Signed {
    Payload payload;
    std::string payloadJson;  // canonicalJson(payload)
    std::string signature;    // 64 bytes, over payloadJson
    std::string code;         // codeFromSignature(signature)
};

Signed sign(const Payload& payload, const SecretKey& key);
bool signatureValid(const std::string& message, const std::string& signature, const PublicKey& key);

std::string qrText(const Signed& certificate);
// nullopt when it is not that form (the signature is not checked here).
std::optional<Signed> fromQrText(const std::string& text);

// "12.5" / "100": the one way a duration or score is printed (one decimal, trailing .0 dropped).
std::string decimalText(double value);

} // namespace lectern::certificate
