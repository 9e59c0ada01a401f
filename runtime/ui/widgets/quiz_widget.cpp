// Index
//   [SECTION] State
//   [SECTION] Responses <-> editing state
//   [SECTION] Small drawing helpers
//   [SECTION] Question controls (one per type)
//   [SECTION] Results, submit, retry
//   [SECTION] QuizWidget
#include "ui/widgets/quiz_widget.h"

#include "ui/section_title.h"
#include "text/text_direction.h"

#include "i18n/tr.h"
#include "ui/views/nav_focus.h"
#include "ui/widgets/clipped_text.h"
#include "ui/widgets/quiz_controls.h"
#include "ui/widgets/text_editor.h"

#include "quiz/answer_key.h"
#include "quiz/normalize.h"
#include "quiz/responses.h"
#include "quiz/scoring.h"

#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lectern::ui {

//-----------------------------------------------------------------------------
// [SECTION] State
//-----------------------------------------------------------------------------

namespace {

// What the learner has entered for one question, in the form the controls edit.
struct Entry {
    std::string choice;                         // single, true_false
    std::set<std::string> ticked;               // multiple
    std::string text;                           // short_text
    std::string numberText;                     // numeric, as typed
    std::vector<std::string> order;             // ordering: item ids, first to last
    std::map<std::string, std::string> matches; // matching: left pair id -> pair id
    bool hintShown = false;
    TextEditor box;                             // short_text, numeric: where the answer is typed
};

enum class Mode { Answering, Reviewing };

// Where the keyboard goes on the next frame: to the score after Submit, to the first
// question to change after Retry.
enum class FocusAsk { None, Verdict, Question };

struct QuizState {
    bool loaded = false;
    LearnerId learner = -1;
    std::string quizKey;  // "module/quiz": reload when the widget is handed another quiz
    std::map<std::string, Entry> entries;
    Mode mode = Mode::Answering;
    std::optional<quiz::QuizResult> result;  // per-question marks of the attempt shown
    double shownScore = 0, shownMax = 0, shownPercent = 0;
    bool shownPassed = false;
    int baselineAttempts = 0;  // attempts in the snapshot when loaded
    int localSubmits = 0;      // attempts submitted by this widget since
    // Answers given but not submitted are saved as a draft, so a crash or a closed window
    // loses none of them. draftJson is what the store holds (or the untouched start).
    std::string draftJson;
    bool draftDirty = false;  // an answer changed since draftJson was taken
    std::function<void(std::string)> saveDraft;  // set every frame (captures the env's submit)
    FocusAsk focusAsk = FocusAsk::None;
    std::string focusQuestion;          // FocusAsk::Question: its id
    std::set<std::string> keptRight;    // questions whose right answer Retry kept
};

//-----------------------------------------------------------------------------
// [SECTION] Responses <-> editing state
//-----------------------------------------------------------------------------

Entry freshEntry(const Quiz& quiz, const Question& q) {
    Entry e;
    if (q.type == QuestionType::Ordering) e.order = quiz::initialOrder(quiz, q);
    return e;
}

quiz::Response responseOf(const Question& q, const Entry& e) {
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::TrueFalse:
        if (e.choice.empty()) return std::monostate{};
        return quiz::ChoiceAnswer{e.choice};
    case QuestionType::Multiple: {
        quiz::ChoiceSetAnswer a;
        for (const Choice& c : q.choices)  // author's order, stable in the saved JSON
            if (e.ticked.count(c.id)) a.choiceIds.push_back(c.id);
        if (a.choiceIds.empty()) return std::monostate{};
        return a;
    }
    case QuestionType::ShortText:
        if (e.text.empty()) return std::monostate{};
        return quiz::TextAnswer{e.text};
    case QuestionType::Numeric:
        if (auto n = quiz::parseNumber(e.numberText)) return quiz::NumberAnswer{*n};
        return std::monostate{};
    case QuestionType::Ordering:
        return quiz::OrderAnswer{e.order};
    case QuestionType::Matching:
        if (e.matches.empty()) return std::monostate{};
        return quiz::MatchAnswer{e.matches};
    }
    return std::monostate{};
}

