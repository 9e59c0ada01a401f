// What a link or image points at, decided once by the loader (load/module_parser.cpp); the
// reader and the commands act on it as given, never by reading the target's text again.
// The kind lives in bits 9-11 of Span::flags (course/document.h): one flags word per span.
#pragma once
#include "course/document.h"

#include <cstdint>

namespace lectern {

enum class LinkKind : uint16_t {
    None = 0,    // not a link (or a glossary term)
    Web,         // target = an http, https or mailto URL: opened by the browser after asking
    Anchor,      // target = "#anchor" in this module
    Module,      // target = "module-id" or "module-id#anchor"
    CourseFile,  // target = the real path of a file inside the course folder (a PDF, an image)
    Refused,     // reported by the loader (outside the course, missing, unsupported): never opened
};

inline constexpr int kSpanLinkKindShift = 9;
inline constexpr uint16_t kSpanLinkKindMask = uint16_t(7u << kSpanLinkKindShift);

inline LinkKind linkKind(uint16_t spanFlags) { return LinkKind((spanFlags & kSpanLinkKindMask) >> kSpanLinkKindShift); }
inline LinkKind linkKind(const Span& s) { return linkKind(s.flags); }
inline void setLinkKind(Span& s, LinkKind kind) {
    s.flags = uint16_t((s.flags & ~kSpanLinkKindMask) | (uint16_t(kind) << kSpanLinkKindShift));
}
// The span's flags without the link kind: SpanLink, SpanImage, SpanEmph...
inline uint16_t styleFlags(uint16_t spanFlags) { return uint16_t(spanFlags & ~kSpanLinkKindMask); }

} // namespace lectern
