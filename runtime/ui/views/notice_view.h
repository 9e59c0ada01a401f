// NoticeView: a message shown once above the page (store recoveries, course problems, a
// course that could not be reloaded), with a Dismiss button.
#pragma once
#include "ui/ui_env.h"

#include <string>

namespace lectern::ui {

class NoticeView {
public:
    // Adds a paragraph (an empty one is ignored).
    void add(const std::string& text) {
        if (text.empty()) return;
        m_text += (m_text.empty() ? "" : "\n") + text;
    }
    void clear() { m_text.clear(); }
    const std::string& text() const { return m_text; }
    void draw(const Theme& theme);

private:
    std::string m_text;
};

} // namespace lectern::ui
