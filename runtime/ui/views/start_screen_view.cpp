// Index
//   [SECTION] State and modes
//   [SECTION] The list
//   [SECTION] The PIN
#include "ui/views/start_screen_view.h"

#include "i18n/tr.h"

#include "ui/keys.h"
#include "ui/text/utf8_text.h"
#include "ui/text_input_queue.h"
#include "text/text_direction.h"
#include "util/time_format.h"

#include <imgui.h>

#include <algorithm>
#include <utility>

namespace lectern::ui {

using session::AuthPhase;

namespace {

void errorText(const UiEnv& env, const std::string& text) {
    if (text.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(env.theme->wrong));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] State and modes
//-----------------------------------------------------------------------------

void StartScreenView::takeState(const session::ProfileState& state) {
    m_model.setProfiles(state.profiles, state.keys, state.allowNewLearners);
}

void StartScreenView::reset() {
    m_mode = Mode::List;
    m_waiting = false;
    m_pinFor = 0;
    m_skipAsked = false;
    m_prompt.reset();
    m_model.setQuery({});
    m_scrollToSelected = true;
}

void StartScreenView::askPin(session::ProfileService& profiles, LearnerId learner) {
    m_mode = Mode::Pin;
    m_pinFor = learner;
    m_skipAsked = false;
    m_prompt.reset();
    m_model.selectLearner(learner);
    profiles.signIn(learner, {});
}

void StartScreenView::openFacilitator(session::ProfileService& profiles) {
    if (m_mode == Mode::Facilitator) return;
    m_mode = Mode::Facilitator;
    m_facilitator.open(profiles);
}

std::string StartScreenView::location() const {
    switch (m_mode) {
    case Mode::List: return "learners";
    case Mode::Pin: return m_waiting ? "pin-wait" : "pin";
    case Mode::Facilitator: return m_facilitator.location();
    }
    return "learners";
}

void StartScreenView::draw(const UiEnv& env, const StartScreenContext& ctx) {
    const float px = env.fonts->basePx;
    // A column of 30 em; the facilitator's dashboard takes the whole window.
    const float width = m_mode == Mode::Facilitator && m_facilitator.wantsWidth()
                            ? ImGui::GetContentRegionAvail().x - px
                            : std::min(ImGui::GetContentRegionAvail().x - px, px * 30);
    // The list and the PIN take their keys themselves; facilitator mode uses ImGui's navigation.
    ImGui::BeginChild("##start", ImVec2(0, 0), false, m_mode == Mode::Facilitator ? 0 : ImGuiWindowFlags_NoNavInputs);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) * 0.5f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (m_mode == Mode::Facilitator) {
        if (!m_facilitator.draw(env, ctx.profiles, ctx.state, width, ctx.dashboard)) m_mode = Mode::List;
    } else if (m_mode == Mode::Pin) {
        drawPin(env, ctx, width);
    } else {
        drawList(env, ctx, width);
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::EndChild();
}

//-----------------------------------------------------------------------------
// [SECTION] The list
//-----------------------------------------------------------------------------

// Typing filters; Backspace takes back a character; Esc empties the filter.
void StartScreenView::takeTyping() {
    std::string query = m_model.query();
    bool changed = false;
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl && !io.KeyAlt)
        for (char32_t c : typedThisFrame()) {
            if (c < 0x20 || c == 0x7F) continue;
            text::appendUtf8(query, c);
            changed = true;
        }
    if (ImGui::IsKeyPressed(keys::Backspace, true) && !query.empty()) {
        query.erase(text::prevCodePoint(query, query.size()));
        changed = true;
    }
    if (ImGui::IsKeyPressed(keys::Escape, false) && !query.empty()) {
        query.clear();
        changed = true;
    }
    if (changed) {
        m_model.setQuery(std::move(query));
        m_scrollToSelected = true;
    }
}

void StartScreenView::choose(const StartScreenContext& ctx) {
    const StartRow* row = m_model.selectedRow();
    if (!row) return;
    if (row->kind == StartRow::Kind::Learner) {
        askPin(ctx.profiles, m_model.profiles()[row->profile].id);
    } else if (row->kind == StartRow::Kind::NewLearner && !m_model.query().empty()) {
        m_mode = Mode::Pin;
        m_pinFor = 0;  // the service names the new learner when it has made them
        m_skipAsked = false;
        m_prompt.reset();
        ctx.profiles.startNewLearner(m_model.query());
    }
}

void StartScreenView::drawList(const UiEnv& env, const StartScreenContext& ctx, float width) {
    const float px = env.fonts->basePx;
    ImGui::PushFont(env.fonts->h1);
    ImGui::TextUnformatted(tr("Who is studying?"));
    ImGui::PopFont();
    const bool opening = ctx.session.phase == session::SessionPhase::SigningIn ||
                         ctx.session.phase == session::SessionPhase::Starting;
    if (!ctx.state.loaded && !opening && !ctx.state.message.empty()) {
        errorText(env, formatText(tr("Could not list the learners: %s"), ctx.state.message.c_str()));  // the database could not be opened
        return;
    }
    if (!ctx.state.loaded || opening) {
        ImGui::TextDisabled("%s", opening ? tr("Opening your progress…") : tr("Looking for learners…"));
        env.wakeIn(0.1);
        return;
    }
    takeTyping();
    constexpr int kPage = 8;  // rows that Page Up / Page Down move
    const std::pair<int, int> moves[] = {{keys::Down, +1}, {keys::Up, -1}, {keys::PageDown, +kPage}, {keys::PageUp, -kPage}};
    for (auto [key, delta] : moves)
        if (ImGui::IsKeyPressed(key, true)) {
            m_model.move(delta);
            m_scrollToSelected = true;
        }
    const bool enter = ImGui::IsKeyPressed(keys::Enter, false) || ImGui::IsKeyPressed(keys::KeypadEnter, false);

    // The filter, drawn as a field that always has the keyboard.
    const std::string& q = m_model.query();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetFrameHeight() * 1.3f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), ImGui::GetColorU32(ImGuiCol_FrameBg), ImGui::GetStyle().FrameRounding);
    dl->AddRect(pos, ImVec2(pos.x + width, pos.y + h), ImGui::GetColorU32(ImGuiCol_NavHighlight),
                ImGui::GetStyle().FrameRounding, 0, 2.0f);
    // In a right-to-left interface the text ends at the field's right; the caret follows the
    // name's own direction (after an Arabic name it is on its left).
    const char* shown = q.empty() ? tr("Type the first letters of your name") : q.c_str();
    const float shownW = ImGui::CalcTextSize(shown).x;
    const float textX = env.rightToLeft ? pos.x + width - px * 0.5f - shownW : pos.x + px * 0.5f;
    const ImVec2 textPos(textX, pos.y + (h - ImGui::GetTextLineHeight()) * 0.5f);
    dl->AddText(textPos, ImGui::GetColorU32(q.empty() ? ImGuiCol_TextDisabled : ImGuiCol_Text), shown);
    if (!q.empty()) {
        const lectern::text::BaseDirection dir = lectern::text::firstStrongDirection(q);
        const bool caretLeft = dir == lectern::text::BaseDirection::RightToLeft ||
                               (dir != lectern::text::BaseDirection::LeftToRight && env.rightToLeft);
        const float caretX = caretLeft ? textPos.x - 2 : textPos.x + shownW + 2;
        dl->AddLine(ImVec2(caretX, textPos.y), ImVec2(caretX, textPos.y + ImGui::GetTextLineHeight()),
                    ImGui::GetColorU32(ImGuiCol_Text), 1.5f);
    }
    ImGui::Dummy(ImVec2(width, h));
    errorText(env, ctx.session.error);
    errorText(env, ctx.state.message);
    if (m_model.profiles().empty() && !m_model.allowNewLearners())
        ImGui::TextWrapped("%s", tr("There are no learners on this computer yet. The facilitator adds them (F2)."));
    else if (m_model.matchCount() == 0 && !q.empty())
        ImGui::TextDisabled("%s", tr("No learner's name starts with that."));

    // The rows, every one as tall as a large target; only the visible ones are drawn.
    const float rowH = std::max(ImGui::GetFrameHeight() * 1.6f, px * 2.2f);
    const float footerH = ImGui::GetFrameHeightWithSpacing() * 2.0f;
    const float listH = std::max(rowH * 2, ImGui::GetContentRegionAvail().y - footerH);
    const auto& rows = m_model.rows();
    ImGui::BeginChild("##learner-rows", ImVec2(width, listH), false, ImGuiWindowFlags_NoNavInputs);
    if (m_scrollToSelected && m_model.selected() >= 0) {
        const float top = m_model.selected() * rowH;
        const float visible = ImGui::GetWindowHeight();
        if (top < ImGui::GetScrollY()) ImGui::SetScrollY(top);
        else if (top + rowH > ImGui::GetScrollY() + visible) ImGui::SetScrollY(top + rowH - visible);
        m_scrollToSelected = false;
    }
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(env.rightToLeft ? 1.0f : 0.0f, 0.5f));
    // The rows' indent: before the name, on the right in a right-to-left interface (a leading
    // right-to-left mark makes every row, Latin names too, a right-to-left line).
    const std::string indent = env.rightToLeft ? "\u200F   " : "   ";
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()), rowH);
    int clicked = -1;
    while (clipper.Step())
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const StartRow& row = rows[size_t(r)];
            ImGui::PushID(r);
            if (row.kind == StartRow::Kind::Group) {
                const std::string& g = m_model.profiles()[row.profile].group;
                ImGui::PushFont(env.fonts->bold);
                ImGui::Selectable(g.empty() ? tr("Without a group") : g.c_str(), false, ImGuiSelectableFlags_Disabled,
                                  ImVec2(0, rowH));
                ImGui::PopFont();
            } else {
                std::string label = indent + (row.kind == StartRow::Kind::Learner ? m_model.profiles()[row.profile].displayName()
                                              : q.empty() ? std::string(tr("New learner: type your name first"))
                                                          : formatText(tr("New learner: %s"), q.c_str()));
                if (ImGui::Selectable(label.c_str(), r == m_model.selected(), 0, ImVec2(0, rowH))) clicked = r;
            }
            ImGui::PopID();
        }
    ImGui::PopStyleVar(2);
    ImGui::EndChild();
    const char* facilitator = tr("Facilitator (F2)");
    if (env.rightToLeft)
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + width - ImGui::CalcTextSize(facilitator).x -
                             ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::Button(facilitator)) openFacilitator(ctx.profiles);
    if (ImGui::IsKeyPressed(keys::function(2), false)) openFacilitator(ctx.profiles);

    if (clicked >= 0) m_model.selectRow(clicked);
    if ((clicked >= 0 || enter) && m_mode == Mode::List) choose(ctx);
}

