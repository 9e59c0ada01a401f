// Index
//   [SECTION] isAnswered
//   [SECTION] JSON
//   [SECTION] Stable shuffles
#include "quiz/responses.h"

#include "quiz/normalize.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>

namespace lectern::quiz {
namespace {

bool hasChoice(const Question& q, const std::string& id) {
    return std::any_of(q.choices.begin(), q.choices.end(), [&](const Choice& c) { return c.id == id; });
}
bool hasPair(const Question& q, const std::string& id) { return q.findPair(id) != nullptr; }  // distractors too

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] isAnswered
//-----------------------------------------------------------------------------

bool isAnswered(const Question& q, const Response& response) {
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::TrueFalse:
        if (auto* a = std::get_if<ChoiceAnswer>(&response)) return hasChoice(q, a->choiceId);
        return false;
    case QuestionType::Multiple:
        if (auto* a = std::get_if<ChoiceSetAnswer>(&response))
            return !a->choiceIds.empty() &&
                   std::all_of(a->choiceIds.begin(), a->choiceIds.end(), [&](const std::string& id) { return hasChoice(q, id); });
        return false;
    case QuestionType::ShortText:
        if (auto* a = std::get_if<TextAnswer>(&response)) return !normalizeAnswer(a->text).empty();
        return false;
    case QuestionType::Numeric:
        if (auto* a = std::get_if<NumberAnswer>(&response)) return std::isfinite(a->value);
        return false;
    case QuestionType::Ordering:
        if (auto* a = std::get_if<OrderAnswer>(&response)) {
            if (a->itemIds.size() != q.choices.size()) return false;
            std::set<std::string> seen(a->itemIds.begin(), a->itemIds.end());
            return seen.size() == q.choices.size() &&
                   std::all_of(seen.begin(), seen.end(), [&](const std::string& id) { return hasChoice(q, id); });
        }
        return false;
    case QuestionType::Matching:
        if (auto* a = std::get_if<MatchAnswer>(&response)) {
            return std::all_of(q.pairs.begin(), q.pairs.end(), [&](const MatchPair& p) {
                auto it = a->rightOf.find(p.id);
                return it != a->rightOf.end() && hasPair(q, it->second);
            });
        }
        return false;
    }
    return false;
}

//-----------------------------------------------------------------------------
// [SECTION] JSON
//-----------------------------------------------------------------------------

