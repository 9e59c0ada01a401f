#include "pdf/certificate_pdf.h"

#include "pdf/pdf_canvas.h"

#include <qrencode.h>

namespace lectern::pdf {

namespace {

// The QR code as black squares in a `size` pt square at (x, y), with its quiet zone inside.
bool drawQr(cairo_t* cr, const std::string& text, double x, double y, double size) {
    QRcode* qr = QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_L);
    if (!qr) return false;
    const int quiet = 2, n = qr->width + 2 * quiet;
    const double cell = size / n;
    cairo_save(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, x, y, size, size);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    for (int row = 0; row < qr->width; ++row)
        for (int col = 0; col < qr->width; ++col)
            if (qr->data[row * qr->width + col] & 1)
                cairo_rectangle(cr, x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
    cairo_fill(cr);
    cairo_restore(cr);
    QRcode_free(qr);
    return true;
}

std::string dayOf(const std::string& iso) { return iso.substr(0, 10); }

} // namespace

std::optional<std::string> certificatePdf(const certificate::Signed& c, std::string& error) {
    const certificate::Payload& p = c.payload;
    PdfCanvas canvas("Certificate of completion: " + p.learnerName);
    cairo_t* cr = canvas.cr();
    const double w = canvas.width(), h = canvas.height(), margin = 56, inner = w - 2 * margin;

    cairo_set_source_rgb(cr, 0.15, 0.3, 0.5);
    cairo_set_line_width(cr, 3);
    cairo_rectangle(cr, 24, 24, w - 48, h - 48);
    cairo_stroke(cr);
    cairo_set_line_width(cr, 0.8);
    cairo_rectangle(cr, 32, 32, w - 64, h - 64);
    cairo_stroke(cr);

    double y = 70;
    y += drawText(cr, "Certificate of completion", margin, y, inner, {30, true, Align::Center, false, 0.15});
    y += 24;
    y += drawText(cr, "This certifies that", margin, y, inner, {14, false, Align::Center});
    y += 10;
    y += drawText(cr, p.learnerName, margin, y, inner, {34, true, Align::Center});
    y += 10;
    y += drawText(cr, "has completed the course", margin, y, inner, {14, false, Align::Center});
    y += 8;
    y += drawText(cr, p.courseTitle, margin, y, inner, {24, true, Align::Center});
    y += 18;
    std::string details = "Completed on " + dayOf(p.completedAt) + "  ·  time on task " +
                          certificate::decimalText(p.durationMinutes) + " minutes";
    if (p.scorePercent) {
        details += "  ·  score " + certificate::decimalText(*p.scorePercent) + "%";
        if (p.passPercent) details += " (pass mark " + certificate::decimalText(*p.passPercent) + "%)";
    }
    y += drawText(cr, details, margin, y, inner, {13, false, Align::Center, false, 0.2});
    y += 8;
    drawText(cr, "Issued by " + p.issuer + " on " + dayOf(p.issuedAt), margin, y, inner, {13, false, Align::Center, false, 0.2});

    const double qrSize = 150, qrX = w - margin - qrSize, qrY = h - margin - qrSize + 10;
    if (!drawQr(cr, certificate::qrText(c), qrX, qrY, qrSize)) {
        error = "the QR code could not be made (libqrencode)";
        return std::nullopt;
    }
    double by = h - margin - 58;
    const double textW = qrX - margin - 20;
    by += drawText(cr, "Certificate code", margin, by, textW, {10, false, Align::Start, false, 0.35});
    by += drawText(cr, c.code, margin, by, textW, {18, true, Align::Start});
    drawText(cr, "Check it: lectern certificate verify " + c.code + "  ·  key " + p.keyFingerprint, margin, by + 2, textW,
             {9, false, Align::Start, false, 0.35});

    std::string bytes;
    if (!canvas.finish(bytes, error)) return std::nullopt;
    return bytes;
}

} // namespace lectern::pdf
