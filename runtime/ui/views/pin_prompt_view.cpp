#include "ui/views/pin_prompt_view.h"

#include "i18n/tr.h"

#include "ui/keys.h"
#include "util/time_format.h"

#include <imgui.h>

#include <cstring>

namespace lectern::ui {

using session::AuthPhase;

namespace {

bool enterPressed() { return ImGui::IsKeyPressed(keys::Enter, false) || ImGui::IsKeyPressed(keys::KeypadEnter, false); }

void coloured(unsigned colour, const std::string& text) {
    if (text.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

bool samePin(const session::Pin& a, const session::Pin& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace

void PinPromptView::reset() {
    m_field.clear();
    m_first.clear();
    m_confirming = false;
    m_hint.clear();
}

std::string PinPromptView::waitText(int64_t waitUntilMs, int64_t nowMs) {
    if (waitUntilMs <= nowMs) return {};
    const int64_t s = (waitUntilMs - nowMs + 999) / 1000;
    const int secs = static_cast<int>(s);
    std::string left = s >= 60 ? formatText(tr("%d min %d s"), secs / 60, secs % 60) : formatText(tr("%d s"), secs);
    return formatText(tr("Too many wrong PINs. Try again in %s."), left.c_str());
}

std::string PinPromptView::wrongText(int attemptsBeforeWait) {
    if (attemptsBeforeWait <= 0) return tr("That PIN is not right.");
    return formatText(trn("That PIN is not right. %d more try before a wait.",
                          "That PIN is not right. %d more tries before a wait.", attemptsBeforeWait),
                      attemptsBeforeWait);
}

PinPromptAction PinPromptView::drawEnter(const UiEnv& env, const PinStatus& status, float width, session::Pin& out) {
    const int64_t now = util::nowMs();
    const std::string wait = status.phase == AuthPhase::Waiting ? waitText(status.waitUntilMs, now) : std::string();
    const bool checking = status.phase == AuthPhase::Checking || status.phase == AuthPhase::Idle;
    const bool waiting = !wait.empty();
    const bool takeKeys = !checking && !waiting;

    ImGui::TextUnformatted(tr("Type your PIN, then press Enter."));
    m_field.draw(width, takeKeys);
    if (checking) {
        ImGui::TextDisabled("%s", tr("Checking…"));
        env.wakeIn(0.1);  // the service also wakes the loop; this keeps a headless run moving
    } else if (waiting) {
        coloured(env.theme->wrong, wait);
        env.wakeIn(1.0);  // the countdown
    } else if (status.phase == AuthPhase::WrongPin) {
        coloured(env.theme->wrong, wrongText(status.attemptsBeforeWait));
    } else if (status.phase == AuthPhase::Waiting) {
        ImGui::TextUnformatted(tr("The wait is over: try again."));
    }
    coloured(env.theme->wrong, m_hint);
    ImGui::TextDisabled("%s", tr("Esc: back to the list"));

    if (ImGui::IsKeyPressed(keys::Escape, false)) {
        reset();
        return PinPromptAction::Cancel;
    }
    if (takeKeys && enterPressed()) {
        if (m_field.size() < session::kPinMinDigits) {
            m_hint = tr("A PIN has 4 to 6 digits.");
            return PinPromptAction::None;
        }
        m_hint.clear();
        out = m_field.take();
        return PinPromptAction::Submit;
    }
    if (m_field.size() > 0) m_hint.clear();
    return PinPromptAction::None;
}

PinPromptAction PinPromptView::drawChoose(const UiEnv& env, bool optional, bool busy, float width, session::Pin& out) {
    if (!m_confirming) {
        ImGui::TextWrapped("%s", optional ? tr("Choose a PIN of 4 to 6 digits so that nobody else at this computer can "
                                               "open your work. Or press Enter without typing to go on without one.")
                                          : tr("Choose a PIN of 4 to 6 digits."));
    } else {
        ImGui::TextUnformatted(tr("Type the same PIN again."));
    }
    m_field.draw(width, !busy);
    if (busy) {
        ImGui::TextDisabled("%s", tr("Saving…"));
        env.wakeIn(0.1);
    }
    coloured(env.theme->wrong, m_hint);
    ImGui::TextDisabled("%s", tr("Esc: back"));
    if (ImGui::IsKeyPressed(keys::Escape, false)) {
        reset();
        return PinPromptAction::Cancel;
    }
    if (busy || !enterPressed()) return PinPromptAction::None;
    if (!m_confirming && optional && m_field.size() == 0) {
        reset();
        return PinPromptAction::Skip;
    }
    if (m_field.size() < session::kPinMinDigits) {
        m_hint = tr("A PIN has 4 to 6 digits.");
        return PinPromptAction::None;
    }
    if (!m_confirming) {
        m_first = m_field.take();
        m_confirming = true;
        m_hint.clear();
        return PinPromptAction::None;
    }
    session::Pin second = m_field.take();
    if (!samePin(m_first, second)) {
        reset();
        m_hint = tr("The two PINs were not the same. Choose your PIN again.");
        return PinPromptAction::None;
    }
    out = std::move(second);
    reset();
    return PinPromptAction::Submit;
}

} // namespace lectern::ui
