// GIFT -> module Markdown (gift_writer.h). Every text value is written as a YAML double-quoted
// scalar (JSON string syntax, which YAML reads as is), so no answer text can break the YAML.
#include "gift/gift_writer.h"

#include "util/slug.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

namespace lectern::gift {
namespace {

std::string q(const std::string& s) { return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

std::string num(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

double clampWeight(double w) { return std::clamp(w, -100.0, 100.0); }

// Prose from a description: each line is escaped where Markdown would read it as a heading,
// list, quote, fence, table or HTML, so a description never becomes structure.
std::string prose(const std::string& text) {
    std::string out, line;
    auto flushLine = [&] {
        size_t k = 0;
        while (k < line.size() && line[k] == ' ') ++k;
        std::string body = line.substr(k);
        if (!body.empty()) {
            const char c = body[0];
            bool orderedMarker = false;
            size_t d = 0;
            while (d < body.size() && std::isdigit(static_cast<unsigned char>(body[d]))) ++d;
            if (d > 0 && d < body.size() && (body[d] == '.' || body[d] == ')')) orderedMarker = true;
            if (orderedMarker) body.insert(d, "\\");
            else if (std::string("#>-+*=|<`~_[!").find(c) != std::string::npos) body.insert(0, "\\");
        }
        out += body + "\n";
        line.clear();
    };
    for (char c : text) {
        if (c == '\n') flushLine();
        else line += c;
    }
    flushLine();
    return out;
}

class Writer {
public:
    explicit Writer(const WriteOptions& o) : m_opt(o) {}

    std::string run(const Bank& bank) {
        const std::string title = m_opt.title.empty() ? m_opt.moduleId : m_opt.title;
        m_out = "---\nid: " + m_opt.moduleId + "\ntitle: " + q(title) + "\n---\n\n# " + escapeHeading(title) + "\n\n";
        bool sectionOpen = false;
        std::string category;
        for (const Question& question : bank.questions) {
            if (!sectionOpen || question.category != category) {
                closeQuiz();
                category = question.category;
                openSection(category.empty() ? "Questions" : category);
                sectionOpen = true;
            }
            switch (question.kind) {
            case Kind::Description:
                closeQuiz();
                if (!question.title.empty()) m_out += "### " + escapeHeading(question.title) + "\n\n";
                m_out += prose(question.stem) + "\n";
                break;
            case Kind::Essay: {
                closeQuiz();
                m_out += "```reflection\nid: " + uniqueCourseId(baseId(question)) + "\nprompt: " + q(question.stem) + "\n```\n\n";
                break;
            }
            default:
                if (m_quiz.empty()) openQuiz();
                writeQuestion(question);
            }
        }
        closeQuiz();
        if (!sectionOpen) openSection("Questions");
        return m_out;
    }

private:
    static std::string escapeHeading(const std::string& t) {
        std::string out;
        for (char c : t) out += c == '\n' ? ' ' : c;
        if (!out.empty() && std::string("#{").find(out.back()) != std::string::npos) out += " ";
        return out;
    }

    void openSection(std::string title) {
        // A category met again later (or named like another) gets its own section: ids stay unique.
        const std::string base = title;
        for (int n = 2; m_sections.count(slugify(title)); ++n) title = base + " (" + std::to_string(n) + ")";
        m_section = slugify(title);
        m_sections.insert(m_section);
        m_out += "## " + escapeHeading(title) + "\n\n";
        m_quizInSection = 0;
    }

    void openQuiz() {
        ++m_quizInSection;
        std::string id = m_opt.moduleId + "-" + m_section + (m_quizInSection > 1 ? "-" + std::to_string(m_quizInSection) : "");
        m_quiz = "```quiz\nid: " + uniqueCourseId(id) + "\nquestions:\n";
        m_questionIds.clear();
    }

    void closeQuiz() {
        if (m_quiz.empty()) return;
        m_out += m_quiz + "```\n\n";
        m_quiz.clear();
    }

    std::string baseId(const Question& question) {
        if (!question.id.empty() && isValidId(question.id)) return question.id;
        if (!question.title.empty()) {
            const std::string s = slugify(question.title);
            if (isValidId(s) && s != "section") return s;
        }
        return "q" + std::to_string(++m_counter);
    }

    std::string unique(std::set<std::string>& taken, const std::string& base) {
        std::string id = base;
        for (int n = 2; !taken.insert(id).second; ++n) id = base + "-" + std::to_string(n);
        return id;
    }
    std::string uniqueCourseId(const std::string& base) { return unique(m_courseIds, base); }

    void line(const std::string& indent, const std::string& key, const std::string& value) {
        if (!value.empty()) m_quiz += indent + key + ": " + q(value) + "\n";
    }

    void writeQuestion(const Question& g) {
        const std::string id = unique(m_questionIds, baseId(g));
        const char* type = "single";
        switch (g.kind) {
        case Kind::MultipleChoice: type = g.single ? "single" : "multiple"; break;
        case Kind::TrueFalse: type = "true_false"; break;
        case Kind::ShortAnswer: type = "short_text"; break;
        case Kind::Numerical: type = "numeric"; break;
        case Kind::Matching: type = "matching"; break;
        default: break;
        }
        m_quiz += "  - id: " + id + "\n    type: " + type + "\n";
        line("    ", "title", g.title);
        if (!g.tags.empty()) {
            m_quiz += "    tags:\n";
            for (const std::string& t : g.tags) m_quiz += "      - " + q(t) + "\n";
        }
        line("    ", "prompt", g.stem.empty() ? std::string("_____") : g.stem);
        line("    ", "prompt_after", g.stemAfter);
        switch (g.kind) {
        case Kind::MultipleChoice: {
            // Weights for Moodle's %n%, for multiple answers, and for a single-answer question with
            // several '=' answers (Moodle: any of them is fully right).
            bool weighted = !g.single;
            int right = 0;
            for (const Answer& a : g.answers) {
                weighted = weighted || a.weight.has_value();
                right += a.correct ? 1 : 0;
            }
            weighted = weighted || right > 1;
            m_quiz += "    choices:\n";
            for (size_t i = 0; i < g.answers.size(); ++i) {
                const Answer& a = g.answers[i];
                m_quiz += "      - text: " + q(a.text) + "\n";
                if (weighted) {
                    const double w = a.weight ? *a.weight : a.correct ? 100 : 0;
                    m_quiz += "        weight: " + num(clampWeight(w)) + "\n";
                } else if (a.correct) {
                    m_quiz += "        correct: true\n";
                }
                line("        ", "feedback", a.feedback);
            }
            break;
        }
        case Kind::TrueFalse:
            m_quiz += std::string("    answer: ") + (g.truth ? "true" : "false") + "\n";
            line("    ", "incorrect_feedback", g.wrongFeedback);
            line("    ", "correct_feedback", g.rightFeedback);
            break;
        case Kind::ShortAnswer:
            m_quiz += "    accept:\n";
            for (const Answer& a : g.answers) {
                const double w = clampWeight(a.weight.value_or(a.correct ? 100 : 0));
                if (w >= 100 && a.feedback.empty()) {
                    m_quiz += "      - " + q(a.text) + "\n";
                } else {
                    m_quiz += "      - text: " + q(a.text) + "\n        weight: " + num(w) + "\n";
                    line("        ", "feedback", a.feedback);
                }
            }
            break;
        case Kind::Numerical: {
            const bool simple = g.answers.size() == 1 && g.answers[0].feedback.empty() &&
                                clampWeight(g.answers[0].weight.value_or(100)) >= 100;
            if (simple) {
                const Answer& a = g.answers[0];
                if (a.range) m_quiz += "    min: " + num(a.min) + "\n    max: " + num(a.max) + "\n";
                else {
                    m_quiz += "    answer: " + num(a.number) + "\n";
                    if (a.tolerance > 0) m_quiz += "    tolerance: " + num(a.tolerance) + "\n";
                }
                break;
            }
            m_quiz += "    answers:\n";
            for (const Answer& a : g.answers) {
                if (a.range) m_quiz += "      - min: " + num(a.min) + "\n        max: " + num(a.max) + "\n";
                else m_quiz += "      - answer: " + num(a.number) + "\n        tolerance: " + num(a.tolerance) + "\n";
                m_quiz += "        weight: " + num(clampWeight(a.weight.value_or(a.correct ? 100 : 0))) + "\n";
                line("        ", "feedback", a.feedback);
            }
            break;
        }
        case Kind::Matching: {
            m_quiz += "    pairs:\n";
            std::vector<std::string> distractors;
            for (const Answer& a : g.answers) {
                if (a.left.empty()) distractors.push_back(a.text);
                else m_quiz += "      - left: " + q(a.left) + "\n        right: " + q(a.text) + "\n";
            }
            if (!distractors.empty()) {
                m_quiz += "    distractors:\n";
                for (const std::string& d : distractors) m_quiz += "      - " + q(d) + "\n";
            }
            break;
        }
        default: break;
        }
        line("    ", "explanation", g.generalFeedback);
    }

    WriteOptions m_opt;
    std::string m_out, m_quiz, m_section;
    int m_quizInSection = 0;
    int m_counter = 0;
    std::set<std::string> m_courseIds, m_questionIds, m_sections;
};

} // namespace

std::string writeModule(const Bank& bank, const WriteOptions& options) { return Writer(options).run(bank); }

} // namespace lectern::gift
