// cmi.interaction definitions and responses. See interaction.h.
#include "xapi/interaction.h"

#include "xapi/vocabulary.h"

#include <charconv>
#include <cmath>

namespace lectern::xapi {

using ojson = nlohmann::ordered_json;

std::string numberString(double value) {
    if (!std::isfinite(value)) return "0";
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    return ec == std::errc() ? std::string(buf, end) : "0";
}

static std::string joined(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i) out += sep;
        out += parts[i];
    }
    return out;
}

static ojson languageMap(std::string_view language, const std::string& text) { return ojson{{std::string(language), text}}; }

static ojson component(std::string_view language, const std::string& id, const std::string& text) {
    return ojson{{"id", id}, {"description", languageMap(language, text)}};
}

// The target id of a right-hand text: the first pair that holds it.
static const std::string& targetIdOf(const Question& q, const std::string& rightText) {
    for (const MatchPair& p : q.pairs)
        if (p.right == rightText) return p.id;
    static const std::string none;
    return none;
}

ojson interactionDefinition(const Question& q, std::string_view language) {
    ojson def = {{"type", vocab::interactionType}};
    if (!q.prompt.empty()) def["description"] = languageMap(language, q.prompt);
    ojson choices = ojson::array(), patterns = ojson::array();
    std::vector<std::string> ids;
    switch (q.type) {
    case QuestionType::Single:
        def["interactionType"] = "choice";
        for (const Choice& c : q.choices) {
            choices.push_back(component(language, c.id, c.text));
            if (c.correct) patterns.push_back(c.id);
        }
        def["choices"] = choices;
        break;
    case QuestionType::Multiple:
        def["interactionType"] = "choice";
        for (const Choice& c : q.choices) {
            choices.push_back(component(language, c.id, c.text));
            if (c.correct) ids.push_back(c.id);
        }
        def["choices"] = choices;
        patterns.push_back(joined(ids, "[,]"));
        break;
    case QuestionType::TrueFalse:
        def["interactionType"] = "true-false";
        for (const Choice& c : q.choices)
            if (c.correct) patterns.push_back(c.id == "true" ? "true" : "false");
        break;
    case QuestionType::ShortText:
        def["interactionType"] = "fill-in";
        for (const std::string& a : q.accepted) patterns.push_back("{case_matters=false}" + a);
        break;
    case QuestionType::Numeric:
        def["interactionType"] = "numeric";
        patterns.push_back(q.tolerance > 0 ? numberString(q.number - q.tolerance) + "[:]" + numberString(q.number + q.tolerance)
                                           : numberString(q.number));
        break;
    case QuestionType::Ordering:
        def["interactionType"] = "sequencing";
        for (const Choice& c : q.choices) {
            choices.push_back(component(language, c.id, c.text));
            ids.push_back(c.id);
        }
        def["choices"] = choices;
        patterns.push_back(joined(ids, "[,]"));
        break;
    case QuestionType::Matching: {
        def["interactionType"] = "matching";
        ojson source = ojson::array(), target = ojson::array();
        for (const MatchPair& p : q.pairs) {
            source.push_back(component(language, p.id, p.left));
            const std::string& t = targetIdOf(q, p.right);
            if (t == p.id) target.push_back(component(language, p.id, p.right));
            ids.push_back(p.id + "[.]" + t);
        }
        def["source"] = source;
        def["target"] = target;
        patterns.push_back(joined(ids, "[,]"));
        break;
    }
    }
    def["correctResponsesPattern"] = patterns;
    return def;
}

std::string cmiResponse(const Question& q, const quiz::Response& response) {
    struct Visitor {
        const Question& q;
        std::string operator()(std::monostate) const { return ""; }
        std::string operator()(const quiz::ChoiceAnswer& a) const { return a.choiceId; }
        std::string operator()(const quiz::ChoiceSetAnswer& a) const { return joined(a.choiceIds, "[,]"); }
        std::string operator()(const quiz::TextAnswer& a) const { return a.text; }
        std::string operator()(const quiz::NumberAnswer& a) const { return numberString(a.value); }
        std::string operator()(const quiz::OrderAnswer& a) const { return joined(a.itemIds, "[,]"); }
        std::string operator()(const quiz::MatchAnswer& a) const {
            std::vector<std::string> parts;
            for (const MatchPair& p : q.pairs) {  // in the question's order, not the map's
                auto it = a.rightOf.find(p.id);
                if (it == a.rightOf.end()) continue;
                const MatchPair* picked = q.findPair(it->second);
                parts.push_back(p.id + "[.]" + (picked ? targetIdOf(q, picked->right) : it->second));
            }
            return joined(parts, "[,]");
        }
    };
    return std::visit(Visitor{q}, response);
}

std::string cmiResponseFromJson(const nlohmann::json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
    if (v.is_number()) return numberString(v.get<double>());
    std::vector<std::string> parts;
    if (v.is_array()) {
        for (const auto& e : v) parts.push_back(cmiResponseFromJson(e));
        return joined(parts, "[,]");
    }
    if (v.is_object()) {
        for (const auto& [k, e] : v.items()) parts.push_back(k + "[.]" + cmiResponseFromJson(e));
        return joined(parts, "[,]");
    }
    return "";
}

} // namespace lectern::xapi
