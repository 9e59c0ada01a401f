// Diagnostics: problems found while loading or checking a course.
// Printed GCC-style (`FILE:LINE:COL: error: MESSAGE`) so editors' problem matchers jump to them.
#pragma once
#include <string>
#include <vector>

namespace lectern {

// A position in a source file. Lines and columns are 1-based; 0 means "unknown / whole file".
struct SourcePos {
    int line = 0;
    int col = 0;
    bool operator==(const SourcePos&) const = default;
};

enum class Severity { Warning, Error };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;     // path as given to the loader (relative paths stay relative)
    SourcePos pos;
    std::string message;  // says what is wrong and, where useful, what to do

    // "modules/x/module.md:12:3: error: quiz 'q1' has no correct answer"
    std::string format() const;
};

// Collects every problem instead of stopping at the first one.
class Diagnostics {
public:
    void error(std::string file, SourcePos pos, std::string message);
    void warning(std::string file, SourcePos pos, std::string message);
    void add(Diagnostic d) { m_items.push_back(std::move(d)); }
    void append(const Diagnostics& other);

    const std::vector<Diagnostic>& items() const { return m_items; }
    bool hasErrors() const;
    size_t errorCount() const;
    size_t warningCount() const;
    bool empty() const { return m_items.empty(); }

private:
    std::vector<Diagnostic> m_items;
};

} // namespace lectern
