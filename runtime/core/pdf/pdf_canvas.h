// What the certificate and the printed tables share: an A4 landscape PDF surface drawn by
// Cairo into memory (so a certificate can be signed before it reaches the disk), text laid
// out by Pango (shaping: Arabic joins and runs right to left, any script fontconfig has a
// Noto font for), and writing the bytes to a file private to its owner.
// Cairo embeds a subset of every font with its Unicode map, so the text can be searched and
// copied (`pdftotext`, `pdffonts` show it). Files are written by platform::writePrivateFile.
#pragma once
#include <cairo.h>
#include <pango/pangocairo.h>

#include <string>

namespace lectern::pdf {

inline constexpr double kA4LongPt = 841.89, kA4ShortPt = 595.28;
// Noto Sans, and Noto Sans Arabic before fontconfig's own fallback (DejaVu) for Arabic names.
inline constexpr const char* kFontFamily = "Noto Sans, Noto Sans Arabic";

// An A4 landscape PDF in memory. finish() ends it and returns its bytes.
class PdfCanvas {
public:
    explicit PdfCanvas(const std::string& title);
    ~PdfCanvas();
    PdfCanvas(const PdfCanvas&) = delete;
    PdfCanvas& operator=(const PdfCanvas&) = delete;

    cairo_t* cr() const { return m_cr; }
    double width() const { return kA4LongPt; }
    double height() const { return kA4ShortPt; }
    void newPage() { cairo_show_page(m_cr); }
    // false with `error` when Cairo failed (out of memory, ...).
    bool finish(std::string& bytes, std::string& error);

private:
    static cairo_status_t append(void* closure, const unsigned char* data, unsigned int length);
    std::string m_bytes;
    cairo_surface_t* m_surface = nullptr;
    cairo_t* m_cr = nullptr;
};

enum class Align { Start, Center, End };

struct TextStyle {
    double sizePt = 11;
    bool bold = false;
    Align align = Align::Start;
    bool ellipsize = false;  // one line, cut with "…" at `width`
    double gray = 0;         // 0 black .. 1 white
};

// Lays `text` (UTF-8) out in a box `width` wide at (x, y) and draws it. Returns its height.
// The paragraph's direction comes from its first strong character (an Arabic name runs right
// to left); Align::Start is the left edge for left-to-right text.
double drawText(cairo_t* cr, const std::string& text, double x, double y, double width, const TextStyle& style);
// The width the text takes on one line.
double textWidth(cairo_t* cr, const std::string& text, const TextStyle& style);

} // namespace lectern::pdf
