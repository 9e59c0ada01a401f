// Pin: a PIN as typed (4 to 6 ASCII digits), held in a fixed buffer that is wiped
// (sodium_memzero) when the Pin is destroyed or moved from. It has no conversion to a string
// and no stream operator, so it cannot be logged by accident. Build it straight from the key
// presses (append) or from a buffer the caller wipes itself (Pin::fromDigits).
#pragma once
#include <cstddef>
#include <string_view>

namespace lectern::session {

constexpr size_t kPinMinDigits = 4;
constexpr size_t kPinMaxDigits = 6;

// Overwrites a buffer that held a PIN (sodium_memzero: not optimised away).
void wipeSecret(void* data, size_t size);

// True for 4 to 6 ASCII digits and nothing else (no space, no sign, no other script's digits).
bool isValidPin(std::string_view text);

class Pin {
public:
    Pin() = default;
    ~Pin();
    Pin(Pin&& other) noexcept;
    Pin& operator=(Pin&& other) noexcept;
    Pin(const Pin&) = delete;
    Pin& operator=(const Pin&) = delete;

    // Copies `text` (which the caller then wipes). An invalid PIN gives an empty Pin whose
    // valid() is false; the text is never kept.
    static Pin fromDigits(std::string_view text);

    // For a PIN entry field: one digit at a time. False (and nothing kept) for a non-digit or
    // a seventh digit.
    bool append(char digit);
    void removeLast();
    void clear();

    size_t size() const { return m_size; }
    bool valid() const { return m_size >= kPinMinDigits && m_size <= kPinMaxDigits; }
    // For the hash function only.
    const char* data() const { return m_digits; }

private:
    char m_digits[kPinMaxDigits + 1] = {};
    size_t m_size = 0;
};

} // namespace lectern::session
