// The certificate drawn as an A4 landscape page: the learner's name (any script, shaped by
// Pango), the course, completion date, time on task, the score where the course has a pass
// mark, the issuer, the code and a QR code (libqrencode) carrying the signed payload.
// Returns the PDF's bytes, unsealed (certificate/certificate_file.h seals them).
#pragma once
#include "certificate/certificate.h"

#include <optional>
#include <string>

namespace lectern::pdf {

std::optional<std::string> certificatePdf(const certificate::Signed& certificate, std::string& error);

} // namespace lectern::pdf
