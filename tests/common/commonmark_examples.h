// The examples of the CommonMark spec (tests/data/commonmark/spec.txt), read for the
// data-driven tests: the loader's conformance test (core) and the reader's drawing test (ui).
#pragma once
#include <sstream>
#include <string>
#include <vector>

namespace lectern::test {

struct Example {
    int number = 0;
    int line = 0;  // line in spec.txt
    std::string section;
    std::string markdown;
    std::string html;
};

inline std::string untab(std::string s) {
    // The spec writes tabs as U+2192 (→).
    for (size_t at; (at = s.find("\xE2\x86\x92")) != std::string::npos;) s.replace(at, 3, "\t");
    return s;
}

inline std::vector<Example> readExamples(const std::string& spec) {
    const std::string fence(32, '`');
    std::vector<Example> out;
    std::istringstream in(spec);
    std::string line, section;
    int lineNo = 0, state = 0;  // 0 outside, 1 markdown, 2 html
    Example cur;
    while (std::getline(in, line)) {
        ++lineNo;
        if (state == 0 && line.rfind("#", 0) == 0 && line.find(' ') != std::string::npos)
            section = line.substr(line.find(' ') + 1);
        if (state == 0 && line == fence + " example") {
            cur = Example();
            cur.number = int(out.size()) + 1;
            cur.line = lineNo;
            cur.section = section;
            state = 1;
        } else if (state == 1 && line == ".") {
            state = 2;
        } else if (state == 1) {
            cur.markdown += line + "\n";
        } else if (state == 2 && line == fence) {
            cur.markdown = untab(cur.markdown);
            cur.html = untab(cur.html);
            out.push_back(cur);
            state = 0;
        } else if (state == 2) {
            cur.html += line + "\n";
        }
    }
    return out;
}

} // namespace lectern::test
