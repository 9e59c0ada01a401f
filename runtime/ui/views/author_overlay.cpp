#include "ui/views/author_overlay.h"

#include "i18n/tr.h"

#include "progress_rules/progress_rules.h"
#include "quiz/answer_key.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace lectern::ui {
namespace {

std::string readingTime(int words) {
    const double s = estimatedReadingSeconds(words);
    if (s < 60) return tr("under 1 min");
    const int minutes = static_cast<int>(std::lround(s / 60));
    return formatText(trn("%d min", "%d min", minutes), minutes);
}

} // namespace

bool AuthorOverlay::isProblem(const std::string& note) { return note.rfind("error: ", 0) == 0 || note.rfind("warning: ", 0) == 0; }

std::vector<std::string> AuthorOverlay::notesFor(const Module& module, size_t blockIndex) const {
    std::vector<std::string> out;
    if (blockIndex >= module.blocks.size()) return out;
    const Block& b = module.blocks[blockIndex];
    out.push_back(formatText(tr("line %d"), b.pos.line));
    for (const Section& s : module.sections)
        if (s.firstBlock == blockIndex)
            out.push_back(formatText(trn("section #%s · %d word · %s", "section #%s · %d words · %s", s.words), s.id.c_str(),
                                     s.words, readingTime(s.words).c_str()));
    const size_t payload = b.payload < 0 ? SIZE_MAX : static_cast<size_t>(b.payload);
    if (b.kind == BlockKind::Quiz && payload < module.quizzes.size()) {
        const Quiz& q = module.quizzes[payload];
        out.push_back(formatText(tr("quiz %s · pass %d%%"), q.id.c_str(), static_cast<int>(std::lround(q.passPercent))));
        for (const Question& x : q.questions) {
            const std::string key = quiz::correctAnswerText(x);
            out.push_back("  " + formatText(tr("%s (%s, line %d): %s"), x.id.c_str(), questionTypeName(x.type),
                                            x.pos.line, key.empty() ? tr("no answer key") : key.c_str()));
        }
    } else if (b.kind == BlockKind::Reflection && payload < module.reflections.size()) {
        const Reflection& r = module.reflections[payload];
        out.push_back(r.minWords > 0 ? formatText(trn("reflection %s · at least %d word", "reflection %s · at least %d words",
                                                     r.minWords),
                                                 r.id.c_str(), r.minWords)
                                     : formatText(tr("reflection %s"), r.id.c_str()));
    } else if (b.kind == BlockKind::Heading && !b.anchor.empty() && b.level > 2) {
        out.push_back("#" + b.anchor);
    }
    // Problems on the lines this block covers (those about the whole file beside the first block).
    const int first = blockIndex == 0 ? 0 : b.pos.line;
    const int end = blockIndex + 1 < module.blocks.size() ? module.blocks[blockIndex + 1].pos.line : 1 << 30;
    for (const Diagnostic& d : m_diagnostics.items()) {
        if (d.file != module.file) continue;
        if (d.pos.line < first || (d.pos.line >= end && end > first)) continue;
        out.push_back(std::string(d.severity == Severity::Error ? "error: " : "warning: ") +
                      (d.pos.line > 0 ? formatText(tr("line %d: "), d.pos.line) : std::string()) + d.message);
    }
    return out;
}

void AuthorOverlay::drawBlock(const UiEnv& env, const Module& module, size_t blockIndex, float x, float y, float width) {
    const std::vector<std::string> notes = notesFor(module, blockIndex);
    if (notes.empty() || width < 40) return;
    const float top = std::max(y, m_nextFreeY);
    ImGui::SetCursorPos(ImVec2(x, top));
    ImGui::PushTextWrapPos(x + width);
    ImGui::PushFont(env.fonts->mono);
    for (const std::string& n : notes) {
        const unsigned colour = isProblem(n) ? (n[0] == 'e' ? env.theme->wrong : env.theme->accent) : env.theme->textMuted;
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
        ImGui::SetCursorPosX(x);
        ImGui::TextUnformatted(n.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    m_nextFreeY = ImGui::GetCursorPosY() + 2;
}

} // namespace lectern::ui