quiz::Responses responsesOf(const Quiz& quiz, const std::map<std::string, Entry>& entries) {
    quiz::Responses out;
    for (const Question& q : quiz.questions) {
        auto it = entries.find(q.id);
        if (it == entries.end()) continue;
        quiz::Response r = responseOf(q, it->second);
        if (!std::holds_alternative<std::monostate>(r)) out[q.id] = std::move(r);
    }
    return out;
}

Entry entryOf(const Quiz& quiz, const Question& q, const quiz::Response& r) {
    Entry e = freshEntry(quiz, q);
    if (auto* a = std::get_if<quiz::ChoiceAnswer>(&r)) e.choice = a->choiceId;
    if (auto* a = std::get_if<quiz::ChoiceSetAnswer>(&r)) e.ticked.insert(a->choiceIds.begin(), a->choiceIds.end());
    if (auto* a = std::get_if<quiz::TextAnswer>(&r)) e.text = a->text;
    if (auto* a = std::get_if<quiz::NumberAnswer>(&r)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.15g", a->value);
        e.numberText = buf;
    }
    // A saved order is only used when it still names exactly the quiz's items.
    if (auto* a = std::get_if<quiz::OrderAnswer>(&r); a && quiz::isAnswered(q, r)) e.order = a->itemIds;
    if (auto* a = std::get_if<quiz::MatchAnswer>(&r)) e.matches = a->rightOf;
    return e;
}

int snapshotAttempts(const UiEnv& env, const std::string& key) {
    if (!env.progress) return 0;
    auto it = env.progress->quizAttempts.find(key);
    return it == env.progress->quizAttempts.end() ? 0 : static_cast<int>(it->second.size());
}

// Puts saved responses into the editing state (questions without one stay as they are).
void setEntries(QuizState& s, const Quiz& quiz, const quiz::Responses& responses) {
    for (const Question& q : quiz.questions)
        if (auto it = responses.find(q.id); it != responses.end()) s.entries[q.id] = entryOf(quiz, q, it->second);
}

// Starts a blank attempt, or opens the latest saved one (e.g. after a restart).
void load(QuizState& s, const UiEnv& env, const Module& module, const Quiz& quiz) {
    s = QuizState{};
    s.loaded = true;
    s.learner = env.progress ? env.progress->learner : -1;
    s.quizKey = ProgressSnapshot::key(module.meta.id, quiz.id);
    for (const Question& q : quiz.questions) s.entries[q.id] = freshEntry(quiz, q);
    s.baselineAttempts = snapshotAttempts(env, s.quizKey);
    // A draft is newer than any attempt (submitting removes it): the learner was answering.
    const std::string* draftJson = nullptr;
    if (env.progress)
        if (auto d = env.progress->quizDrafts.find(s.quizKey); d != env.progress->quizDrafts.end()) draftJson = &d->second;
    if (draftJson) setEntries(s, quiz, quiz::responsesFromJson(quiz, *draftJson));
    s.draftJson = quiz::responsesToJson(quiz, responsesOf(quiz, s.entries));
    if (draftJson || s.baselineAttempts == 0) return;
    const auto& attempts = env.progress->quizAttempts.at(s.quizKey);
    const QuizAttempt& latest = *std::max_element(attempts.begin(), attempts.end(),
        [](const QuizAttempt& a, const QuizAttempt& b) { return a.number < b.number; });
    const quiz::Responses saved = quiz::responsesFromJson(quiz, latest.responsesJson);
    setEntries(s, quiz, saved);
    // Marks come from today's quiz; the totals are the record that was saved.
    s.result = quiz::scoreQuiz(quiz, saved);
    s.shownScore = latest.score;
    s.shownMax = latest.maxScore;
    s.shownPercent = latest.maxScore > 0 ? 100.0 * latest.score / latest.maxScore : 100.0;
    s.shownPassed = latest.passed;
    s.mode = Mode::Reviewing;
}

