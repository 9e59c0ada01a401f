// `lectern check` output cannot be steered by course content (issue 11, item 13): escape
// sequences in messages and newlines in paths are printed escaped, one problem per line.
#include "check/check_command.h"
#include "load_test_util.h"

#include <cstdio>

using namespace lectern;

namespace {

std::string runCheck(const std::vector<std::string>& args) {
    FILE* out = std::tmpfile();
    FILE* err = std::tmpfile();
    REQUIRE((out && err));
    runCheckCommand(args, "", out, err);
    std::string s;
    std::rewind(out);
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, out)) > 0;) s.append(buf, n);
    std::fclose(out);
    std::fclose(err);
    return s;
}

} // namespace

TEST_CASE("check: escape sequences from content are printed escaped", "[check][hostile]") {
    test::TempDir tmp;
    // A broken link whose target carries ESC [2J (clear screen) and a C1 CSI (U+009B).
    tmp.write("m/module.md", "---\nid: m\ntitle: T\n---\n\n[x](#gone\x1b[2J\xc2\x9b" "31m)\n");
    const std::string out = runCheck({tmp.str() + "/m"});
    INFO(out);
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find("\xc2\x9b") == std::string::npos);
    CHECK(out.find("\\x1B[2J\\u009B31m") != std::string::npos);
}

TEST_CASE("check: a newline in a path cannot forge a FILE:LINE:COL line", "[check][hostile]") {
    test::TempDir tmp;
    const std::string folder = "m\nfake.md:1:1: error: forged";
    tmp.write(folder + "/module.md", "---\nid: m\ntitle: T\n---\n\n[x](#nowhere)\n");
    const std::string out = runCheck({tmp.str() + "/" + folder});
    INFO(out);
    CHECK(out.find("\nfake.md") == std::string::npos);
    CHECK(out.find("m\\nfake.md:1:1: error: forged/module.md:6:1: error:") != std::string::npos);
    CHECK(std::count(out.begin(), out.end(), '\n') == 1);  // one problem, one line
}
