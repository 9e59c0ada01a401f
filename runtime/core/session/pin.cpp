#include "session/pin.h"

#include <sodium.h>

namespace lectern::session {

namespace {
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
}

void wipeSecret(void* data, size_t size) {
    if (data && size) sodium_memzero(data, size);
}

bool isValidPin(std::string_view text) {
    if (text.size() < kPinMinDigits || text.size() > kPinMaxDigits) return false;
    for (char c : text)
        if (!isAsciiDigit(c)) return false;
    return true;
}

Pin::~Pin() { clear(); }

Pin::Pin(Pin&& other) noexcept : m_size(other.m_size) {
    for (size_t i = 0; i < sizeof m_digits; ++i) m_digits[i] = other.m_digits[i];
    other.clear();
}

Pin& Pin::operator=(Pin&& other) noexcept {
    if (this != &other) {
        clear();
        for (size_t i = 0; i < sizeof m_digits; ++i) m_digits[i] = other.m_digits[i];
        m_size = other.m_size;
        other.clear();
    }
    return *this;
}

Pin Pin::fromDigits(std::string_view text) {
    Pin pin;
    if (!isValidPin(text)) return pin;
    for (char c : text) pin.append(c);
    return pin;
}

bool Pin::append(char digit) {
    if (!isAsciiDigit(digit) || m_size >= kPinMaxDigits) return false;
    m_digits[m_size++] = digit;
    return true;
}

void Pin::removeLast() {
    if (m_size == 0) return;
    m_digits[--m_size] = '\0';
}

void Pin::clear() {
    sodium_memzero(m_digits, sizeof m_digits);
    m_size = 0;
}

} // namespace lectern::session
