// The GIFT reader (gift_parser.h). Two passes, both linear: the file is cut into questions
// (blank lines end a question outside braces; `//` lines are comments), then each question is
// cut at its unescaped braces and its answers at unescaped = ~ # markers.
//
// Index
//   [SECTION] Text with positions, escapes
//   [SECTION] Cutting the file into questions
//   [SECTION] Answers
//   [SECTION] One question
#include "gift/gift_parser.h"

#include "util/utf8.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace lectern::gift {

const char* kindName(Kind k) {
    switch (k) {
    case Kind::Description: return "Description";
    case Kind::Essay: return "Essay";
    case Kind::TrueFalse: return "TF";
    case Kind::MultipleChoice: return "MC";
    case Kind::ShortAnswer: return "Short";
    case Kind::Numerical: return "Numerical";
    case Kind::Matching: return "Matching";
    }
    return "?";
}

const char* formatName(TextFormat f) {
    switch (f) {
    case TextFormat::Moodle: return "moodle";
    case TextFormat::Html: return "html";
    case TextFormat::Markdown: return "markdown";
    case TextFormat::Plain: return "plain";
    }
    return "?";
}

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Text with positions, escapes
//-----------------------------------------------------------------------------

// A question's raw text (escapes still in) and where each of its lines starts in the file.
struct Raw {
    std::string text;
    std::vector<std::pair<size_t, SourcePos>> lineStarts;  // offset in text -> file position

    SourcePos pos(size_t offset) const {
        auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset,
                                   [](size_t o, const std::pair<size_t, SourcePos>& l) { return o < l.first; });
        if (it == lineStarts.begin()) return {1, 1};
        --it;
        return {it->second.line, it->second.col + int(offset - it->first)};
    }
};

bool isSpecial(char c) { return c == '~' || c == '=' || c == '#' || c == '{' || c == '}' || c == ':' || c == '\\'; }

// Resolves \~ \= \# \{ \} \: \\ and \n; any other backslash stays (LaTeX: \( \frac).
std::string unescape(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            if (isSpecial(s[i + 1])) { out += s[++i]; continue; }
            if (s[i + 1] == 'n') { out += '\n'; ++i; continue; }
        }
        out += s[i];
    }
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

// The next unescaped `c` at or after `from` within [from, end), or npos.
size_t findUnescaped(std::string_view s, size_t from, std::string_view what, size_t end = std::string_view::npos) {
    end = std::min(end, s.size());
    for (size_t i = from; i < end; ++i) {
        if (s[i] == '\\') { ++i; continue; }
        if (s.compare(i, what.size(), what) == 0 && i + what.size() <= end) return i;
    }
    return std::string_view::npos;
}

std::optional<double> parseDouble(std::string_view s) {
    s = trim(s);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    if (s.empty()) return std::nullopt;
    double v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

// The text of a field in the question's format: HTML (and Moodle's auto-format, which may hold
// HTML) becomes text; Markdown and plain stay as written.
// An answer may name its own format: "=[html]<b>x</b>".
std::string finishText(std::string_view raw, TextFormat f) {
    raw = trim(raw);
    static const struct { std::string_view tag; TextFormat f; } formats[] = {
        {"[html]", TextFormat::Html}, {"[moodle]", TextFormat::Moodle}, {"[markdown]", TextFormat::Markdown}, {"[plain]", TextFormat::Plain}};
    for (const auto& x : formats)
        if (raw.substr(0, x.tag.size()) == x.tag) {
            f = x.f;
            raw.remove_prefix(x.tag.size());
            break;
        }
    // A line break in the file is a space (Moodle's HTML shows it so); "\n" is a real one.
    raw = trim(raw);
    std::string joined;
    joined.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\n' || raw[i] == '\r') {
            while (!joined.empty() && (joined.back() == ' ' || joined.back() == '\t')) joined.pop_back();
            while (i + 1 < raw.size() && std::isspace(static_cast<unsigned char>(raw[i + 1]))) ++i;
            joined += ' ';
        } else {
            joined += raw[i];
        }
    }
    std::string t = unescape(joined);
    if (f == TextFormat::Html || f == TextFormat::Moodle) {
        const bool looksHtml = t.find('<') != std::string::npos || t.find('&') != std::string::npos;
        if (looksHtml) t = htmlToText(t);
    }
    return t;
}

//-----------------------------------------------------------------------------
// [SECTION] Cutting the file into questions
//-----------------------------------------------------------------------------

