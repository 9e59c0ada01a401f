// The certificate's short code, for a person to type: 12 Crockford base32 symbols in three
// groups, e.g. K7Q2-9XMD-41TB (60 bits of the BLAKE2b hash of the Ed25519 signature, so a code
// names exactly one signed certificate and cannot be chosen without the issuer's key).
// Crockford's alphabet has no I, L, O or U; reading a code back accepts lower case, the
// confusables O -> 0 and I/L -> 1, and ignores hyphens and spaces.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace lectern::certificate {

inline constexpr size_t kCodeSymbols = 12;

// Crockford base32 of `bytes` (5 bits a symbol, most significant first), `symbols` long.
std::string crockfordEncode(std::string_view bytes, size_t symbols);

// The code of a certificate: from its payload signature (64 bytes).
std::string codeFromSignature(std::string_view signature);

// "k7q2 9xmd-41tb" -> "K7Q2-9XMD-41TB"; nullopt when it is not 12 symbols of the alphabet
// (after the confusables are mapped) — a U, a letter outside it, too short or too long.
std::optional<std::string> normalizeCode(std::string_view typed);

} // namespace lectern::certificate
