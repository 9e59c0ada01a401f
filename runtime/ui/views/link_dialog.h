// LinkDialog: "Open this link in your browser?" before a link leaves the course. The reader
// posts OpenExternalLink; the dialog asks, and a confirmed URL is handed to the shell
// (LecternUi::takeUrlToOpen). While a link is waiting, the dialog owns Enter and Esc.
// When the browser then fails to open it (LecternUi::linkFailures), the dialog says so and
// shows the address to copy: selectable text and a "Copy the link" button (Enter), Esc closes.
#pragma once
#include "ui/ui_env.h"

#include <optional>
#include <string>

namespace lectern::ui {

// The body of the "did not open" dialog: what happened, the link as selectable text, and the
// "Copy the link" button (true when pressed).
bool drawLinkToCopy(const std::string& url, const FontSet& fonts, const Theme& theme, bool copied);

class LinkDialog {
public:
    void ask(std::string url) { m_pending = std::move(url); }
    // The browser could not open `url`: offer it to copy.
    void failed(std::string url) { m_failed = std::move(url); }
    // True while the dialog is (or is about to be) on screen: it is modal.
    bool active() const { return !m_pending.empty() || m_open || !m_failed.empty() || m_failedOpen; }
    // Enter confirms, Esc cancels. Returns true while a link is waiting (the keys are the dialog's).
    bool handleKeys();
    void draw(const FontSet& fonts, const Theme& theme);
    std::optional<std::string> takeConfirmed();

private:
    std::string m_pending;  // waiting for the learner's answer
    std::string m_shown;
    bool m_open = false;
    std::optional<std::string> m_confirmed;
    std::string m_failed;  // a link the browser could not open, offered to copy
    bool m_failedOpen = false;
    bool m_copied = false;

    void drawFailure(const FontSet& fonts, const Theme& theme);
};

} // namespace lectern::ui
