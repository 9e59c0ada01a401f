#include "report/learner_detail.h"
#include "i18n/tr.h"

#include "quiz/responses.h"
#include "quiz/scoring.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>
#include <set>

namespace lectern::report {

namespace {

// The answer as the facilitator reads it: choices by their text, other answers as given.
std::string answerText(const Question& q, const quiz::Response& r) {
    auto choiceText = [&](const std::string& id) {
        const Choice* c = q.findChoice(id);
        return c ? c->text : id;
    };
    auto joined = [](const std::vector<std::string>& parts) {
        std::string out;
        for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
        return out;
    };
    if (auto* one = std::get_if<quiz::ChoiceAnswer>(&r)) return choiceText(one->choiceId);
    if (auto* set = std::get_if<quiz::ChoiceSetAnswer>(&r)) {
        std::vector<std::string> parts;
        for (const auto& id : set->choiceIds) parts.push_back(choiceText(id));
        return joined(parts);
    }
    if (auto* text = std::get_if<quiz::TextAnswer>(&r)) return text->text;
    if (auto* number = std::get_if<quiz::NumberAnswer>(&r)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.10g", number->value);
        return buf;
    }
    if (auto* order = std::get_if<quiz::OrderAnswer>(&r)) {
        std::vector<std::string> parts;
        for (const auto& id : order->itemIds) parts.push_back(choiceText(id));
        return joined(parts);
    }
    if (auto* match = std::get_if<quiz::MatchAnswer>(&r)) {
        std::vector<std::string> parts;
        for (const auto& [left, right] : match->rightOf) {
            const MatchPair* l = q.findPair(left);
            const MatchPair* rp = q.findPair(right);
            parts.push_back((l ? l->left : left) + " → " + (rp ? rp->right : right));
        }
        return joined(parts);
    }
    return {};
}

} // namespace

// Drawn in facilitator mode's learner detail: translated.
std::string privateReflectionsLine(int count) {
    if (count <= 0) return tr("no private reflections");
    return formatText(trn("%d private reflection", "%d private reflections", count), count);
}

LearnerDetail learnerDetail(const Room& room, const Course& course, const RoomFigures& figures, LearnerId learner,
                            const std::vector<store::read::SharedReflectionRow>& shared) {
    LearnerDetail out;
    for (const auto& l : figures.learners)
        if (l.id == learner) out.figures = l;
    if (out.figures.id == 0) return out;

    std::map<std::pair<std::string, std::string>, const store::read::RoomSectionRow*> sectionRows;
    for (const auto& s : room.rows.sections)
        if (s.learner == learner) sectionRows[{s.moduleId, s.sectionId}] = &s;
    // The latest revision of each reflection says whether it is written.
    std::map<std::pair<std::string, std::string>, bool> written;
    for (const auto& r : room.rows.revisions)
        if (r.learner == learner) written[{r.moduleId, r.reflectionId}] = r.hasText;  // by revision: the last wins
    std::map<std::pair<std::string, std::string>, const store::read::SharedReflectionRow*> sharedBy;
    for (const auto& s : shared) sharedBy[{s.moduleId, s.reflectionId}] = &s;

    for (const auto& m : course.modules) {
        if (!m) continue;
        const std::string& mid = m->meta.id;
        for (const Section& s : m->sections) {
            SectionDetail d{mid, s.id, s.title};
            auto it = sectionRows.find({mid, s.id});
            if (it != sectionRows.end()) {
                d.read = it->second->readMs != 0;
                d.readMs = it->second->readMs;
                d.seconds = it->second->seconds;
            }
            out.sections.push_back(std::move(d));
        }
        for (const Quiz& quiz : m->quizzes) {
            for (const auto& a : room.rows.attempts) {
                if (a.learner != learner || a.moduleId != mid || a.quizId != quiz.id) continue;
                AttemptDetail d{mid, quiz.id, quiz.title, a.number, a.score, a.maxScore, a.passed, a.timeMs, {}};
                quiz::Responses responses = quiz::responsesFromJson(quiz, a.responsesJson);
                for (const Question& q : quiz.questions) {
                    auto r = responses.find(q.id);
                    quiz::Response response = r == responses.end() ? quiz::Response{} : r->second;
                    quiz::QuestionResult result = quiz::scoreQuestion(q, response);
                    d.answers.push_back({q.id, q.prompt, result.answered ? answerText(q, response) : "", result.answered,
                                         result.correct, result.points, result.maxPoints});
                }
                out.attempts.push_back(std::move(d));
            }
        }
        for (const Reflection& r : m->reflections) {
            auto w = written.find({mid, r.id});
            if (w == written.end() || !w->second) continue;  // never written, or blank now
            auto s = sharedBy.find({mid, r.id});
            if (s != sharedBy.end()) out.shared.push_back({mid, r.id, r.prompt, s->second->text, s->second->timeMs});
            else ++out.privateReflections;
        }
    }
    return out;
}

} // namespace lectern::report
