// A one-line label in at most `maxWidth` pixels: cut with "…" when longer, the whole text in
// its tooltip. For labels that share a line with buttons (the top bar's title, the status
// bar's save message): they must never run under what stands to their right.
#pragma once
struct ImDrawList;
struct ImVec2;

namespace lectern::ui {

// Vertically centred in a frame-height line, like a button beside it. Not a keyboard stop.
// Returns true when the text was cut.
bool ellipsisText(const char* text, float maxWidth);

// ImGui::RenderTextEllipsis for text in [min.x, max.x) at min.y, `size` its CalcTextSize; text
// that is drawn shaped (Arabic, shaping/shaped_text.h) is cut between clusters by its shaped
// width, "…" at its logical end, and right to left it ends at max.x.
void renderTextEllipsis(ImDrawList* list, ImVec2 min, ImVec2 max, const char* text, ImVec2 size);

} // namespace lectern::ui
