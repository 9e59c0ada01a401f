// A learner's answers to a quiz, typed per question kind, and their JSON form: the
// `responsesJson` of RecordQuizAttempt (store/progress.h).
//
// JSON: one object, question id -> response:
//   single       "choice-id"
//   true_false   true | false
//   multiple     ["choice-id", ...]            (the ticked choices)
//   short_text   "what the learner typed"      (as typed; normalised only to compare)
//   numeric      11.5
//   ordering     ["item-id", ...]              (the learner's order, first to last)
//   matching     {"left-pair-id": "pair-id"}   (the pair whose right side was picked)
// Unanswered questions are left out. Reading is forgiving, because saved attempts outlive
// edits to the quiz: unknown question ids and values of the wrong shape are skipped (with a
// note in `warnings`), never an exception.
#pragma once
#include "course/document.h"

#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace lectern::quiz {

struct ChoiceAnswer { std::string choiceId; };                   // single, true_false ("true"/"false")
struct ChoiceSetAnswer { std::vector<std::string> choiceIds; };  // multiple
struct TextAnswer { std::string text; };                         // short_text
struct NumberAnswer { double value = 0; };                       // numeric
struct OrderAnswer { std::vector<std::string> itemIds; };        // ordering
struct MatchAnswer { std::map<std::string, std::string> rightOf; };  // matching: left pair id -> pair id

using Response = std::variant<std::monostate, ChoiceAnswer, ChoiceSetAnswer, TextAnswer, NumberAnswer,
                              OrderAnswer, MatchAnswer>;
using Responses = std::map<std::string, Response>;  // by question id

// True when `response` is a complete answer to `question`: a choice that exists, at least
// one ticked box, non-blank text, a number, every item placed once, every left item matched.
bool isAnswered(const Question& question, const Response& response);

std::string responsesToJson(const Quiz& quiz, const Responses& responses);

// Reads what responsesToJson wrote (and tolerates older or damaged records, see above).
Responses responsesFromJson(const Quiz& quiz, std::string_view json, std::vector<std::string>* warnings = nullptr);

// The order in which an ordering question's items are first shown: a shuffle fixed by the
// quiz and question ids (stable across frames and restarts), never the correct order when
// there are two or more items.
std::vector<std::string> initialOrder(const Quiz& quiz, const Question& question);

// The right-hand options of a matching question as the combo lists them (the pairs' right sides
// and the distractors): distinct texts in a
// shuffled order fixed by the ids (not the order of the pairs, which would give it away).
// Each entry is the id of the first pair with that right text.
std::vector<std::string> matchingOptions(const Quiz& quiz, const Question& question);

} // namespace lectern::quiz
