// Key codes as the app shell feeds them into io.KeysDown[]. ImGui 1.86 names only a few keys
// (ImGuiKey_Tab, _Enter, arrows, A/C/V/X/Y/Z...) and maps them through io.KeyMap to the
// backend's codes; the GLFW backend uses GLFW_KEY_* values. Shortcuts such as F1 or Ctrl+=
// need keys ImGui does not name, so lectern_ui mirrors the GLFW values here (they are part of
// GLFW's stable API) instead of including GLFW. The headless test harness uses the same map.
#pragma once

namespace lectern::ui::keys {

constexpr int Space = 32, Apostrophe = 39, Comma = 44, Minus = 45, Period = 46, Slash = 47;
constexpr int Num0 = 48;  // '0'..'9' are 48..57
constexpr int Equal = 61;
constexpr int A = 65;     // 'A'..'Z' are 65..90
constexpr int Escape = 256, Enter = 257, Tab = 258, Backspace = 259, Insert = 260, Delete = 261;
constexpr int Right = 262, Left = 263, Down = 264, Up = 265, PageUp = 266, PageDown = 267;
constexpr int Home = 268, End = 269;
constexpr int F1 = 290;   // F1..F12 are 290..301
constexpr int KeypadEnter = 335, KeypadSubtract = 333, KeypadAdd = 334;

constexpr int Semicolon = 59, LeftBracket = 91, Backslash = 92, RightBracket = 93, GraveAccent = 96;

constexpr int letter(char c) { return A + (c - 'A'); }
constexpr int function(int n) { return F1 + n - 1; }

// Shortcuts follow the character a key types on the learner's layout, not its US position
// (GLFW's key codes are positions): on a German keyboard the key that types "+" is where a US
// one has "]", and on AZERTY Ctrl+Q is where US has A. The shell asks GLFW which character the
// pressed key types (glfwGetKeyName) and feeds ImGui the key that types that character on a
// US layout; "+" has no unshifted US key and becomes the keypad's +. A character outside ASCII
// (a Cyrillic or Arabic layout) keeps the key's position, so Ctrl+F stays where F is printed
// on a US keyboard, as browsers do. Returns 0 when the character names no key.
constexpr int forTypedCharacter(char32_t c) {
    if (c >= 'a' && c <= 'z') return A + int(c - 'a');
    if (c >= 'A' && c <= 'Z') return A + int(c - 'A');
    if (c >= '0' && c <= '9') return Num0 + int(c - '0');
    switch (c) {
    case '-': return Minus;
    case '=': return Equal;
    case '+': return KeypadAdd;
    case '[': return LeftBracket;
    case ']': return RightBracket;
    case ';': return Semicolon;
    case '\'': return Apostrophe;
    case ',': return Comma;
    case '.': return Period;
    case '/': return Slash;
    case '\\': return Backslash;
    case '`': return GraveAccent;
    default: return 0;
    }
}

} // namespace lectern::ui::keys
