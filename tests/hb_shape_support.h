// What HarfBuzz's own command-line tool gives (hb-shape, libharfbuzz-bin, installed by
// tools/setup): the reference the core's layout and the UI's drawing are compared with.
#pragma once
#include "text/font_stack.h"
#include "util/utf8.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace lectern::test {

using lectern::text::FaceSource;

inline std::vector<char32_t> codePoints(std::string_view s) {
    std::vector<char32_t> cps;
    for (size_t i = 0; i < s.size();) cps.push_back(lectern::utf8::decode(s, i));
    return cps;
}

inline std::string hexList(const std::vector<char32_t>& cps, size_t begin, size_t end) {
    std::string out;
    char buf[16];
    for (size_t i = begin; i < end; ++i) {
        std::snprintf(buf, sizeof buf, "%sU+%04X", out.empty() ? "" : ",", unsigned(cps[i]));
        out += buf;
    }
    return out;
}

// hb-shape's glyph ids ("[12|34|56]") for cps[begin, end) with five code points of context
// on each side, as HarfBuzz keeps when a run is cut from a paragraph.
inline std::vector<uint32_t> hbShape(const FaceSource& font, const std::vector<char32_t>& cps, size_t begin, size_t end,
                              bool rtl, const std::string& script, const std::string& language) {
    std::string cmd = "hb-shape --no-glyph-names --no-positions --no-clusters --font-funcs=ot";
    cmd += " --face-index=" + std::to_string(font.index);
    cmd += rtl ? " --direction=rtl" : " --direction=ltr";
    cmd += " --script=" + script;
    if (!language.empty()) cmd += " --language=" + language;
    cmd += " --unicodes=" + hexList(cps, begin, end);
    if (begin == 0) cmd += " --bot";
    if (end == cps.size()) cmd += " --eot";
    if (begin > 0) cmd += " --unicodes-before=" + hexList(cps, begin >= 5 ? begin - 5 : 0, begin);
    if (end < cps.size()) cmd += " --unicodes-after=" + hexList(cps, end, std::min(cps.size(), end + 5));
    cmd += " '" + font.path + "' 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    REQUIRE(p != nullptr);
    std::string text;
    char buf[4096];
    while (size_t got = fread(buf, 1, sizeof buf, p)) text.append(buf, got);
    const int status = pclose(p);
    INFO("command: " << cmd << "\noutput: " << text);
    REQUIRE(status == 0);
    REQUIRE(text.size() >= 2);
    REQUIRE(text.front() == '[');
    std::vector<uint32_t> ids;
    for (size_t i = 1; i < text.size() && text[i] != ']';) {
        size_t used = 0;
        ids.push_back(uint32_t(std::stoul(text.substr(i), &used)));
        i += used;
        if (text[i] == '|') ++i;
    }
    return ids;
}

} // namespace lectern::test