std::string responsesToJson(const Quiz& quiz, const Responses& responses) {
    nlohmann::json out = nlohmann::json::object();
    for (const Question& q : quiz.questions) {
        auto it = responses.find(q.id);
        if (it == responses.end()) continue;
        const Response& r = it->second;
        if (auto* a = std::get_if<ChoiceAnswer>(&r)) {
            if (q.type == QuestionType::TrueFalse && (a->choiceId == "true" || a->choiceId == "false"))
                out[q.id] = a->choiceId == "true";
            else
                out[q.id] = a->choiceId;
        } else if (auto* s = std::get_if<ChoiceSetAnswer>(&r)) {
            out[q.id] = s->choiceIds;
        } else if (auto* t = std::get_if<TextAnswer>(&r)) {
            out[q.id] = t->text;
        } else if (auto* n = std::get_if<NumberAnswer>(&r)) {
            if (std::isfinite(n->value)) out[q.id] = n->value;
        } else if (auto* o = std::get_if<OrderAnswer>(&r)) {
            out[q.id] = o->itemIds;
        } else if (auto* m = std::get_if<MatchAnswer>(&r)) {
            out[q.id] = m->rightOf;
        }
    }
    // Invalid UTF-8 typed by a learner must not lose the attempt: replace, do not throw.
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {

std::vector<std::string> stringArray(const nlohmann::json& v, bool& ok) {
    std::vector<std::string> ids;
    ok = v.is_array();
    if (!ok) return ids;
    for (const auto& e : v) {
        if (!e.is_string()) { ok = false; return {}; }
        ids.push_back(e.get<std::string>());
    }
    return ids;
}

Response readResponse(const Question& q, const nlohmann::json& v) {
    bool ok = false;
    switch (q.type) {
    case QuestionType::Single:
        if (v.is_string()) return ChoiceAnswer{v.get<std::string>()};
        break;
    case QuestionType::TrueFalse:
        if (v.is_boolean()) return ChoiceAnswer{v.get<bool>() ? "true" : "false"};
        if (v.is_string()) return ChoiceAnswer{v.get<std::string>()};
        break;
    case QuestionType::Multiple: {
        auto ids = stringArray(v, ok);
        if (ok) return ChoiceSetAnswer{std::move(ids)};
        break;
    }
    case QuestionType::ShortText:
        if (v.is_string()) return TextAnswer{v.get<std::string>()};
        break;
    case QuestionType::Numeric:
        if (v.is_number()) return NumberAnswer{v.get<double>()};
        if (v.is_string())
            if (auto n = parseNumber(v.get<std::string>())) return NumberAnswer{*n};
        break;
    case QuestionType::Ordering: {
        auto ids = stringArray(v, ok);
        if (ok) return OrderAnswer{std::move(ids)};
        break;
    }
    case QuestionType::Matching:
        if (v.is_object()) {
            MatchAnswer m;
            for (const auto& [left, right] : v.items())
                if (right.is_string()) m.rightOf[left] = right.get<std::string>();
            return m;
        }
        break;
    }
    return std::monostate{};
}

} // namespace

Responses responsesFromJson(const Quiz& quiz, std::string_view json, std::vector<std::string>* warnings) {
    Responses out;
    const nlohmann::json doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        if (warnings) warnings->push_back("saved responses are not a JSON object; ignored");
        return out;
    }
    for (const auto& item : doc.items()) {
        // Plain names, not a structured binding: clang 14 cannot capture bindings in lambdas.
        const std::string& id = item.key();
        const nlohmann::json& value = item.value();
        auto q = std::find_if(quiz.questions.begin(), quiz.questions.end(), [&](const Question& x) { return x.id == id; });
        if (q == quiz.questions.end()) {
            if (warnings) warnings->push_back("saved response for question '" + id + "', which the quiz no longer has");
            continue;
        }
        Response r = readResponse(*q, value);
        if (std::holds_alternative<std::monostate>(r)) {
            if (warnings) warnings->push_back("saved response for question '" + id + "' does not fit its type " +
                                              questionTypeName(q->type));
            continue;
        }
        out[id] = std::move(r);
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Stable shuffles
//-----------------------------------------------------------------------------

namespace {

uint64_t fnv1a(std::string_view a, std::string_view b) {
    uint64_t h = 1469598103934665603ull;
    auto mix = [&](std::string_view s) {
        for (unsigned char c : s) { h ^= c; h *= 1099511628211ull; }
        h ^= 0xFF;
        h *= 1099511628211ull;
    };
    mix(a);
    mix(b);
    return h;
}

// A fixed shuffle (xorshift-driven Fisher-Yates): the same ids always give the same order.
template <typename T>
void stableShuffle(std::vector<T>& v, uint64_t seed) {
    uint64_t x = seed | 1;
    for (size_t i = v.size(); i > 1; --i) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        std::swap(v[i - 1], v[x % i]);
    }
}

} // namespace

std::vector<std::string> initialOrder(const Quiz& quiz, const Question& question) {
    std::vector<std::string> correct;
    for (const Choice& c : question.choices) correct.push_back(c.id);
    std::vector<std::string> order = correct;
    stableShuffle(order, fnv1a(quiz.id, question.id));
    // Never start in the right order: that would hand the answer over.
    if (order == correct && order.size() >= 2) std::rotate(order.begin(), order.begin() + 1, order.end());
    return order;
}

std::vector<std::string> matchingOptions(const Quiz& quiz, const Question& question) {
    std::vector<std::string> ids;
    std::set<std::string> texts;
    for (const MatchPair& p : question.pairs)
        if (texts.insert(normalizeAnswer(p.right)).second) ids.push_back(p.id);
    for (const MatchPair& p : question.distractors)
        if (texts.insert(normalizeAnswer(p.right)).second) ids.push_back(p.id);
    stableShuffle(ids, fnv1a(quiz.id, question.id + "/right"));
    return ids;
}

} // namespace lectern::quiz