//-----------------------------------------------------------------------------
// [SECTION] Small drawing helpers
//-----------------------------------------------------------------------------

ImU32 colourOr(const UiEnv& env, unsigned Theme::*member, ImU32 fallback) {
    if (env.theme && env.theme->*member) return env.theme->*member;
    return fallback;
}

// Course text of any length goes through wrappedText (widgets/clipped_text.h): a 20,000
// character prompt or choice is laid out like prose and drawn clipped.
void wrappedColoured(const UiEnv& env, ImU32 colour, const std::string& text) {
    wrappedText(env, text, layout::FontRole::Regular, colour);
}

void boldWrapped(const UiEnv& env, const std::string& text) { wrappedText(env, text, layout::FontRole::Bold); }

// A button drawn as a link: keyboard-reachable like any button.
bool linkButton(const UiEnv& env, const std::string& label) {
    ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, colourOr(env, &Theme::link, IM_COL32(40, 90, 200, 255)));
    const bool pressed = ImGui::Button(label.c_str());
    ImGui::PopStyleColor(2);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return pressed;
}

// Gives the item just drawn the keyboard when `pending`, once.
void takeFocus(bool& pending) {
    if (!pending) return;
    focusAndRevealLastItem();
    pending = false;
}

//-----------------------------------------------------------------------------
// [SECTION] Question controls (one per type)
//-----------------------------------------------------------------------------

// Choice texts are drawn as wrapped text beside a label-less control: long sentences wrap
// to the page instead of running off it, and a "##" in a choice cannot be taken for an
// ImGui label suffix. Clicking the text picks the choice too.
// Each control returns true when the learner changed the answer this frame.
// While reviewing only the control is disabled: the choice's words keep their full contrast.
// `focus` (set on the frame after Retry) takes the keyboard to the first control.
bool drawChoices(const UiEnv& env, const Question& q, Entry& e, bool reviewing, bool& focus) {
    bool changed = false;
    for (const Choice& c : q.choices) {
        ImGui::PushID(c.id.c_str());
        // A true/false question's choices are the loader's English "True" and "False": shown
        // in the interface's language.
        const bool generated = q.type == QuestionType::TrueFalse && (c.text.empty() || c.text == "True" || c.text == "False");
        const std::string text = !generated && !c.text.empty() ? c.text
                                 : c.id == "true" ? std::string(tr("True"))
                                 : c.id == "false" ? std::string(tr("False")) : c.id;
        bool clicked = false;
        // A right-to-left choice (Arabic) has its box on the right, the text ending beside it.
        const bool rtl = lectern::text::firstStrongDirection(text) == lectern::text::BaseDirection::RightToLeft;
        const ImVec2 rowStart = ImGui::GetCursorScreenPos();
        const float rowWidth = ImGui::GetContentRegionAvail().x, box = ImGui::GetFrameHeight();
        if (rtl) ImGui::SetCursorScreenPos(ImVec2(rowStart.x + rowWidth - box, rowStart.y));
        ImGui::BeginDisabled(reviewing);
        if (q.type == QuestionType::Multiple) {
            bool on = e.ticked.count(c.id) > 0;
            clicked = ImGui::Checkbox("##pick", &on);
        } else {
            clicked = quizRadio("##pick", e.choice == c.id);
        }
        ImGui::EndDisabled();
        takeFocus(focus);
        if (rtl) {
            ImGui::SetCursorScreenPos(rowStart);
            ImGui::AlignTextToFramePadding();
            wrappedText(env, text, layout::FontRole::Regular, 0, rowWidth - box - ImGui::GetStyle().ItemInnerSpacing.x);
        } else {
            ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
            wrappedText(env, text);
        }
        if (ImGui::IsItemClicked() && !reviewing) clicked = true;
        if (clicked) {
            changed = true;
            if (q.type != QuestionType::Multiple) e.choice = c.id;
            else if (e.ticked.count(c.id)) e.ticked.erase(c.id);
            else e.ticked.insert(c.id);
        }
        ImGui::PopID();
    }
    return changed;
}