//-----------------------------------------------------------------------------
// [SECTION] The PIN
//-----------------------------------------------------------------------------

void StartScreenView::drawPin(const UiEnv& env, const StartScreenContext& ctx, float width) {
    m_waiting = false;
    const session::AuthState& auth = ctx.state.auth;
    // A new learner: the service tells us who they are once it has made them.
    if (m_pinFor == 0 && auth.learner != 0 && auth.phase != AuthPhase::Checking) m_pinFor = auth.learner;
    const bool ours = m_pinFor != 0 && auth.learner == m_pinFor;
    const store::LearnerProfile* profile = m_pinFor ? m_model.find(m_pinFor) : nullptr;
    ImGui::PushFont(env.fonts->h1);
    ImGui::TextUnformatted(profile ? profile->displayName().c_str() : m_model.query().c_str());
    ImGui::PopFont();

    const AuthPhase phase = ours ? auth.phase : AuthPhase::Checking;
    if (phase == AuthPhase::SignedIn) {
        ImGui::TextDisabled("%s", tr("Opening your progress…"));
        env.wakeIn(0.1);
        return;
    }
    if (phase == AuthPhase::Failed || (!ours && m_pinFor == 0 && auth.phase == AuthPhase::Failed)) {
        errorText(env, ctx.state.message.empty() ? std::string(tr("Could not sign in.")) : ctx.state.message);
        ImGui::TextDisabled("%s", tr("Esc: back to the list"));
        if (ImGui::IsKeyPressed(keys::Escape, false)) reset();
        return;
    }
    session::Pin pin;
    if (phase == AuthPhase::ChoosePin) {
        // Offered at the first sign-in only: a learner who has worked here before chose not to;
        // after the facilitator reset it, a new PIN must be chosen (no skipping).
        const bool mustChoose = profile && profile->pinResetPending;
        if (profile && profile->lastActivityMs != 0 && !mustChoose) {
            if (!m_skipAsked) ctx.profiles.skipPin(m_pinFor);
            m_skipAsked = true;
            ImGui::TextDisabled("%s", tr("Opening your progress…"));
            env.wakeIn(0.1);
            return;
        }
        if (mustChoose) ImGui::TextWrapped("%s", tr("The facilitator reset your PIN: choose a new one."));
        switch (m_prompt.drawChoose(env, !mustChoose, m_skipAsked, width, pin)) {
        case PinPromptAction::Submit:
            m_skipAsked = true;
            ctx.profiles.setOwnPin(m_pinFor, std::move(pin));
            break;
        case PinPromptAction::Skip:
            m_skipAsked = true;
            ctx.profiles.skipPin(m_pinFor);
            break;
        case PinPromptAction::Cancel: reset(); break;
        case PinPromptAction::None: break;
        }
        return;
    }
    PinStatus status{phase, auth.attemptsBeforeWait, auth.waitUntilMs};
    m_waiting = phase == AuthPhase::Waiting && auth.waitUntilMs > util::nowMs();
    switch (m_prompt.drawEnter(env, status, width, pin)) {
    case PinPromptAction::Submit: ctx.profiles.signIn(m_pinFor, std::move(pin)); break;
    case PinPromptAction::Cancel: reset(); break;
    default: break;
    }
}

} // namespace lectern::ui
