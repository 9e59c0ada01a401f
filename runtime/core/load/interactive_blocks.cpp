// Quiz, reflection and timeline blocks. See interactive_blocks.h and docs/module-format.md.
//
// Index
//   [SECTION] Helpers
//   [SECTION] Choices, items and pairs
//   [SECTION] Questions (answer keys per type)
//   [SECTION] Quiz
//   [SECTION] Reflection
//   [SECTION] Timeline
#include "load/interactive_blocks.h"

#include "util/slug.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace lectern {

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

std::string_view trimSpaces(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

namespace {

const char* kTypeList = "single, multiple, true_false, short_text, numeric, ordering, matching";

std::optional<QuestionType> parseType(std::string_view s) {
    if (s == "single") return QuestionType::Single;
    if (s == "multiple") return QuestionType::Multiple;
    if (s == "true_false") return QuestionType::TrueFalse;
    if (s == "short_text") return QuestionType::ShortText;
    if (s == "numeric") return QuestionType::Numeric;
    if (s == "ordering") return QuestionType::Ordering;
    if (s == "matching") return QuestionType::Matching;
    return std::nullopt;
}

// "a", "b", ... "z", then "c27", "c28"...: ids for choices written without one.
std::string positionId(size_t index) {
    if (index < 26) return std::string(1, char('a' + index));
    std::string id = "c";  // appended, not "c" + string: GCC 12 -O2 warns falsely (bug 105651)
    id += std::to_string(index + 1);
    return id;
}

std::string inQuotes(std::string_view s) {
    std::string q = "'";
    q.append(s).push_back('\'');
    return q;
}

// Reads an id: required, in id syntax. Returns "" when missing or invalid.
std::string readId(const YamlMap& map, std::string_view fixHint) {
    std::optional<std::string> id = map.string("id", false);
    if (!id) {
        map.source().error(map.pos(), map.what() + " needs an 'id' " + std::string(fixHint));
        return {};
    }
    if (!isValidId(*id)) {
        map.source().error(map.valuePos("id"), "id " + inQuotes(*id) + " in " + map.what() +
                                                   " may only use letters, digits, '-', '_' and '.'");
        return {};
    }
    return *id;
}

// Reads a required non-empty text field.
std::string readText(const YamlMap& map, std::string_view key) {
    std::optional<std::string> v = map.string(key, true);
    if (!v) return {};
    if (trimSpaces(*v).empty()) {
        map.source().error(map.valuePos(key), std::string(key) + " of " + map.what() + " is empty; write it out");
        return {};
    }
    return std::string(trimSpaces(*v));
}

std::string optionalText(const YamlMap& map, std::string_view key) {
    std::optional<std::string> v = map.string(key, false);
    return v ? std::string(trimSpaces(*v)) : std::string();
}

//-----------------------------------------------------------------------------
// [SECTION] Choices, items and pairs
//-----------------------------------------------------------------------------

// Reads `key` (choices or items): plain strings or {id, text, correct, feedback} maps.
std::vector<Choice> readChoices(const YamlMap& q, std::string_view key, bool allowCorrect) {
    std::vector<Choice> out;
    YAML::Node list = q.get(key);
    if (!list.IsDefined() || list.IsNull()) return out;
    const YamlSource& src = q.source();
    if (!list.IsSequence()) {
        src.error(q.valuePos(key), std::string(key) + " of " + q.what() + " must be a list (lines starting with '- ')");
        return out;
    }
    std::set<std::string> ids;
    size_t index = 0;
    for (const YAML::Node& item : list) {
        Choice c;
        c.pos = item.Mark().line >= 0 ? src.pos(item) : q.valuePos(key);
        if (item.IsScalar()) {
            c.id = positionId(index);
            c.text = std::string(trimSpaces(item.Scalar()));
        } else if (item.IsMap()) {
            YamlMap m(item, src, std::string(key == "items" ? "item " : "choice ") + std::to_string(index + 1) + " of " + q.what(), c.pos);
            if (allowCorrect) m.warnUnknownKeys({"id", "text", "correct", "feedback", "weight"});
            else m.warnUnknownKeys({"id", "text", "feedback"});
            std::optional<std::string> id = m.string("id", false);
            if (id && !isValidId(*id)) {
                src.error(m.valuePos("id"), "id " + inQuotes(*id) + " in " + m.what() + " may only use letters, digits, '-', '_' and '.'");
                id.reset();
            }
            c.id = id ? *id : positionId(index);
            std::optional<std::string> text = m.string("text", true);
            c.text = text ? std::string(trimSpaces(*text)) : std::string();
            if (allowCorrect) c.correct = m.boolean("correct", false).value_or(false);
            if (allowCorrect && m.has("weight")) c.weight = m.number("weight", false, -100, 100);
            c.feedback = optionalText(m, "feedback");
        } else {
            src.error(c.pos, "each entry of " + std::string(key) + " in " + q.what() + " must be text or a map with 'text'");
            ++index;
            continue;
        }
        if (c.text.empty() && item.IsScalar())
            src.error(c.pos, "entry " + std::to_string(index + 1) + " of " + std::string(key) + " in " + q.what() + " is empty");
        if (!ids.insert(c.id).second)
            src.error(c.pos, "two entries of " + std::string(key) + " in " + q.what() + " have the id " + inQuotes(c.id) +
                                 "; give each its own id");
        out.push_back(std::move(c));
        ++index;
    }
    return out;
}

std::vector<MatchPair> readPairs(const YamlMap& q) {
    std::vector<MatchPair> out;
    YAML::Node list = q.get("pairs");
    if (!list.IsDefined() || list.IsNull()) return out;
    const YamlSource& src = q.source();
    if (!list.IsSequence()) {
        src.error(q.valuePos("pairs"), "pairs of " + q.what() + " must be a list of {left: ..., right: ...}");
        return out;
    }
    std::set<std::string> ids;
    size_t index = 0;
    for (const YAML::Node& item : list) {
        MatchPair p;
        p.pos = item.Mark().line >= 0 ? src.pos(item) : q.valuePos("pairs");
        ++index;
        if (!item.IsMap()) {
            src.error(p.pos, "pair " + std::to_string(index) + " of " + q.what() + " must be a map: {left: ..., right: ...}");
            continue;
        }
        YamlMap m(item, src, "pair " + std::to_string(index) + " of " + q.what(), p.pos);
        m.warnUnknownKeys({"id", "left", "right"});
        std::optional<std::string> id = m.string("id", false);
        p.id = id && isValidId(*id) ? *id : "p" + std::to_string(index);
        p.left = readText(m, "left");
        p.right = readText(m, "right");
        if (!ids.insert(p.id).second)
            src.error(p.pos, "two pairs in " + q.what() + " have the id " + inQuotes(p.id));
        out.push_back(std::move(p));
    }
    return out;
}

// `distractors:` of a matching question: right-hand options that match no left item.
std::vector<MatchPair> readDistractors(const YamlMap& q, const std::vector<MatchPair>& pairs) {
    std::vector<MatchPair> out;
    if (!q.has("distractors")) return out;
    std::optional<std::vector<std::string>> list = q.stringList("distractors", false, true);
    if (!list) return out;
    std::set<std::string> ids;
    for (const MatchPair& p : pairs) ids.insert(p.id);
    for (const std::string& text : *list) {
        if (trimSpaces(text).empty()) {
            q.source().error(q.valuePos("distractors"), "a distractor of " + q.what() + " is empty");
            continue;
        }
        std::string id = "d" + std::to_string(out.size() + 1);
        while (!ids.insert(id).second) id += "x";
        out.push_back({id, {}, std::string(trimSpaces(text)), q.valuePos("distractors")});
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Questions (answer keys per type)
//-----------------------------------------------------------------------------

std::string choiceIdList(const std::vector<Choice>& choices) {
    std::string s;
    for (const Choice& c : choices) s += (s.empty() ? "" : ", ") + c.id;
    return s.empty() ? "none" : s;
}

std::string formatPercent(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

// `accept:` of a short_text question: plain strings (100 %) or {text, weight, feedback} maps.
void readAccepted(const YamlMap& q, const char* key, Question& question) {
    YAML::Node list = q.get(key);
    if (!list.IsDefined() || list.IsNull()) return;
    const YamlSource& src = q.source();
    bool anyMap = false;
    std::vector<AcceptedText> keys;
    std::vector<YAML::Node> items;
    if (list.IsSequence()) for (const YAML::Node& n : list) items.push_back(n);
    else items.push_back(list);
    size_t index = 0;
    for (const YAML::Node& item : items) {
        ++index;
        const SourcePos pos = item.Mark().line >= 0 ? src.pos(item) : q.valuePos(key);
        AcceptedText a;
        if (item.IsScalar()) {
            a.text = std::string(trimSpaces(item.Scalar()));
        } else if (item.IsMap()) {
            anyMap = true;
            YamlMap m(item, src, "accepted answer " + std::to_string(index) + " of " + q.what(), pos);
            m.warnUnknownKeys({"text", "weight", "feedback"});
            a.text = readText(m, "text");
            a.weight = m.number("weight", false, -100, 100).value_or(100);
            a.feedback = optionalText(m, "feedback");
        } else {
            src.error(pos, "each entry of " + std::string(key) + " in " + q.what() + " must be text or {text: ..., weight: ...}");
            continue;
        }
        if (a.text.empty()) continue;
        if (a.weight >= 100 - 1e-9) question.accepted.push_back(a.text);
        keys.push_back(std::move(a));
    }
    if (anyMap) question.acceptedKeys = std::move(keys);
}

// Numeric answers written as a range (`min:`/`max:`) or several weighted ones (`answers:`).
std::optional<NumericKey> readNumericKey(const YamlMap& m) {
    NumericKey k;
    const YamlSource& src = m.source();
    if (m.has("min") || m.has("max")) {
        std::optional<double> lo = m.number("min", true, -1e15, 1e15);
        std::optional<double> hi = m.number("max", true, -1e15, 1e15);
        if (m.has("answer") || m.has("tolerance"))
            src.error(m.pos(), m.what() + " gives both min/max and answer/tolerance; keep one form");
        if (!lo || !hi) return std::nullopt;
        if (*lo > *hi) {
            src.error(m.valuePos("min"), "min of " + m.what() + " is above its max");
            return std::nullopt;
        }
        k.min = *lo;
        k.max = *hi;
        k.range = true;
    } else {
        std::optional<double> n = m.number("answer", true, -1e15, 1e15);
        if (!n) return std::nullopt;
        const double tol = m.number("tolerance", false, 0, 1e15).value_or(0);
        k.min = *n - tol;
        k.max = *n + tol;
    }
    return k;
}

void readNumericKeys(const YamlMap& q, Question& question) {
    const YamlSource& src = q.source();
    if (!q.has("answers")) {
        if (std::optional<NumericKey> k = readNumericKey(q)) question.numericKeys.push_back(*k);
    } else {
        if (q.has("answer") || q.has("min") || q.has("max"))
            src.error(q.keyPos("answers"), q.what() + " has 'answers:' and also 'answer:' or 'min:'/'max:'; keep one form");
        YAML::Node list = q.get("answers");
        if (!list.IsSequence()) {
            src.error(q.valuePos("answers"), "answers of " + q.what() + " must be a list of {answer: ..., tolerance: ..., weight: ...} or {min: ..., max: ..., weight: ...}");
            return;
        }
        size_t index = 0;
        for (const YAML::Node& item : list) {
            ++index;
            const SourcePos pos = item.Mark().line >= 0 ? src.pos(item) : q.valuePos("answers");
            if (!item.IsMap()) {
                src.error(pos, "answer " + std::to_string(index) + " of " + q.what() + " must be a map with answer: or min:/max:");
                continue;
            }
            YamlMap m(item, src, "answer " + std::to_string(index) + " of " + q.what(), pos);
            m.warnUnknownKeys({"answer", "tolerance", "min", "max", "weight", "feedback"});
            std::optional<NumericKey> k = readNumericKey(m);
            if (!k) continue;
            k->weight = m.number("weight", false, -100, 100).value_or(100);
            k->feedback = optionalText(m, "feedback");
            question.numericKeys.push_back(*k);
        }
    }
    const NumericKey* full = nullptr;
    for (const NumericKey& k : question.numericKeys)
        if (k.weight >= 100 - 1e-9) { full = &k; break; }
    if (question.numericKeys.empty())
        src.error(q.pos(), q.what() + " has no correct answer: add 'answer: <number>' or 'min:' and 'max:'");
    else if (!full)
        src.warning(q.pos(), q.what() + " accepts no answer at 100 %, so no answer earns full points");
    // The plain fields keep the first full-credit answer for those that read only them (xAPI).
    const NumericKey& primary = full ? *full : question.numericKeys.empty() ? NumericKey{} : question.numericKeys.front();
    question.number = primary.centre();
    question.tolerance = primary.halfWidth();
}

// `answer:` naming choice ids (single: one; multiple: one or a list). Returns true when the
// question has an answer key, even a wrong one (reported here).
bool applyAnswerKey(const YamlMap& q, Question& question) {
    YAML::Node answer = q.get("answer");
    if (!answer.IsDefined() || answer.IsNull()) return false;
    std::vector<std::pair<std::string, SourcePos>> named;
    if (answer.IsScalar()) named.push_back({answer.Scalar(), q.valuePos("answer")});
    else if (answer.IsSequence() && question.type == QuestionType::Multiple) {
        for (const YAML::Node& a : answer)
            if (a.IsScalar()) named.push_back({a.Scalar(), q.source().pos(a)});
    } else {
        q.source().error(q.valuePos("answer"), "answer of " + q.what() +
                                                   (question.type == QuestionType::Single ? " must name one choice id"
                                                                                          : " must be a choice id or a list of them"));
        return true;
    }
    for (const auto& [id, pos] : named) {
        bool found = false;
        for (Choice& c : question.choices)
            if (c.id == id) c.correct = found = true;
        if (!found)
            q.source().error(pos, "answer " + inQuotes(id) + " of " + q.what() + " names no choice; the choices are: " +
                                      choiceIdList(question.choices));
    }
    return true;
}

void readAnswerKey(const YamlMap& q, Question& question) {
    const YamlSource& src = q.source();
    const std::string& what = q.what();
    switch (question.type) {
    case QuestionType::Single:
    case QuestionType::Multiple: {
        question.choices = readChoices(q, "choices", true);
        if (question.choices.size() < 2)
            src.error(q.pos(), what + " needs at least 2 choices (it has " + std::to_string(question.choices.size()) + ")");
        const bool keyed = applyAnswerKey(q, question);
        if (question.weighted()) {
            // Partial credit: a choice is correct when it earns something.
            double best = -1000, positive = 0;
            for (Choice& c : question.choices) {
                c.correct = c.weight.value_or(0) > 0;
                best = std::max(best, c.weight.value_or(0));
                positive += std::max(0.0, c.weight.value_or(0));
            }
            if (question.type == QuestionType::Single && best < 100 - 1e-9)
                src.warning(q.pos(), what + " gives no choice a weight of 100, so no answer earns full points");
            if (question.type == QuestionType::Multiple && std::fabs(positive - 100) > 0.01 && positive > 0)
                src.warning(q.pos(), what + " has positive weights adding up to " + formatPercent(positive) +
                                         " %, not 100 %: ticking every right choice " +
                                         (positive < 100 ? "cannot earn full points" : "earns full points before all are ticked"));
        }
        size_t correct = 0;
        for (const Choice& c : question.choices) correct += c.correct ? 1 : 0;
        if (correct == 0 && !question.choices.empty() && !keyed)
            src.error(q.pos(), what + " has no correct answer: mark a choice 'correct: true' or add 'answer: <choice id>'");
        if (question.type == QuestionType::Single && correct > 1 && !question.weighted())
            src.error(q.pos(), what + " is single-choice but marks " + std::to_string(correct) +
                                   " choices correct; keep one, or use 'type: multiple'");
        break;
    }
    case QuestionType::TrueFalse: {
        std::optional<bool> answer;
        YAML::Node a = q.get("answer");
        if (!a.IsDefined() || a.IsNull())
            src.error(q.pos(), what + " has no correct answer: add 'answer: true' or 'answer: false'");
        else
            answer = q.boolean("answer", false);
        question.choices.push_back({"true", "True", answer.value_or(false) == true && answer.has_value(), "", q.pos()});
        question.choices.push_back({"false", "False", answer.has_value() && !*answer, "", q.pos()});
        break;
    }
    case QuestionType::ShortText: {
        const char* key = q.has("accept") ? "accept" : "answer";
        readAccepted(q, key, question);
        if (question.accepted.empty() && question.acceptedKeys.empty())
            src.error(q.pos(), what + " has no correct answer: add 'accept: [answer, another spelling]'");
        else if (question.accepted.empty())
            src.warning(q.pos(), what + " accepts no answer at 100 %, so no answer earns full points");
        break;
    }
    case QuestionType::Numeric: {
        if (q.has("answers") || q.has("min") || q.has("max")) {
            readNumericKeys(q, question);
            break;
        }
        std::optional<double> n = q.number("answer", false, -1e15, 1e15);
        if (!n && !q.has("answer")) src.error(q.pos(), what + " has no correct answer: add 'answer: <number>'");
        question.number = n.value_or(0);
        question.tolerance = q.number("tolerance", false, 0, 1e15).value_or(0);
        break;
    }
    case QuestionType::Ordering: {
        question.choices = readChoices(q, "items", false);
        if (question.choices.size() < 2)
            src.error(q.pos(), what + " needs at least 2 items to order (it has " + std::to_string(question.choices.size()) +
                                   "); list them under 'items:' in the correct order");
        break;
    }
    case QuestionType::Matching: {
        question.pairs = readPairs(q);
        question.distractors = readDistractors(q, question.pairs);
        if (question.pairs.size() < 2)
            src.error(q.pos(), what + " needs at least 2 pairs to match (it has " + std::to_string(question.pairs.size()) +
                                   "); list them under 'pairs:' as {left: ..., right: ...}");
        break;
    }
    }
}

std::optional<Question> readQuestion(const YAML::Node& node, const YamlSource& src, const std::string& quizWhat,
                                     size_t index, SourcePos fallback) {
    const SourcePos pos = node.Mark().line >= 0 ? src.pos(node) : fallback;
    if (!node.IsMap()) {
        src.error(pos, "question " + std::to_string(index + 1) + " of " + quizWhat +
                           " must be a map (id:, type:, prompt: ...), not " + yamlKindName(node));
        return std::nullopt;
    }
    YamlMap probe(node, src, "question " + std::to_string(index + 1) + " of " + quizWhat, pos);
    std::optional<std::string> rawId = probe.string("id", false);
    const std::string what = rawId ? "question '" + *rawId + "'" : "question " + std::to_string(index + 1) + " of " + quizWhat;
    YamlMap q(node, src, what, pos);
    q.warnUnknownKeys({"id", "type", "title", "tags", "prompt", "prompt_after", "choices", "answer", "accept", "tolerance", "min", "max",
                       "answers", "items", "pairs", "distractors", "explanation", "hint", "revisit", "points",
                       "correct_feedback", "incorrect_feedback"});
    Question question;
    question.pos = pos;
    question.id = readId(q, "(stable, unique in the quiz: saved answers are kept under it)");
    std::optional<std::string> type = q.string("type", false);
    if (!type) {
        src.error(pos, what + " needs a 'type': one of " + std::string(kTypeList));
    } else if (std::optional<QuestionType> t = parseType(*type)) {
        question.type = *t;
    } else {
        src.error(q.valuePos("type"), "unknown question type '" + *type + "' in " + what + "; use one of " + kTypeList);
    }
    question.prompt = readText(q, "prompt");
    question.promptAfter = optionalText(q, "prompt_after");
    question.title = optionalText(q, "title");
    question.tags = q.stringList("tags", false, true).value_or(std::vector<std::string>{});
    if (type && parseType(*type)) readAnswerKey(q, question);
    question.explanation = optionalText(q, "explanation");
    question.hint = optionalText(q, "hint");
    question.revisit = optionalText(q, "revisit");
    question.correctFeedback = optionalText(q, "correct_feedback");
    question.incorrectFeedback = optionalText(q, "incorrect_feedback");
    question.points = q.number("points", false, 0.001, 1000).value_or(1);
    return question;
}

// `show_answers:` when the correct answers are shown (course/document.h ShowAnswers).
void readShowAnswers(const YamlMap& m, Quiz& quiz) {
    std::optional<std::string> v = m.string("show_answers", false);
    if (!v) return;
    const std::string_view s = trimSpaces(*v);
    if (s == "after_pass") quiz.showAnswers = ShowAnswers::AfterPass;
    else if (s == "after_last_attempt") quiz.showAnswers = ShowAnswers::AfterLastAttempt;
    else if (s == "never") quiz.showAnswers = ShowAnswers::Never;
    else
        m.source().error(m.valuePos("show_answers"), "show_answers of " + m.what() + " is " + inQuotes(s) +
                                                         "; write after_pass (the default), after_last_attempt or never");
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Quiz
//-----------------------------------------------------------------------------

std::optional<Quiz> parseQuizBlock(std::string_view yaml, const YamlSource& src, SourcePos blockPos, bool* passGiven) {
    std::optional<YAML::Node> root = parseYaml(yaml, src, blockPos, "quiz block");
    if (!root) return std::nullopt;
    if (!root->IsMap()) {
        src.error(blockPos, "a quiz block must hold 'key: value' lines (id:, title:, questions:)");
        return std::nullopt;
    }
    YamlMap map(*root, src, "quiz", blockPos);
    Quiz quiz;
    quiz.pos = blockPos;
    quiz.id = readId(map, "(stable, unique in the course: results are saved under it)");
    const std::string what = quiz.id.empty() ? std::string("quiz") : "quiz '" + quiz.id + "'";
    YamlMap m(*root, src, what, blockPos);
    m.warnUnknownKeys({"id", "title", "pass", "attempts", "show_answers", "questions"});
    quiz.title = optionalText(m, "title");
    if (passGiven) *passGiven = m.has("pass");
    if (std::optional<double> pass = m.number("pass", false, 0, 100)) quiz.passPercent = *pass;
    quiz.attemptsAllowed = int(m.integer("attempts", false, 0, 1000).value_or(0));
    readShowAnswers(m, quiz);
    YAML::Node questions = m.get("questions");
    if (!questions.IsDefined() || questions.IsNull()) {
        src.error(blockPos, what + " has no questions: add 'questions:' with at least one question");
    } else if (!questions.IsSequence()) {
        src.error(m.valuePos("questions"), "questions of " + what + " must be a list (each starting with '- id:')");
    } else {
        std::set<std::string> ids;
        size_t index = 0;
        for (const YAML::Node& qn : questions) {
            std::optional<Question> q = readQuestion(qn, src, what, index++, m.valuePos("questions"));
            if (!q) continue;
            if (!q->id.empty() && !ids.insert(q->id).second)
                src.error(q->pos, "two questions in " + what + " have the id '" + q->id + "'; give each its own id");
            quiz.questions.push_back(std::move(*q));
        }
        if (quiz.questions.empty() && index == 0) src.error(m.valuePos("questions"), what + " has an empty question list");
    }
    return quiz;
}

//-----------------------------------------------------------------------------
// [SECTION] Reflection
//-----------------------------------------------------------------------------

std::optional<Reflection> parseReflectionBlock(std::string_view yaml, const YamlSource& src, SourcePos blockPos) {
    std::optional<YAML::Node> root = parseYaml(yaml, src, blockPos, "reflection block");
    if (!root) return std::nullopt;
    if (!root->IsMap()) {
        src.error(blockPos, "a reflection block must hold 'key: value' lines (id:, prompt:)");
        return std::nullopt;
    }
    YamlMap probe(*root, src, "reflection", blockPos);
    Reflection r;
    r.pos = blockPos;
    r.id = readId(probe, "(stable, unique in the course: the learner's answer is saved under it)");
    YamlMap m(*root, src, r.id.empty() ? std::string("reflection") : "reflection '" + r.id + "'", blockPos);
    m.warnUnknownKeys({"id", "prompt", "quote", "attribution", "min_words"});
    r.prompt = readText(m, "prompt");
    r.quote = optionalText(m, "quote");
    r.attribution = optionalText(m, "attribution");
    r.minWords = int(m.integer("min_words", false, 0, 100000).value_or(0));
    if (!r.attribution.empty() && r.quote.empty())
        src.warning(m.keyPos("attribution"), m.what() + " has an attribution but no quote; add 'quote:' or remove it");
    return r;
}

//-----------------------------------------------------------------------------
// [SECTION] Timeline
//-----------------------------------------------------------------------------

std::optional<Timeline> parseTimelineBlock(std::string_view yaml, const YamlSource& src, SourcePos blockPos) {
    std::optional<YAML::Node> root = parseYaml(yaml, src, blockPos, "timeline block");
    if (!root) return std::nullopt;
    if (!root->IsMap()) {
        src.error(blockPos, "a timeline block must hold 'title:' and 'events:'");
        return std::nullopt;
    }
    YamlMap m(*root, src, "timeline", blockPos);
    m.warnUnknownKeys({"title", "events"});
    Timeline t;
    t.pos = blockPos;
    t.title = optionalText(m, "title");
    YAML::Node events = m.get("events");
    if (!events.IsDefined() || events.IsNull() || (events.IsSequence() && events.size() == 0)) {
        src.error(blockPos, "timeline has no events: add 'events:' with '- date: ... title: ...' entries");
        return t;
    }
    if (!events.IsSequence()) {
        src.error(m.valuePos("events"), "events of a timeline must be a list (each starting with '- date:')");
        return t;
    }
    size_t index = 0;
    for (const YAML::Node& e : events) {
        ++index;
        TimelineEvent ev;
        ev.pos = e.Mark().line >= 0 ? src.pos(e) : m.valuePos("events");
        if (!e.IsMap()) {
            src.error(ev.pos, "timeline event " + std::to_string(index) + " must be a map with date: and title:");
            continue;
        }
        YamlMap em(e, src, "timeline event " + std::to_string(index), ev.pos);
        em.warnUnknownKeys({"date", "title", "text"});
        ev.date = readText(em, "date");
        ev.title = readText(em, "title");
        ev.text = optionalText(em, "text");
        t.events.push_back(std::move(ev));
    }
    return t;
}

} // namespace lectern