// A typed answer's box, WIDTH wide, starts where the question's text starts: at the right of
// the column under a right-to-left prompt, and reads from the right. It is Lectern's editor on
// one line (widgets/text_editor.h): the caret and clicks follow Arabic as it is drawn. Enter,
// Esc, Tab, Up or Down leave it with the text as typed.
bool drawAnswerBox(const Question& q, Entry& e, std::string& text, float width, const char* label, const char* hint) {
    const bool rtl = lectern::text::firstStrongDirection(q.prompt) == lectern::text::BaseDirection::RightToLeft;
    ImGui::SetNextItemWidth(width);
    if (rtl) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - width));
    TextEditorOptions options;
    options.singleLine = true;
    options.rightToLeft = rtl;
    options.placeholder = hint;
    return e.box.draw(label, text, options).edited;
}

// While reviewing an empty field shows no placeholder: faded, it would be unreadable, and
// "Not answered." says it.
bool drawNumeric(const UiEnv& env, const Question& q, Entry& e, bool reviewing, bool& focus) {
    const bool changed =
        drawAnswerBox(q, e, e.numberText, ImGui::GetFontSize() * 10, "##number", reviewing ? "" : tr("Type a number…"));
    takeFocus(focus);
    if (!e.numberText.empty() && !quiz::parseNumber(e.numberText))
        wrappedColoured(env, colourOr(env, &Theme::wrong, IM_COL32(190, 40, 40, 255)),
                        tr("Not a number yet: type digits, for example 11 or 1.5."));
    return changed;
}

bool drawOrdering(const UiEnv& env, const Question& q, Entry& e, bool& focus) {
    bool changed = false;
    for (size_t i = 0; i < e.order.size(); ++i) {
        const Choice* item = q.findChoice(e.order[i]);
        ImGui::PushID(e.order[i].c_str());
        ImGui::BeginDisabled(i == 0);
        const bool up = ImGui::Button(tr("Move up"));
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::BeginDisabled(i + 1 == e.order.size());
        const bool down = ImGui::Button(tr("Move down"));
        ImGui::EndDisabled();
        if (i == 0) takeFocus(focus);  // the first tr("Move up") is disabled
        ImGui::SameLine();
        wrappedText(env, std::to_string(i + 1) + ". " + (item ? item->text : e.order[i]));
        ImGui::PopID();
        if (up && i > 0) std::swap(e.order[i], e.order[i - 1]);
        if (down && i + 1 < e.order.size()) std::swap(e.order[i], e.order[i + 1]);
        changed |= up || down;
    }
    return changed;
}

bool drawMatching(const UiEnv& env, const Quiz& quiz, const Question& q, Entry& e, bool& focus) {
    bool changed = false;
    const std::vector<std::string> options = quiz::matchingOptions(quiz, q);
    const float comboWidth = std::min(ImGui::GetContentRegionAvail().x * 0.5f, ImGui::GetFontSize() * 18);
    for (const MatchPair& p : q.pairs) {
        ImGui::PushID(p.id.c_str());
        auto it = e.matches.find(p.id);
        const MatchPair* chosen = it == e.matches.end() ? nullptr : q.findPair(it->second);
        ImGui::SetNextItemWidth(comboWidth);
        const bool open = ImGui::BeginCombo("##match", chosen ? chosen->right.c_str() : "Choose…");
        if (!open) takeFocus(focus);  // (while open, the current window is the list)
        if (open) {
            for (const std::string& id : options) {
                const MatchPair* option = q.findPair(id);
                const bool selected = chosen && chosen->id == id;
                if (ImGui::Selectable(option->right.c_str(), selected)) {
                    e.matches[p.id] = id;
                    changed = true;
                }
                if (selected) ImGui::SetItemDefaultFocus();
            }
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        wrappedText(env, p.left);
        ImGui::PopID();
    }
    return changed;
}

bool drawControls(const UiEnv& env, const Quiz& quiz, const Question& q, Entry& e, bool reviewing, bool& focus) {
    if (q.type == QuestionType::Single || q.type == QuestionType::Multiple || q.type == QuestionType::TrueFalse)
        return drawChoices(env, q, e, reviewing, focus);
    ImGui::BeginDisabled(reviewing);
    bool changed = false;
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
    case QuestionType::TrueFalse: break;
    case QuestionType::ShortText:
        changed = drawAnswerBox(q, e, e.text, std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 24),
                                "##text", reviewing ? "" : tr("Type your answer…"));
        takeFocus(focus);
        break;
    case QuestionType::Numeric: changed = drawNumeric(env, q, e, reviewing, focus); break;
    case QuestionType::Ordering: changed = drawOrdering(env, q, e, focus); break;
    case QuestionType::Matching: changed = drawMatching(env, quiz, q, e, focus); break;
    }
    ImGui::EndDisabled();
    return changed;
}

