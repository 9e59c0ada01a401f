// A table printed to PDF with the certificate's renderer (pdf/pdf_canvas.h): A4 landscape,
// a title and a subtitle, the header row repeated on every page, "page N of M" at the foot.
// Column widths follow their content, shrunk to the page; a cell too wide is cut with "…".
// Any script (Pango shapes it); fonts embedded with their Unicode map, so the paper file can
// be searched and copied. `lectern report --format pdf` and the dashboard's "Print" use it.
#pragma once
#include <string>
#include <vector>

namespace lectern::pdf {

struct Table {
    std::string title;
    std::string subtitle;                // e.g. the course, the filter, when it was printed
    std::vector<std::string> columns;
    std::vector<bool> numeric;           // per column: right-aligned (missing: false)
    std::vector<std::vector<std::string>> rows;
};

// False with `error` (the file, what to do). The file is 0600, replaced whole.
bool writeTablePdf(const Table& table, const std::string& path, std::string& error);
// The same, into memory.
bool tablePdfBytes(const Table& table, std::string& bytes, std::string& error);

} // namespace lectern::pdf
