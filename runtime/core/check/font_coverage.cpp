// Font coverage of a course's text. See font_coverage.h.
#include "check/font_coverage.h"

#include "util/file_read.h"
#include "util/utf8.h"

#include <hb.h>
#include <utf8proc.h>

#include <filesystem>
#include <map>

namespace lectern {
namespace {

// Characters drawn as nothing or as space: no font needs a glyph for them.
bool needsNoGlyph(char32_t cp) {
    if (cp < 0x80) return true;  // ASCII: Noto Sans has it all, and control bytes draw nothing
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_CC:  // controls
    case UTF8PROC_CATEGORY_CF:  // format: bidi marks, joiners, soft hyphen
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: return true;
    default: return false;
    }
}

bool covered(char32_t cp, const text::FontStack& fonts) {
    if (cp > 0xFFFF) return false;  // ImGui 1.86's glyphs are 16-bit: never drawn
    for (text::Family f : {text::Family::Sans, text::Family::Arabic, text::Family::Cjk})
        if (fonts.face(text::faceId(f, false)).hasGlyph(cp)) return true;
    return false;
}

struct FirstUse {
    SourcePos pos;
    char32_t cp = 0;
    size_t count = 0;
};

std::string scriptName(hb_script_t script) {
    char tag[5] = {};
    hb_tag_to_string(hb_script_to_iso15924_tag(script), tag);
    return tag;
}

std::string codePointName(char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
}

} // namespace

void checkFontCoverage(const std::string& file, std::string_view text, const text::FontStack& fonts,
                       Diagnostics& diags) {
    hb_unicode_funcs_t* unicode = hb_unicode_funcs_get_default();
    std::map<hb_script_t, FirstUse> missing;  // by script, in script order: a stable report
    int line = 1;
    size_t lineStart = 0;
    for (size_t i = 0; i < text.size();) {
        const size_t at = i;
        const char32_t cp = utf8::decode(text, i);
        if (cp == '\n') {
            ++line;
            lineStart = i;
            continue;
        }
        if (cp == utf8::kInvalid || needsNoGlyph(cp) || covered(cp, fonts)) continue;
        // Above U+FFFF (emoji, rare ideographs) the script does not matter: none is drawn.
        const hb_script_t script = cp > 0xFFFF ? HB_SCRIPT_INVALID : hb_unicode_script(unicode, cp);
        FirstUse& use = missing[script];
        if (use.count++ == 0) {
            use.pos = SourcePos{line, static_cast<int>(at - lineStart) + 1};  // a byte column, as cmark's
            use.cp = cp;
        }
    }
    for (const auto& [script, use] : missing) {
        const std::string what = script == HB_SCRIPT_INVALID
                                     ? "characters above U+FFFF (" + codePointName(use.cp) + " first)"
                                     : "the " + scriptName(script) + " script (" + codePointName(use.cp) + " first)";
        diags.warning(file, use.pos,
                      "no font Lectern draws with has " + what + ", " + std::to_string(use.count) +
                          (use.count == 1 ? " character" : " characters") +
                          " in this file: learners see a replacement mark instead; write the text in a script "
                          "of Noto Sans, Noto Sans Arabic or Noto Sans CJK SC, or leave it out");
    }
}

void checkCourseFontCoverage(const Course& course, const text::FontStack& fonts, Diagnostics& diags) {
    const text::FaceId sans = text::faceId(text::Family::Sans, false);
    if (!fonts.face(sans).usable()) {
        diags.warning(fonts.source(sans).path, SourcePos{},
                      "this font is missing, so the text's coverage was not checked: install Debian's fonts-noto-core "
                      "and fonts-noto-cjk (tools/setup does)");
        return;
    }
    const auto checkFile = [&](const std::string& file) {
        if (file.empty()) return;
        const FileRead r = readFileBounded(file);
        if (r.ok()) checkFontCoverage(file, r.bytes, fonts, diags);  // unreadable: the loader said so
    };
    checkFile(course.manifest);
    for (const auto& m : course.modules) {
        if (!m) continue;
        checkFile(m->file);
        for (const auto& [tag, variant] : m->variants)
            if (variant) checkFile(variant->file);
    }
    if (course.root.empty()) return;
    const std::filesystem::path content = std::filesystem::path(course.root) / "content";
    const auto ifExists = [&](const std::filesystem::path& p) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(p, ec)) checkFile(p.string());
    };
    ifExists(content / "glossary.md");
    for (const auto& [tag, entries] : course.glossaryVariants) ifExists(content / ("glossary." + tag + ".md"));
    for (const auto& [tag, text] : course.textVariants) ifExists(content / ("course." + tag + ".yaml"));
}

} // namespace lectern
