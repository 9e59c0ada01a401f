// The certificate as a file: the PDF Cairo wrote, then one trailing comment line after its
// %%EOF that seals it:
//   %LECTERN-CERT1 <qr text: payload and its signature> <base64url file signature>\n
// The file signature is Ed25519ph (libsodium crypto_sign_init/update/final: the file is hashed
// as it streams) over every byte before that line followed by the payload, so
// one changed byte anywhere — in the drawing, the printed code, the payload or either
// signature — is refused, and a seal cannot be moved onto another file. PDF readers ignore
// a comment after %%EOF (poppler reads the file as before).
// Why a trailer and not a PDF signature dictionary (/Sig): Cairo cannot write one, and a
// byte-range signature would need a second pass over Cairo's output; the trailer covers
// every byte with one check and `verify` stays twenty lines.
#pragma once
#include "certificate/certificate.h"

#include <string>

namespace lectern::certificate {

// The PDF with its seal appended.
std::string sealPdf(const std::string& pdfBytes, const Signed& certificate, const SecretKey& key);

enum class Verdict {
    Genuine,
    NotACertificate,  // no seal: not a file Lectern issued
    Tampered,         // the file or its seal was changed
    WrongKey,         // sealed by another issuer's key than the one given
};

struct FileCheck {
    Verdict verdict = Verdict::NotACertificate;
    std::string message;  // one sentence for the person verifying
    std::optional<Signed> certificate;  // when the seal could be read
};

FileCheck verifyPdf(const std::string& fileBytes, const PublicKey& key);

} // namespace lectern::certificate
