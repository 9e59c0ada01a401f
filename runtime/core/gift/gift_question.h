// Moodle GIFT question banks (https://docs.moodle.org/en/GIFT_format), as read by gift_parser.h
// and written by gift_writer.h (-> a Lectern module) and gift_export.h (a module -> GIFT).
//
// A GiftQuestion is GIFT's own view of a question: its kind, its texts (escapes resolved, HTML
// already turned into Markdown-ish text: never passed through as HTML), its answers with
// Moodle's weights and feedback.
#pragma once
#include "course/diagnostic.h"

#include <optional>
#include <string>
#include <vector>

namespace lectern::gift {

enum class Kind {
    Description,     // no braces: text only
    Essay,           // {}
    TrueFalse,       // {T}, {FALSE#wrong#right}
    MultipleChoice,  // {=right ~wrong}; weights allowed; single = exactly one '=' answer
    ShortAnswer,     // {=a =b =%50%c}
    Numerical,       // {#1822:5}, {#1..5}, {# =1822:0 =%50%1822:2}
    Matching,        // {=left -> right ...}
};
const char* kindName(Kind kind);  // "Description", "Essay", "TF", "MC", "Short", "Numerical", "Matching" (gift-pegjs' names)

enum class TextFormat { Moodle, Html, Markdown, Plain };
const char* formatName(TextFormat f);  // "moodle", "html", "markdown", "plain"

struct Answer {
    std::string text;               // MC/Short; Matching: the right-hand side
    std::string left;               // Matching: the left-hand side (empty = a distractor)
    bool correct = false;           // written with '='
    std::optional<double> weight;   // %n%, percent (may be negative)
    std::string feedback;           // #feedback
    // Numerical
    double number = 0, tolerance = 0;  // value:tolerance
    double min = 0, max = 0;           // min..max (range = true)
    bool range = false;
    SourcePos pos;
};

struct Question {
    Kind kind = Kind::Description;
    SourcePos pos;                  // where the question starts
    std::string category;           // the last $CATEGORY: before it
    std::string title;              // ::title::
    std::string id;                 // from a "// [id:X]" comment just before it
    std::vector<std::string> tags;  // from "// [tag:Y]" comments
    TextFormat format = TextFormat::Moodle;
    std::string stem;               // text before the braces (the whole text of a description)
    std::string stemAfter;          // missing word: text after the braces
    std::vector<Answer> answers;
    bool single = true;             // MC: one right answer (Moodle: an '=' answer exists)
    bool truth = false;             // TF: the right answer
    std::string wrongFeedback;      // TF: the first #feedback (shown for a wrong answer)
    std::string rightFeedback;      // TF: the second
    std::string generalFeedback;    // ####feedback
};

struct Bank {
    std::vector<Question> questions;
};

// Limits on untrusted input (gift_parser.cpp): larger input is an error, never a crash.
inline constexpr size_t kMaxBankBytes = 16u * 1024u * 1024u;
inline constexpr size_t kMaxQuestions = 20000;
inline constexpr size_t kMaxAnswers = 500;
// The interval of Moodle's catch-all numeric answer ("~#feedback"): the module format's bounds.
inline constexpr double kAnyNumber = 1e15;

} // namespace lectern::gift
