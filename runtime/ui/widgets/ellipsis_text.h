// A one-line label in at most `maxWidth` pixels: cut with "…" when longer, the whole text in
// its tooltip. For labels that share a line with buttons (the top bar's title, the status
// bar's save message): they must never run under what stands to their right.
#pragma once

namespace lectern::ui {

// Vertically centred in a frame-height line, like a button beside it. Not a keyboard stop.
// Returns true when the text was cut.
bool ellipsisText(const char* text, float maxWidth);

} // namespace lectern::ui
