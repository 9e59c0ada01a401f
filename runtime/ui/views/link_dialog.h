// LinkDialog: "Open this link in your browser?" before a link leaves the course. The reader
// posts OpenExternalLink; the dialog asks, and a confirmed URL is handed to the shell
// (LecternUi::takeUrlToOpen). While a link is waiting, the dialog owns Enter and Esc.
#pragma once
#include "ui/ui_env.h"

#include <optional>
#include <string>

namespace lectern::ui {

class LinkDialog {
public:
    void ask(std::string url) { m_pending = std::move(url); }
    // True while the dialog is (or is about to be) on screen: it is modal.
    bool active() const { return !m_pending.empty() || m_open; }
    // Enter confirms, Esc cancels. Returns true while a link is waiting (the keys are the dialog's).
    bool handleKeys();
    void draw(const FontSet& fonts, const Theme& theme);
    std::optional<std::string> takeConfirmed();

private:
    std::string m_pending;  // waiting for the learner's answer
    std::string m_shown;
    bool m_open = false;
    std::optional<std::string> m_confirmed;
};

} // namespace lectern::ui
