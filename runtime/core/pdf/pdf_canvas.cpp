#include "pdf/pdf_canvas.h"

#include <cairo-pdf.h>


namespace lectern::pdf {

PdfCanvas::PdfCanvas(const std::string& title) {
    m_surface = cairo_pdf_surface_create_for_stream(&PdfCanvas::append, this, kA4LongPt, kA4ShortPt);
    cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_CREATOR, "Lectern");
    m_cr = cairo_create(m_surface);
}

PdfCanvas::~PdfCanvas() {
    if (m_cr) cairo_destroy(m_cr);
    if (m_surface) cairo_surface_destroy(m_surface);
}

cairo_status_t PdfCanvas::append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<PdfCanvas*>(closure)->m_bytes.append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

bool PdfCanvas::finish(std::string& bytes, std::string& error) {
    cairo_destroy(m_cr);
    m_cr = nullptr;
    cairo_surface_finish(m_surface);
    cairo_status_t status = cairo_surface_status(m_surface);
    cairo_surface_destroy(m_surface);
    m_surface = nullptr;
    if (status != CAIRO_STATUS_SUCCESS) {
        error = std::string("the PDF could not be drawn: ") + cairo_status_to_string(status);
        return false;
    }
    bytes = std::move(m_bytes);
    return true;
}

namespace {

PangoLayout* layoutFor(cairo_t* cr, const std::string& text, const TextStyle& style) {
    PangoLayout* layout = pango_cairo_create_layout(cr);
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, kFontFamily);
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_absolute_size(font, style.sizePt * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    pango_layout_set_text(layout, text.c_str(), int(text.size()));
    return layout;
}

} // namespace

double drawText(cairo_t* cr, const std::string& text, double x, double y, double width, const TextStyle& style) {
    PangoLayout* layout = layoutFor(cr, text, style);
    pango_layout_set_width(layout, int(width * PANGO_SCALE));
    if (style.ellipsize) pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
    else pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    // Pango mirrors Start/End for right-to-left paragraphs itself (auto direction is on).
    pango_layout_set_alignment(layout, style.align == Align::Center ? PANGO_ALIGN_CENTER
                                       : style.align == Align::End  ? PANGO_ALIGN_RIGHT
                                                                    : PANGO_ALIGN_LEFT);
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    cairo_save(cr);
    cairo_set_source_rgb(cr, style.gray, style.gray, style.gray);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
    cairo_restore(cr);
    g_object_unref(layout);
    return double(h) / PANGO_SCALE;
}

double textWidth(cairo_t* cr, const std::string& text, const TextStyle& style) {
    PangoLayout* layout = layoutFor(cr, text, style);
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    g_object_unref(layout);
    return double(w) / PANGO_SCALE;
}

} // namespace lectern::pdf
