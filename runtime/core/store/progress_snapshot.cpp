// ProgressSnapshot's read helpers (declared in store/progress.h).
#include "store/progress.h"

namespace lectern {

const std::string& ProgressSnapshot::reflectionText(const std::string& moduleId, const std::string& id) const {
    static const std::string empty;
    auto it = reflections.find(key(moduleId, id));
    return it == reflections.end() || it->second.empty() ? empty : it->second.back().text;
}

// The attempt with the highest share of its maximum score; the earliest one on a tie, so the
// "best" attempt does not move when the learner repeats the same result.
const QuizAttempt* ProgressSnapshot::bestAttempt(const std::string& moduleId, const std::string& quizId) const {
    auto it = quizAttempts.find(key(moduleId, quizId));
    if (it == quizAttempts.end()) return nullptr;
    const QuizAttempt* best = nullptr;
    auto share = [](const QuizAttempt& a) { return a.maxScore > 0 ? a.score / a.maxScore : a.score; };
    for (const QuizAttempt& a : it->second)
        if (!best || share(a) > share(*best)) best = &a;
    return best;
}

int ProgressSnapshot::attemptCount(const std::string& moduleId, const std::string& quizId) const {
    auto it = quizAttempts.find(key(moduleId, quizId));
    return it == quizAttempts.end() ? 0 : int(it->second.size());
}

} // namespace lectern
