// TextInputQueue: the characters the learner typed, as 32-bit code points.
//
// ImGui 1.86 keeps typed characters as 16-bit ImWchar: an emoji or any character beyond the
// Basic Multilingual Plane arrives as U+FFFD and is lost. The shell feeds every code point
// from GLFW's character callback here as well (app/char_input.cpp), and the text editor reads
// them from here, never from io.InputQueueCharacters. Tests feed it the same way.
//
// Characters queued between two frames are delivered in the next frame, to every reader of
// that frame alike; characters no one read in their frame are dropped, as ImGui drops its own.
#pragma once
#include <string>
#include <string_view>

namespace lectern::ui {

// From the shell's character callback (or a test), between frames.
void queueTypedCodePoint(char32_t c);
// Queues the code points of a UTF-8 string (tests; an input method's commit).
void queueTypedText(std::string_view utf8);
// The code points typed for the current ImGui frame.
const std::u32string& typedThisFrame();
// Forgets everything queued (a new ImGui context: a test's, or the shell's at start).
void discardTypedText();

} // namespace lectern::ui