struct Pending {
    Raw raw;
    std::string id;
    std::vector<std::string> tags;
};

// "// [id:X] [tag:Y]" comments.
void readComment(std::string_view line, std::string& id, std::vector<std::string>& tags) {
    size_t at = 0;
    while ((at = line.find('[', at)) != std::string_view::npos) {
        const size_t end = line.find(']', at);
        if (end == std::string_view::npos) break;
        const std::string_view inner = line.substr(at + 1, end - at - 1);
        if (inner.substr(0, 3) == "id:") id = std::string(trim(inner.substr(3)));
        else if (inner.substr(0, 4) == "tag:") tags.emplace_back(trim(inner.substr(4)));
        at = end + 1;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Answers
//-----------------------------------------------------------------------------

struct Ctx {
    const std::string& file;
    Diagnostics& diags;
    const Raw& raw;
    void error(size_t off, std::string m) const { diags.error(file, raw.pos(off), std::move(m)); }
    void warning(size_t off, std::string m) const { diags.warning(file, raw.pos(off), std::move(m)); }
};

// One `=...` or `~...` entry: [begin, end) in the raw text, begin at the marker.
struct Piece {
    char marker = '=';
    size_t begin = 0, end = 0;
};

// Reads "%50%" at the start of [b, e); moves b past it.
std::optional<double> readWeight(const Ctx& ctx, size_t& b, size_t e, bool& bad) {
    const std::string& s = ctx.raw.text;
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    if (b >= e || s[b] != '%') return std::nullopt;
    const size_t rel = std::string_view(s).substr(b + 1, e - b - 1).find('%');  // within this answer only
    const size_t close = rel == std::string_view::npos ? std::string::npos : b + 1 + rel;
    if (close == std::string::npos) {
        ctx.error(b, "weight has no closing %: write it as %50%");
        bad = true;
        return std::nullopt;
    }
    std::optional<double> w = parseDouble(std::string_view(s).substr(b + 1, close - b - 1));
    if (!w) {
        ctx.error(b, "weight '" + s.substr(b, close - b + 1) + "' is not a number: write it as %50% or %-25%");
        bad = true;
    } else if (*w > 100) {
        ctx.warning(b, "weight " + s.substr(b, close - b + 1) +
                           " is above 100 %; Moodle accepts it, Lectern counts it as 100 %");
    } else if (*w < -100) {
        ctx.warning(b, "weight " + s.substr(b, close - b + 1) + " is below -100 %; Lectern counts it as -100 %");
    }
    b = close + 1;
    return w;
}

// Splits [b, e) at its first unescaped '#': the text, and the feedback after it.
std::pair<std::string_view, std::optional<std::pair<size_t, size_t>>> splitFeedback(const Ctx& ctx, size_t b, size_t e) {
    const std::string_view s = ctx.raw.text;
    const size_t hash = findUnescaped(s, b, "#", e);
    if (hash == std::string_view::npos) return {s.substr(b, e - b), std::nullopt};
    return {s.substr(b, hash - b), std::make_pair(hash + 1, e)};
}

// Reads a numeric answer "1822", "1822:5", "1..5" in [b, e).
bool readNumber(const Ctx& ctx, size_t b, size_t e, Answer& a) {
    const std::string_view s = ctx.raw.text;
    const std::string_view t = trim(s.substr(b, e - b));
    const std::string shown(t);
    const std::string text = unescape(t);
    auto notNumber = [&] {
        ctx.error(b, "numeric answer '" + shown + "' is not a number (Moodle would accept every answer); write 1822, 1822:5 or 1820..1824");
        return false;
    };
    if (text.empty()) return notNumber();
    if (size_t dots = text.find(".."); dots != std::string::npos) {
        std::optional<double> lo = parseDouble(std::string_view(text).substr(0, dots));
        std::optional<double> hi = parseDouble(std::string_view(text).substr(dots + 2));
        if (!lo || !hi) return notNumber();
        if (*lo > *hi) {
            ctx.error(b, "numeric range '" + shown + "' has its minimum above its maximum");
            return false;
        }
        a.range = true;
        a.min = *lo;
        a.max = *hi;
        a.number = (*lo + *hi) / 2;
        a.tolerance = (*hi - *lo) / 2;
        return true;
    }
    const size_t colon = text.find(':');
    std::optional<double> v = parseDouble(std::string_view(text).substr(0, colon));
    if (!v) return notNumber();
    double tol = 0;
    if (colon != std::string::npos) {
        std::optional<double> tv = parseDouble(std::string_view(text).substr(colon + 1));
        if (!tv) return notNumber();
        if (*tv < 0) {
            ctx.error(b, "the tolerance in numeric answer '" + shown + "' is negative");
            return false;
        }
        tol = *tv;
    }
    a.number = *v;
    a.tolerance = tol;
    a.min = *v - tol;
    a.max = *v + tol;
    return true;
}

// Cuts [b, e) into = and ~ pieces. Text before the first marker is an error.
std::vector<Piece> cutPieces(const Ctx& ctx, size_t b, size_t e, bool& bad) {
    const std::string_view s = ctx.raw.text;
    std::vector<Piece> out;
    for (size_t i = b; i < e; ++i) {
        if (s[i] == '\\') { ++i; continue; }
        if (s[i] == '=' || s[i] == '~') {
            if (out.empty() && !trim(s.substr(b, i - b)).empty()) {
                size_t lead = b;
                while (lead < i && std::isspace(static_cast<unsigned char>(s[lead]))) ++lead;
                ctx.error(lead, "answers must start with '=' (right) or '~' (wrong): '" +
                                    std::string(trim(s.substr(b, i - b))) + "' comes first");
                bad = true;
            }
            if (!out.empty()) out.back().end = i;
            if (out.size() >= kMaxAnswers) {
                ctx.error(i, "more than " + std::to_string(kMaxAnswers) + " answers in one question");
                bad = true;
                return out;
            }
            out.push_back({s[i], i, e});
        }
    }
    if (out.empty() && !trim(s.substr(b, e - b)).empty()) {
        size_t first = b;
        while (first < e && std::isspace(static_cast<unsigned char>(s[first]))) ++first;
        ctx.error(first, "answers must start with '=' (right) or '~' (wrong); write {=answer} or {~wrong =right}");
        bad = true;
    }
    return out;
}

bool isTrueFalse(std::string_view word, bool& truth) {
    std::string w(trim(word));
    for (char& c : w) c = char(std::toupper(static_cast<unsigned char>(c)));
    if (w == "T" || w == "TRUE") { truth = true; return true; }
    if (w == "F" || w == "FALSE") { truth = false; return true; }
    return false;
}

// What every answer piece has: '=' or '~', an optional %weight%, its text (returned with the
// offset it starts at, for the caller to read as a number or as text) and an optional #feedback.
struct PieceParts {
    Answer answer;
    std::string_view text;
    size_t textBegin;
};
PieceParts readPiece(const Ctx& ctx, const Piece& p, TextFormat format, bool& bad) {
    PieceParts r;
    r.answer.pos = ctx.raw.pos(p.begin);
    r.answer.correct = p.marker == '=';
    r.textBegin = p.begin + 1;
    r.answer.weight = readWeight(ctx, r.textBegin, p.end, bad);
    auto [text, fb] = splitFeedback(ctx, r.textBegin, p.end);
    if (fb) r.answer.feedback = finishText(ctx.raw.text.substr(fb->first, fb->second - fb->first), format);
    r.text = text;
    return r;
}

// Fills q's answers from the raw text between the braces, [b, e). Returns false on an error.
bool readAnswers(const Ctx& ctx, size_t b, size_t e, Question& q) {
    const std::string_view s = ctx.raw.text;
    // General feedback: the last "####".
    if (size_t g = findUnescaped(s, b, "####", e); g != std::string_view::npos) {
        q.generalFeedback = finishText(s.substr(g + 4, e - g - 4), q.format);
        e = g;
    }
    size_t first = b;
    while (first < e && std::isspace(static_cast<unsigned char>(s[first]))) ++first;
    if (first >= e) {
        ctx.error(b - 1, "empty answer list: {} makes an essay only with nothing else in the braces; add answers or remove ####");
        return false;
    }
    bool bad = false;
    // Numerical: {#...}
    if (s[first] == '#') {
        q.kind = Kind::Numerical;
        size_t body = first + 1;
        while (body < e && std::isspace(static_cast<unsigned char>(s[body]))) ++body;
        if (body < e && (s[body] == '=' || s[body] == '~')) {
            for (const Piece& p : cutPieces(ctx, body, e, bad)) {
                auto [a, text, tb] = readPiece(ctx, p, q.format, bad);
                const std::string_view written = trim(text);
                if (!a.correct && (written.empty() || written == "*")) {
                    // "~#feedback": Moodle's catch-all wrong answer ("*" in its form): any other number.
                    a.text = "*";
                    a.range = true;
                    a.min = -kAnyNumber;
                    a.max = kAnyNumber;
                } else if (!readNumber(ctx, tb, tb + text.size(), a)) {
                    bad = true;
                }
                if (!a.correct && !a.weight) a.weight = 0;
                q.answers.push_back(std::move(a));
            }
        } else {
            Answer a;
            a.pos = ctx.raw.pos(body);
            a.correct = true;
            auto [text, fb] = splitFeedback(ctx, body, e);
            if (fb) a.feedback = finishText(s.substr(fb->first, fb->second - fb->first), q.format);
            if (!readNumber(ctx, body, body + text.size(), a)) bad = true;
            q.answers.push_back(std::move(a));
        }
        if (q.answers.empty() && !bad) {
            ctx.error(first, "numeric question without an answer: write {#1822} or {#1822:5}");
            bad = true;
        }
        return !bad;
    }
    // True/false: {T}, {FALSE#wrong#right}
    {
        auto [word, fb] = splitFeedback(ctx, first, e);
        bool truth = false;
        if (isTrueFalse(word, truth)) {
            q.kind = Kind::TrueFalse;
            q.truth = truth;
            if (fb) {
                const size_t second = findUnescaped(s, fb->first, "#", e);
                q.wrongFeedback = finishText(s.substr(fb->first, (second == std::string_view::npos ? e : second) - fb->first), q.format);
                if (second != std::string_view::npos) {
                    const size_t third = findUnescaped(s, second + 1, "#", e);
                    q.rightFeedback = finishText(s.substr(second + 1, (third == std::string_view::npos ? e : third) - second - 1), q.format);
                    if (third != std::string_view::npos)
                        ctx.warning(third, "true/false takes two feedbacks (#wrong#right); the text from here is ignored (Moodle ignores it too)");
                }
            }
            return true;
        }
    }
    // "{One}": a single right short answer needs no '=' (Moodle), unless it reads as true/false.
    if (s[first] != '=' && s[first] != '~' && findUnescaped(s, first, "=", e) == std::string_view::npos &&
        findUnescaped(s, first, "~", e) == std::string_view::npos) {
        q.kind = Kind::ShortAnswer;
        Answer a;
        a.pos = ctx.raw.pos(first);
        a.correct = true;
        auto [text, fb] = splitFeedback(ctx, first, e);
        a.text = finishText(text, q.format);
        if (fb) a.feedback = finishText(s.substr(fb->first, fb->second - fb->first), q.format);
        if (a.text.empty()) {
            ctx.error(first, "empty answer: write {=answer}");
            return false;
        }
        q.answers.push_back(std::move(a));
        return true;
    }
    const std::vector<Piece> pieces = cutPieces(ctx, first, e, bad);
    if (bad) return false;
    bool anyArrow = false, anyWrong = false, anyRight = false;
    for (const Piece& p : pieces) {
        if (findUnescaped(s, p.begin + 1, "->", p.end) != std::string_view::npos) anyArrow = true;
        (p.marker == '~' ? anyWrong : anyRight) = true;
    }
    if (anyArrow && !anyWrong) {  // with a '~' answer it is multiple choice, '->' being text
        q.kind = Kind::Matching;
        int realPairs = 0;
        for (const Piece& p : pieces) {
            const size_t arrow = findUnescaped(s, p.begin + 1, "->", p.end);
            if (p.marker == '~' || arrow == std::string_view::npos) {
                ctx.error(p.begin, "a matching question takes only '=left -> right' pairs; this one is not");
                bad = true;
                continue;
            }
            Answer a;
            a.pos = ctx.raw.pos(p.begin);
            a.correct = true;
            auto [right, fb] = splitFeedback(ctx, arrow + 2, p.end);
            if (fb) ctx.warning(fb->first - 1, "Moodle has no feedback on a matching pair; '#...' is ignored");
            a.left = finishText(s.substr(p.begin + 1, arrow - p.begin - 1), q.format);
            a.text = finishText(right, q.format);
            if (a.text.empty()) {
                ctx.error(arrow, "matching pair with nothing after '->'");
                bad = true;
            }
            if (!a.left.empty()) ++realPairs;
            q.answers.push_back(std::move(a));
        }
        if (!bad && realPairs < 2) {
            ctx.error(first, "a matching question needs at least 2 pairs (it has " + std::to_string(realPairs) + ")");
            bad = true;
        }
        return !bad;
    }
    for (const Piece& p : pieces) {
        auto [a, text, tb] = readPiece(ctx, p, q.format, bad);
        a.text = finishText(text, q.format);
        if (a.text.empty()) {
            ctx.error(p.begin, std::string("empty answer after '") + p.marker + "'");
            bad = true;
        }
        q.answers.push_back(std::move(a));
    }
    if (anyWrong) {
        q.kind = Kind::MultipleChoice;
        q.single = anyRight;  // Moodle: with an '=' answer it is single-answer
        if (!q.single) {
            bool anyPositive = false;
            for (const Answer& a : q.answers) anyPositive = anyPositive || a.weight.value_or(0) > 0;
            if (!anyPositive) {
                ctx.error(first, "no answer is right: mark one with '=' or give weights such as ~%50% (Moodle would give every answer 0 %)");
                bad = true;
            }
        }
        if (pieces.size() < 2 && !bad) {
            ctx.error(first, "a multiple-choice question needs at least 2 answers");
            bad = true;
        }
    } else {
        q.kind = Kind::ShortAnswer;
    }
    return !bad;
}

//-----------------------------------------------------------------------------
// [SECTION] One question
//-----------------------------------------------------------------------------

bool parseQuestion(const std::string& file, Diagnostics& diags, const Pending& p, std::string& category, Bank& bank) {
    const Raw& raw = p.raw;
    const Ctx ctx{file, diags, raw};
    const std::string_view s = raw.text;
    size_t i = 0;
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i >= s.size()) return true;
    if (s.compare(i, 10, "$CATEGORY:") == 0) {
        const size_t nl = s.find('\n', i);
        category = std::string(trim(s.substr(i + 10, nl == std::string_view::npos ? std::string_view::npos : nl - i - 10)));
        if (nl != std::string_view::npos && !trim(s.substr(nl)).empty())
            ctx.error(nl + 1, "a question right after $CATEGORY: needs a blank line before it");
        return nl == std::string_view::npos || trim(s.substr(nl)).empty();
    }
    Question q;
    q.pos = raw.pos(i);
    q.category = category;
    q.id = p.id;
    q.tags = p.tags;
    if (s.compare(i, 2, "::") == 0) {
        const size_t close = findUnescaped(s, i + 2, "::");
        if (close == std::string_view::npos) {
            ctx.error(i, "the title '::' has no closing '::'");
            return false;
        }
        q.title = unescape(trim(s.substr(i + 2, close - i - 2)));
        i = close + 2;
        while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    }
    static const struct { const char* tag; TextFormat f; } formats[] = {
        {"[html]", TextFormat::Html}, {"[moodle]", TextFormat::Moodle}, {"[markdown]", TextFormat::Markdown}, {"[plain]", TextFormat::Plain}};
    for (const auto& f : formats)
        if (s.compare(i, std::char_traits<char>::length(f.tag), f.tag) == 0) {
            q.format = f.f;
            i += std::char_traits<char>::length(f.tag);
            break;
        }
    const size_t open = findUnescaped(s, i, "{");
    const size_t strayClose = findUnescaped(s, i, "}");
    if (open == std::string_view::npos) {
        if (strayClose != std::string_view::npos) {
            ctx.error(strayClose, "'}' without an opening '{'; escape it as \\} if it is text");
            return false;
        }
        q.kind = Kind::Description;
        q.stem = finishText(s.substr(i), q.format);
        if (q.stem.empty() && q.title.empty()) return true;
        bank.questions.push_back(std::move(q));
        return true;
    }
    if (strayClose != std::string_view::npos && strayClose < open) {
        ctx.error(strayClose, "'}' without an opening '{'; escape it as \\} if it is text");
        return false;
    }
    const size_t close = findUnescaped(s, open + 1, "}");
    if (close == std::string_view::npos) {
        ctx.error(open, "'{' without a closing '}': the answers never end (escape it as \\{ if it is text)");
        return false;
    }
    if (size_t nested = findUnescaped(s, open + 1, "{", close); nested != std::string_view::npos) {
        ctx.error(nested, "a '{' inside the answers; escape it as \\{");
        return false;
    }
    q.stem = finishText(s.substr(i, open - i), q.format);
    const std::string_view after = s.substr(close + 1);
    if (size_t again = findUnescaped(after, 0, "}"); again != std::string_view::npos) {
        if (q.format == TextFormat::Html)
            ctx.warning(close + 1 + again, "an unescaped '}' in HTML text: Moodle ends the answers at the first '}' (line " +
                                               std::to_string(raw.pos(close).line) + ", column " + std::to_string(raw.pos(close).col) +
                                               ") and keeps the rest as text; escape the braces as \\{ \\}");
        else {
            ctx.error(close + 1 + again, "'}' without an opening '{'; escape it as \\} if it is text");
            return false;
        }
    }
    if (size_t again = findUnescaped(after, 0, "{"); again != std::string_view::npos) {
        ctx.error(close + 1 + again, "a second answer block: GIFT takes one {...} per question (blank lines separate questions)");
        return false;
    }
    q.stemAfter = finishText(after, q.format);
    size_t b = open + 1;
    bool onlySpace = true;
    for (size_t k = b; k < close; ++k)
        if (!std::isspace(static_cast<unsigned char>(s[k]))) onlySpace = false;
    if (onlySpace) {
        q.kind = Kind::Essay;
        if (!q.stemAfter.empty()) {
            q.stem += " " + q.stemAfter;
            q.stemAfter.clear();
        }
    } else if (!readAnswers(ctx, b, close, q)) {
        return false;
    }
    if (q.stem.empty() && q.stemAfter.empty()) {
        ctx.error(raw.pos(i).line ? i : 0, "the question has no text before its answers");
        return false;
    }
    bank.questions.push_back(std::move(q));
    return true;
}

} // namespace

