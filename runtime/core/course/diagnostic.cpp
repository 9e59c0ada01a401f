// Diagnostics: formatting and counting. See diagnostic.h.
#include "course/diagnostic.h"

#include "util/terminal_text.h"

#include <algorithm>

namespace lectern {

std::string Diagnostic::format() const {
    // GCC style: FILE:LINE:COL: error: MESSAGE. Unknown line/column are left out, as GCC does.
    // Paths and messages quote course content: control characters are escaped, so content
    // cannot move the terminal's cursor, change its colours or forge a "FILE:LINE:COL" line.
    std::string s = file.empty() ? std::string("<input>") : escapeControlChars(file);
    if (pos.line > 0) {
        s += ':' + std::to_string(pos.line);
        if (pos.col > 0) s += ':' + std::to_string(pos.col);
    }
    s += severity == Severity::Error ? ": error: " : ": warning: ";
    s += escapeControlChars(message);
    return s;
}

void Diagnostics::error(std::string file, SourcePos pos, std::string message) {
    m_items.push_back({Severity::Error, std::move(file), pos, std::move(message)});
}

void Diagnostics::warning(std::string file, SourcePos pos, std::string message) {
    m_items.push_back({Severity::Warning, std::move(file), pos, std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
    m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
}

bool Diagnostics::hasErrors() const { return errorCount() > 0; }

size_t Diagnostics::errorCount() const {
    return size_t(std::count_if(m_items.begin(), m_items.end(),
                                [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

size_t Diagnostics::warningCount() const { return m_items.size() - errorCount(); }

} // namespace lectern
