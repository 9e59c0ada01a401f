// Checking a certificate offline, by its code or its file, with the issuer's public key.
//   a code: looked up among the certificates issued in a progress file; its payload signature
//           checked again, and that the code is the one the signature gives;
//   a file: its seal (certificate/certificate_file.h).
// Each failure says which: unknown code, tampered file or record, wrong key.
#pragma once
#include "certificate/certificate_file.h"

#include <string>

namespace lectern::certificate {

enum class CodeVerdict { Genuine, NotACode, Unknown, Tampered, WrongKey, CannotRead };

struct CodeCheck {
    CodeVerdict verdict = CodeVerdict::Unknown;
    std::string message;
    std::optional<Signed> certificate;
};

CodeCheck verifyCode(const std::string& typedCode, const std::string& dbPath, const PublicKey& key);

} // namespace lectern::certificate
