#include "ui/views/author_overlay.h"

#include "progress_rules/progress_rules.h"
#include "quiz/answer_key.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace lectern::ui {
namespace {

std::string readingTime(int words) {
    const double s = estimatedReadingSeconds(words);
    if (s < 60) return "under 1 min";
    return std::to_string(static_cast<int>(std::lround(s / 60))) + " min";
}

} // namespace

bool AuthorOverlay::isProblem(const std::string& note) { return note.rfind("error: ", 0) == 0 || note.rfind("warning: ", 0) == 0; }

std::vector<std::string> AuthorOverlay::notesFor(const Module& module, size_t blockIndex) const {
    std::vector<std::string> out;
    if (blockIndex >= module.blocks.size()) return out;
    const Block& b = module.blocks[blockIndex];
    out.push_back("line " + std::to_string(b.pos.line));
    for (const Section& s : module.sections)
        if (s.firstBlock == blockIndex)
            out.push_back("section #" + s.id + " · " + std::to_string(s.words) + " words · " + readingTime(s.words));
    const size_t payload = b.payload < 0 ? SIZE_MAX : static_cast<size_t>(b.payload);
    if (b.kind == BlockKind::Quiz && payload < module.quizzes.size()) {
        const Quiz& q = module.quizzes[payload];
        out.push_back("quiz " + q.id + " · pass " + std::to_string(static_cast<int>(std::lround(q.passPercent))) + "%");
        for (const Question& x : q.questions) {
            const std::string key = quiz::correctAnswerText(x);
            out.push_back("  " + x.id + " (" + questionTypeName(x.type) + ", line " + std::to_string(x.pos.line) +
                          "): " + (key.empty() ? "no answer key" : key));
        }
    } else if (b.kind == BlockKind::Reflection && payload < module.reflections.size()) {
        const Reflection& r = module.reflections[payload];
        out.push_back("reflection " + r.id + (r.minWords > 0 ? " · at least " + std::to_string(r.minWords) + " words" : ""));
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
                      (d.pos.line > 0 ? "line " + std::to_string(d.pos.line) + ": " : std::string()) + d.message);
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
