#include "certificate/certificate.h"

#include "certificate/certificate_code.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <cmath>
#include <cstdio>

namespace lectern::certificate {

using nlohmann::ordered_json;

namespace {
constexpr const char* kQrPrefix = "LECTERN-CERT1.";
}

std::string decimalText(double value) {
    double r = std::round(value * 10.0) / 10.0;
    if (r == 0) r = 0;  // never "-0"
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", r);
    std::string text = buf;
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
    return text;
}

std::string canonicalJson(const Payload& p) {
    ordered_json j;
    j["v"] = 1;
    j["id"] = p.id;
    j["learner"] = p.learnerName;
    j["learner_uuid"] = p.learnerUuid;
    j["external_id"] = p.externalId;
    j["course_id"] = p.courseId;
    j["course_title"] = p.courseTitle;
    j["completed_at"] = p.completedAt;
    j["duration_minutes"] = decimalText(p.durationMinutes);
    j["score_percent"] = p.scorePercent ? ordered_json(decimalText(*p.scorePercent)) : ordered_json(nullptr);
    j["pass_percent"] = p.passPercent ? ordered_json(decimalText(*p.passPercent)) : ordered_json(nullptr);
    j["issuer"] = p.issuer;
    j["issued_at"] = p.issuedAt;
    j["key"] = p.keyFingerprint;
    return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

std::optional<Payload> parsePayload(const std::string& json) {
    ordered_json j = ordered_json::parse(json, nullptr, false);
    if (j.is_discarded() || !j.is_object() || j.value("v", 0) != 1) return std::nullopt;
    try {
        Payload p;
        p.id = j.at("id").get<std::string>();
        p.learnerName = j.at("learner").get<std::string>();
        p.learnerUuid = j.at("learner_uuid").get<std::string>();
        p.externalId = j.at("external_id").get<std::string>();
        p.courseId = j.at("course_id").get<std::string>();
        p.courseTitle = j.at("course_title").get<std::string>();
        p.completedAt = j.at("completed_at").get<std::string>();
        p.durationMinutes = std::stod(j.at("duration_minutes").get<std::string>());
        if (!j.at("score_percent").is_null()) p.scorePercent = std::stod(j.at("score_percent").get<std::string>());
        if (!j.at("pass_percent").is_null()) p.passPercent = std::stod(j.at("pass_percent").get<std::string>());
        p.issuer = j.at("issuer").get<std::string>();
        p.issuedAt = j.at("issued_at").get<std::string>();
        p.keyFingerprint = j.at("key").get<std::string>();
        if (canonicalJson(p) != json) return std::nullopt;
        return p;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

Signed sign(const Payload& payload, const SecretKey& key) {
    Signed s;
    s.payload = payload;
    s.payload.keyFingerprint = key.publicKey().fingerprint();
    s.payloadJson = canonicalJson(s.payload);
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(s.payloadJson.data()), s.payloadJson.size(),
                         key.bytes.data());
    s.signature.assign(reinterpret_cast<const char*>(sig), sizeof sig);
    s.code = codeFromSignature(s.signature);
    return s;
}

bool signatureValid(const std::string& message, const std::string& signature, const PublicKey& key) {
    if (signature.size() != crypto_sign_BYTES) return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.data()),
                                       reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                                       key.bytes.data()) == 0;
}

std::string qrText(const Signed& c) { return kQrPrefix + base64url(c.payloadJson) + "." + base64url(c.signature); }

std::optional<Signed> fromQrText(const std::string& text) {
    std::string prefix(kQrPrefix);
    if (text.rfind(prefix, 0) != 0) return std::nullopt;
    size_t dot = text.find('.', prefix.size());
    if (dot == std::string::npos) return std::nullopt;
    auto json = fromBase64url(text.substr(prefix.size(), dot - prefix.size()));
    auto sig = fromBase64url(text.substr(dot + 1));
    if (!json || !sig || sig->size() != crypto_sign_BYTES) return std::nullopt;
    auto payload = parsePayload(*json);
    if (!payload) return std::nullopt;
    Signed s{*payload, *json, *sig, codeFromSignature(*sig)};
    return s;
}

} // namespace lectern::certificate
