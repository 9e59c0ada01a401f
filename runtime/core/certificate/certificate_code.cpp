#include "certificate/certificate_code.h"

#include <sodium.h>

namespace lectern::certificate {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// The symbol's value, or -1. Lower case and the confusables are read as Crockford says.
int symbolValue(char c) {
    if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    if (c == 'O') c = '0';
    if (c == 'I' || c == 'L') c = '1';
    for (int i = 0; i < 32; ++i)
        if (kAlphabet[i] == c) return i;
    return -1;
}
} // namespace

std::string crockfordEncode(std::string_view bytes, size_t symbols) {
    std::string out;
    out.reserve(symbols);
    for (size_t s = 0; s < symbols; ++s) {
        int value = 0;
        for (size_t b = s * 5; b < s * 5 + 5; ++b) {
            size_t byte = b / 8;
            int bit = byte < bytes.size() ? (static_cast<unsigned char>(bytes[byte]) >> (7 - b % 8)) & 1 : 0;
            value = value << 1 | bit;
        }
        out += kAlphabet[value];
    }
    return out;
}

std::string codeFromSignature(std::string_view signature) {
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(signature.data()), signature.size(),
                       nullptr, 0);
    std::string symbols = crockfordEncode(std::string_view(reinterpret_cast<const char*>(hash), sizeof hash), kCodeSymbols);
    return symbols.substr(0, 4) + "-" + symbols.substr(4, 4) + "-" + symbols.substr(8, 4);
}

std::optional<std::string> normalizeCode(std::string_view typed) {
    std::string symbols;
    for (char c : typed) {
        if (c == '-' || c == ' ') continue;
        int v = symbolValue(c);
        if (v < 0 || symbols.size() == kCodeSymbols) return std::nullopt;
        symbols += kAlphabet[v];
    }
    if (symbols.size() != kCodeSymbols) return std::nullopt;
    return symbols.substr(0, 4) + "-" + symbols.substr(4, 4) + "-" + symbols.substr(8, 4);
}

} // namespace lectern::certificate