//-----------------------------------------------------------------------------
// [SECTION] Results, submit, retry
//-----------------------------------------------------------------------------

// One line of feedback; on a multiple-answer question a choice's own feedback names the
// choice, since several ticked choices may each have some.
std::string feedbackLine(const Question& q, const quiz::Feedback& f) {
    if (f.choiceId.empty() || q.type != QuestionType::Multiple) return f.text;
    const Choice* c = q.findChoice(f.choiceId);
    return formatText(tr("You ticked \"%s\": %s"), shortQuote(c && !c->text.empty() ? c->text : f.choiceId).c_str(),
                      f.text.c_str());
}

void drawQuestionResult(const UiEnv& env, const Module& module, const Question& q, const quiz::QuestionResult& r,
                        bool showAnswer) {
    const ImU32 good = colourOr(env, &Theme::correct, IM_COL32(30, 130, 60, 255));
    const ImU32 bad = colourOr(env, &Theme::wrong, IM_COL32(190, 40, 40, 255));
    // Words as well as colour: the verdict must not rely on colour alone.
    wrappedColoured(env, r.correct ? good : bad, r.correct ? tr("Correct.") : (r.answered ? tr("Not correct.") : tr("Not answered.")));
    for (const quiz::Feedback& f : r.feedback) wrappedText(env, feedbackLine(q, f));
    if (!r.correct && showAnswer)
        if (const std::string key = quiz::correctAnswerText(q); !key.empty()) wrappedText(env, formatText(tr("Correct answer: %s"), key.c_str()));
    if (!r.explanation.empty()) wrappedText(env, formatText(tr("Explanation: %s"), r.explanation.c_str()));
    if (!r.revisitSection.empty()) {
        const Section* section = module.findSection(r.revisitSection);
        const std::string label =
            formatText(tr("Revisit: %s"), (section ? sectionTitle(*section) : r.revisitSection).c_str()) + "##revisit";
        if (linkButton(env, label) && env.post) env.post(OpenModule{module.meta.id, r.revisitSection});
    }
}

// "3", "1 and 3", "1, 2 and 4": question numbers as a list in a sentence; withAnd false:
// "1, 2, 4" (a list to look at, not a sentence to read).
std::string numberList(const std::vector<int>& numbers, bool withAnd = true) {
    std::string out;
    for (size_t k = 0; k < numbers.size(); ++k) {
        // TRANSLATORS: joins question numbers in a list ("1, 2 and 4"); keep the spaces you need.
        if (k > 0) out += withAnd && k + 1 == numbers.size() ? tr(" and ") : tr(", ");
        out += std::to_string(numbers[k]);
    }
    return out;
}

std::string attemptsLine(const quiz::AttemptStatus& status) {
    if (status.unlimited()) return formatText(tr("Attempts used: %d (no limit)."), status.used);
    const int left = status.left();
    if (left == 0) return formatText(tr("Attempts used: %d of %d; no attempts left."), status.used, status.allowed);
    return formatText(trn("Attempts used: %d of %d; %d attempt left.", "Attempts used: %d of %d; %d attempts left.", left),
                      status.used, status.allowed, left);
}

