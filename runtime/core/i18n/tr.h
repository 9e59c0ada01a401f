// The interface's words go through GNU gettext (domain "lectern"): tr("Sign out") and
// trn("%d question", "%d questions", n). xgettext finds them (tools/i18n/update-pot:
// --keyword=tr --keyword=trn:1,2 --keyword=N_). Formats are printf's, so a translation may reorder its
// arguments ("%2$s … %1$d"); fill them with formatText(), never by joining pieces of sentences.
#pragma once
#include <cstdarg>
#include <cstdio>
#include <libintl.h>
#include <string>

namespace lectern::i18n {

inline constexpr const char* kTextDomain = "lectern";

} // namespace lectern::i18n

namespace lectern {

__attribute__((format_arg(1))) inline const char* tr(const char* msgid) { return dgettext(i18n::kTextDomain, msgid); }
__attribute__((format_arg(1))) __attribute__((format_arg(2))) inline const char* trn(const char* singular, const char* plural, long n) {
    return dngettext(i18n::kTextDomain, singular, plural, static_cast<unsigned long>(n < 0 ? -n : n));
}

// Marks a string for extraction where it is stored (a table of labels); tr() it when shown.
constexpr const char* N_(const char* msgid) { return msgid; }

// printf into a std::string (positional %1$s accepted, as glibc's printf does).
__attribute__((format(printf, 1, 2))) inline std::string formatText(const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    va_list copy;
    va_copy(copy, args);
    const int n = std::vsnprintf(nullptr, 0, fmt, copy);
    va_end(copy);
    std::string out(n > 0 ? static_cast<size_t>(n) : 0, '\0');
    if (n > 0) std::vsnprintf(out.data(), out.size() + 1, fmt, args);
    va_end(args);
    return out;
}

} // namespace lectern
