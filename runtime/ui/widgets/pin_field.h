// PinField: a PIN typed digit by digit straight into a session::Pin (wiped on destruction and
// when taken), drawn as one dot per digit. It never goes through an ImGui text buffer (ImGui
// keeps copies of those) and never becomes a std::string. Digits come from the code points
// typed this frame (ui/text_input_queue.h); Backspace removes the last one; other characters
// are ignored.
#pragma once
#include "session/pin.h"

namespace lectern::ui {

class PinField {
public:
    // Reads this frame's digits and Backspace when `takeKeys`, then draws the dots in a frame
    // of `width` pixels. Returns true when a key changed the field.
    bool draw(float width, bool takeKeys);
    session::Pin take();  // the PIN typed; the field is empty again
    void clear() { m_pin.clear(); }
    size_t size() const { return m_pin.size(); }
    bool full() const { return m_pin.size() >= session::kPinMaxDigits; }

private:
    session::Pin m_pin;
};

} // namespace lectern::ui