void submit(QuizState& s, const UiEnv& env, const Module& module, const Quiz& quiz) {
    const quiz::Responses responses = responsesOf(quiz, s.entries);
    quiz::QuizResult result = quiz::scoreQuiz(quiz, responses);
    RecordQuizAttempt record;
    record.moduleId = module.meta.id;
    record.quizId = quiz.id;
    record.responsesJson = quiz::responsesToJson(quiz, responses);
    record.score = result.score;
    record.maxScore = result.maxScore;
    record.passed = result.passed;
    if (env.submit) env.submit(std::move(record));
    s.shownScore = result.score;
    s.shownMax = result.maxScore;
    s.shownPercent = result.percent;
    s.shownPassed = result.passed;
    s.result = std::move(result);
    s.mode = Mode::Reviewing;
    s.focusAsk = FocusAsk::Verdict;  // the learner's next question is "how did I do?"
    s.keptRight.clear();
    ++s.localSubmits;
    s.draftJson = quiz::responsesToJson(quiz, responses);  // the attempt replaced the draft
}

// Saves the answers as a draft when they changed, but not while a text field is being
// edited (that waits until the learner leaves it) unless `now` (the widget is going away).
void saveDraftIfChanged(QuizState& s, const Quiz& quiz, bool now) {
    if (s.mode != Mode::Answering || !s.saveDraft || !s.draftDirty) return;
    if (!now && ImGui::GetCurrentContext() && ImGui::IsAnyItemActive()) return;
    s.draftDirty = false;
    std::string json = quiz::responsesToJson(quiz, responsesOf(quiz, s.entries));
    if (json == s.draftJson) return;
    s.draftJson = json;
    s.saveDraft(std::move(json));
}

// A new attempt. `keepRight`: the answers marked right stay, so the learner changes only the
// others; the keyboard goes to the first question to change.
void retry(QuizState& s, const Quiz& quiz, bool keepRight) {
    s.keptRight.clear();
    s.focusQuestion.clear();
    for (size_t i = 0; i < quiz.questions.size(); ++i) {
        const Question& q = quiz.questions[i];
        const bool right = keepRight && s.result && i < s.result->questions.size() && s.result->questions[i].correct;
        if (right) {
            s.entries[q.id].hintShown = false;
            s.keptRight.insert(q.id);
        } else {
            s.entries[q.id] = freshEntry(quiz, q);
            if (s.focusQuestion.empty()) s.focusQuestion = q.id;
        }
    }
    if (s.focusQuestion.empty() && !quiz.questions.empty()) s.focusQuestion = quiz.questions.front().id;
    s.focusAsk = FocusAsk::Question;
    s.result.reset();
    s.mode = Mode::Answering;
    s.draftDirty = true;  // a new attempt has begun: it is saved as a draft like any change
}

// Whether any attempt of this quiz has passed (the snapshot's, or the one just submitted).
bool passedOnce(const QuizState& s, const UiEnv& env) {
    if (s.result && s.shownPassed) return true;
    if (!env.progress) return false;
    auto it = env.progress->quizAttempts.find(s.quizKey);
    if (it == env.progress->quizAttempts.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(), [](const QuizAttempt& a) { return a.passed; });
}

// What the learner is told about the correct answers they do not see yet.
std::string answersLine(const Quiz& quiz, bool shown, bool anyWrong) {
    if (!anyWrong) return {};
    if (shown) return tr("The correct answers are shown under the questions you missed.");
    switch (quiz.showAnswers) {
    case ShowAnswers::AfterPass: return tr("The correct answers are shown once you pass.");
    case ShowAnswers::AfterLastAttempt: return tr("The correct answers are shown after your last attempt.");
    case ShowAnswers::Never: return {};
    }
    return {};
}