Bank parseGift(std::string_view bytes, const std::string& file, Diagnostics& diags) {
    Bank bank;
    if (bytes.size() > kMaxBankBytes) {
        diags.error(file, {1, 1}, "the file is larger than " + std::to_string(kMaxBankBytes / (1024 * 1024)) + " MiB; split the bank");
        return bank;
    }
    size_t total = 0;
    const std::vector<utf8::BadByte> bad = utf8::findBadBytes(bytes, 1, &total);
    if (!bad.empty()) {
        diags.error(file, bad[0].pos, bad[0].nul ? "a NUL byte: this is not a text file"
                                                 : "not UTF-8 (" + std::to_string(total) +
                                                       " bad byte(s)); save the file as UTF-8");
        return bank;
    }
    size_t at = 0;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") at = 3;  // a byte-order mark
    std::string category;
    Pending cur;
    bool inBraces = false;
    bool started = false;
    auto flush = [&] {
        if (started) {
            if (bank.questions.size() >= kMaxQuestions) {
                diags.error(file, cur.raw.pos(0), "more than " + std::to_string(kMaxQuestions) + " questions; split the bank");
                started = false;
                return false;
            }
            parseQuestion(file, diags, cur, category, bank);
        }
        cur = Pending{};
        started = false;
        inBraces = false;
        return true;
    };
    int line = 0;
    std::string pendingId;
    std::vector<std::string> pendingTags;
    while (at <= bytes.size()) {
        size_t nl = bytes.find('\n', at);
        if (nl == std::string_view::npos) nl = bytes.size();
        std::string_view text = bytes.substr(at, nl - at);
        if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
        ++line;
        const std::string_view t = trim(text);
        if (t.substr(0, 2) == "//") {
            readComment(t, started ? cur.id : pendingId, started ? cur.tags : pendingTags);
        } else if (t.empty() && !inBraces) {
            if (!flush()) return bank;
        } else {
            if (!started) {
                started = true;
                cur.id = std::move(pendingId);
                cur.tags = std::move(pendingTags);
                pendingId.clear();
                pendingTags.clear();
            }
            if (!cur.raw.text.empty()) cur.raw.text += '\n';
            cur.raw.lineStarts.push_back({cur.raw.text.size(), SourcePos{line, 1}});
            cur.raw.text.append(text);
            for (size_t k = 0; k < text.size(); ++k) {
                if (text[k] == '\\') { ++k; continue; }
                if (text[k] == '{') inBraces = true;
                else if (text[k] == '}') inBraces = false;
            }
        }
        if (nl >= bytes.size()) break;
        at = nl + 1;
    }
    flush();
    return bank;
}

} // namespace lectern::gift
