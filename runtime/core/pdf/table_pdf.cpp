#include "pdf/table_pdf.h"

#include "pdf/pdf_canvas.h"
#include "platform/private_files.h"

#include <algorithm>

namespace lectern::pdf {

namespace {
constexpr double kMargin = 36, kCellPad = 4, kRowHeight = 15, kFontPt = 8.5, kMaxColumnPt = 220;
}

bool tablePdfBytes(const Table& t, std::string& bytes, std::string& error) {
    PdfCanvas canvas(t.title);
    cairo_t* cr = canvas.cr();
    const double usable = canvas.width() - 2 * kMargin;
    const size_t n = t.columns.size();
    if (n == 0) {
        error = "a table needs at least one column";
        return false;
    }
    const TextStyle header{kFontPt, true}, body{kFontPt, false};

    // Natural widths (the widest cell, capped), then shrunk together to fit the page.
    std::vector<double> widths(n, 0);
    for (size_t c = 0; c < n; ++c) widths[c] = textWidth(cr, t.columns[c], header);
    for (const auto& row : t.rows)
        for (size_t c = 0; c < n && c < row.size(); ++c)
            widths[c] = std::max(widths[c], std::min(kMaxColumnPt, textWidth(cr, row[c], body)));
    double total = 0;
    for (double& w : widths) total += (w += 2 * kCellPad + 1);
    const double scale = total > usable ? usable / total : 1.0;
    for (double& w : widths) w *= scale;

    const double top = kMargin + 44, bottom = canvas.height() - kMargin - 16;
    const size_t perPage = std::max<size_t>(1, size_t((bottom - top) / kRowHeight) - 1);
    const size_t pages = std::max<size_t>(1, (t.rows.size() + perPage - 1) / perPage);

    auto drawRow = [&](const std::vector<std::string>& cells, double y, const TextStyle& base) {
        double x = kMargin;
        for (size_t c = 0; c < n; ++c) {
            TextStyle s = base;
            s.ellipsize = true;
            s.align = c < t.numeric.size() && t.numeric[c] ? Align::End : Align::Start;
            if (c < cells.size()) drawText(cr, cells[c], x + kCellPad, y + 2, widths[c] - 2 * kCellPad, s);
            x += widths[c];
        }
    };
    for (size_t page = 0; page < pages; ++page) {
        if (page) canvas.newPage();
        drawText(cr, t.title, kMargin, kMargin, usable, {15, true});
        drawText(cr, t.subtitle, kMargin, kMargin + 22, usable, {9, false, Align::Start, false, 0.35});
        cairo_set_source_rgb(cr, 0.88, 0.91, 0.95);
        cairo_rectangle(cr, kMargin, top, usable * std::min(1.0, (total * scale) / usable), kRowHeight);
        cairo_fill(cr);
        drawRow(t.columns, top, header);
        double y = top + kRowHeight;
        for (size_t r = page * perPage; r < std::min(t.rows.size(), (page + 1) * perPage); ++r, y += kRowHeight) {
            if (r % 2) {
                cairo_set_source_rgb(cr, 0.96, 0.96, 0.96);
                cairo_rectangle(cr, kMargin, y, total * scale, kRowHeight);
                cairo_fill(cr);
            }
            drawRow(t.rows[r], y, body);
        }
        drawText(cr, "page " + std::to_string(page + 1) + " of " + std::to_string(pages), kMargin, bottom + 4, usable,
                 {8, false, Align::End, false, 0.4});
    }
    return canvas.finish(bytes, error);
}

bool writeTablePdf(const Table& table, const std::string& path, std::string& error) {
    std::string bytes;
    return tablePdfBytes(table, bytes, error) && platform::writePrivateFile(path, bytes, error);
}

} // namespace lectern::pdf