// The score and the verdict, at the top of the reviewed quiz, as one item the keyboard can
// rest on: after Submit it takes the focus and is scrolled into view.
void drawVerdict(QuizState& s, const UiEnv& env, const Quiz& quiz, bool answersShown) {
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    const ImU32 colour = s.shownPassed ? colourOr(env, &Theme::correct, IM_COL32(30, 130, 60, 255))
                                       : colourOr(env, &Theme::wrong, IM_COL32(190, 40, 40, 255));
    const double percent = std::floor(s.shownPercent + 1e-9);
    wrappedColoured(env, colour,
                    s.shownPassed ? formatText(tr("Score: %g of %g (%.0f%%). Passed (pass mark %g%%)."), s.shownScore,
                                               s.shownMax, percent, quiz.passPercent)
                                  : formatText(tr("Score: %g of %g (%.0f%%). Not passed yet (pass mark %g%%)."),
                                               s.shownScore, s.shownMax, percent, quiz.passPercent));
    std::vector<int> missed;
    if (s.result)
        for (size_t i = 0; i < s.result->questions.size(); ++i)
            if (!s.result->questions[i].correct) missed.push_back(static_cast<int>(i + 1));
    const std::string toLook = numberList(missed, /*withAnd*/ false);
    if (!missed.empty())
        wrappedText(env, formatText(trn("To look at again: question %s.", "To look at again: questions %s.",
                                        static_cast<long>(missed.size())),
                                    toLook.c_str()));
    if (const std::string a = answersLine(quiz, answersShown, !toLook.empty()); !a.empty()) wrappedText(env, a);
    ImGui::EndGroup();
    const ImVec2 end = ImGui::GetItemRectMax();
    ImGui::SetCursorScreenPos(start);
    ImGui::InvisibleButton("##verdict", ImVec2(std::max(1.0f, end.x - start.x), std::max(1.0f, end.y - start.y)));
    ImGui::RenderNavHighlight(ImRect(start, end), ImGui::GetItemID());
    if (s.focusAsk == FocusAsk::Verdict) {
        focusAndRevealLastItem();
        s.focusAsk = FocusAsk::None;
    }
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] QuizWidget
//-----------------------------------------------------------------------------

void drawQuizUnavailable(const UiEnv& env) {
    boldWrapped(env, tr("Quiz not available"));
    wrappedText(env, tr("This quiz could not be loaded: its questions contain a mistake that the course's author "
                        "has to correct (`lectern check` names it). Nothing you have answered is affected."));
}

struct QuizWidget::State : QuizState {
    const Quiz* quiz = nullptr;  // the quiz drawn last (the course outlives the widgets)
};

QuizWidget::QuizWidget() : m_state(std::make_unique<State>()) {}
QuizWidget::~QuizWidget() {
    if (m_state && m_state->quiz) saveDraftIfChanged(*m_state, *m_state->quiz, /*now*/ true);
}
QuizWidget::QuizWidget(QuizWidget&&) noexcept = default;
QuizWidget& QuizWidget::operator=(QuizWidget&&) noexcept = default;

void QuizWidget::draw(const UiEnv& env, const Module& module, const Quiz& quiz) {
    if (!m_state) m_state = std::make_unique<State>();  // after a move
    State& s = *m_state;
    const LearnerId learner = env.progress ? env.progress->learner : -1;
    if (!s.loaded || s.learner != learner || s.quizKey != ProgressSnapshot::key(module.meta.id, quiz.id)) {
        // A text field still active keeps its own copy of the old answer and would write it
        // into the fresh state: end the edit (only on a reload, never on the first draw).
        if (s.loaded && ImGui::IsAnyItemActive()) ImGui::ClearActiveID();
        // Save the old draft first: saveDraft still holds the scope of the learner who answered.
        if (s.loaded && s.quiz) saveDraftIfChanged(s, *s.quiz, true);
        load(s, env, module, quiz);
    }
    s.quiz = &quiz;
    s.saveDraft = [submit = env.submit, moduleId = module.meta.id, quizId = quiz.id](std::string json) {
        if (submit) submit(SaveQuizDraft{moduleId, quizId, std::move(json)});
    };

    const int used = std::max(snapshotAttempts(env, s.quizKey), s.baselineAttempts + s.localSubmits);
    const quiz::AttemptStatus attempts = quiz::attemptStatus(quiz, used);
    const bool reviewing = s.mode == Mode::Reviewing;

    const bool answersShown = reviewing && quiz::correctAnswersShown(quiz, attempts, passedOnce(s, env));

    ImGui::PushID(quiz.id.c_str());
    boldWrapped(env, quiz.title.empty() ? std::string(tr("Quiz")) : quiz.title);
    ImGui::Spacing();
    if (reviewing) {
        drawVerdict(s, env, quiz, answersShown);
        ImGui::Spacing();
    }

    std::vector<int> unanswered;
    for (size_t i = 0; i < quiz.questions.size(); ++i) {
        const Question& q = quiz.questions[i];
        Entry& e = s.entries[q.id];
        ImGui::PushID(q.id.c_str());
        boldWrapped(env, std::to_string(i + 1) + ". " + quiz::promptWithBlank(q));
        if (!reviewing && s.keptRight.count(q.id))
            wrappedColoured(env, colourOr(env, &Theme::textMuted, IM_COL32(90, 90, 90, 255)),
                            tr("Right last time: your answer is kept."));
        if (q.type == QuestionType::Multiple && !reviewing) ImGui::TextDisabled("%s", tr("Tick every answer that applies."));
        bool focus = s.focusAsk == FocusAsk::Question && s.focusQuestion == q.id && !reviewing;
        if (drawControls(env, quiz, q, e, reviewing, focus)) s.draftDirty = true;
        if (s.focusAsk == FocusAsk::Question && s.focusQuestion == q.id && !focus) s.focusAsk = FocusAsk::None;
        if (!reviewing && !q.hint.empty()) {
            if (e.hintShown) {
                wrappedColoured(env, colourOr(env, &Theme::textMuted, IM_COL32(100, 100, 100, 255)), formatText(tr("Hint: %s"), q.hint.c_str()));
            } else if (ImGui::SmallButton(tr("Show hint"))) {
                e.hintShown = true;
            }
        }
        if (reviewing && s.result && i < s.result->questions.size())
            drawQuestionResult(env, module, q, s.result->questions[i], answersShown);
        if (!quiz::isAnswered(q, responseOf(q, e))) unanswered.push_back(static_cast<int>(i + 1));
        ImGui::PopID();
        ImGui::Spacing();
    }

    if (!reviewing) {
        const bool ready = unanswered.empty() && attempts.canAttempt();
        ImGui::BeginDisabled(!ready);
        const bool pressed = ImGui::Button(tr("Submit answers"));
        ImGui::EndDisabled();
        if (pressed && ready) submit(s, env, module, quiz);
        if (!unanswered.empty()) {
            const std::string why = formatText(trn("Answer question %s to submit.", "Answer questions %s to submit.",
                                                   static_cast<long>(unanswered.size())),
                                               numberList(unanswered).c_str());
            ImGui::SameLine();
            ImGui::TextWrapped("%s", why.c_str());
        }
        if (!attempts.canAttempt()) ImGui::TextWrapped("%s", tr("No attempts left."));
    }
    ImGui::TextWrapped("%s", attemptsLine(attempts).c_str());
    if (reviewing && attempts.canAttempt()) {
        size_t right = 0;
        if (s.result)
            for (const quiz::QuestionResult& r : s.result->questions) right += r.correct ? 1 : 0;
        if (right > 0) ImGui::TextWrapped("%s", tr("Retry keeps the answers you got right; you change the others."));
        if (ImGui::Button(tr("Retry"))) retry(s, quiz, /*keepRight*/ true);
        if (right > 0) {
            ImGui::SameLine();
            if (ImGui::Button(tr("Clear every answer and retry"))) retry(s, quiz, /*keepRight*/ false);
        }
    }
    saveDraftIfChanged(s, quiz, /*now*/ false);
    ImGui::PopID();
}

} // namespace lectern::ui
