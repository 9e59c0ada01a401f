#include "progress_rules/progress_rules.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace lectern {

namespace {

bool hasNonBlankText(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](unsigned char c) { return !std::isspace(c); });
}

bool quizPassed(const ProgressSnapshot& p, const std::string& moduleId, const std::string& quizId) {
    auto it = p.quizAttempts.find(ProgressSnapshot::key(moduleId, quizId));
    if (it == p.quizAttempts.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(), [](const QuizAttempt& a) { return a.passed; });
}

bool quizTried(const ProgressSnapshot& p, const std::string& moduleId, const std::string& quizId) {
    auto it = p.quizAttempts.find(ProgressSnapshot::key(moduleId, quizId));
    return it != p.quizAttempts.end() && !it->second.empty();
}

bool reflectionAnswered(const ProgressSnapshot& p, const std::string& moduleId, const std::string& id) {
    auto it = p.reflections.find(ProgressSnapshot::key(moduleId, id));
    return it != p.reflections.end() && !it->second.empty() && hasNonBlankText(it->second.back().text);
}

} // namespace

ModuleProgress moduleProgress(const Module& module, const CompletionRule& rule, const ProgressSnapshot& progress) {
    ModuleProgress r;
    const std::string& mid = module.meta.id;
    r.sectionsTotal = static_cast<int>(module.sections.size());
    for (const Section& s : module.sections) {
        SectionRef ref{mid, s.id};
        if (progress.sectionsRead.count(ref)) ++r.sectionsRead;
        auto t = progress.secondsOnSection.find(ref);
        if (t != progress.secondsOnSection.end()) r.secondsOnTask += t->second;
    }
    r.quizzesTotal = static_cast<int>(module.quizzes.size());
    bool anyQuizTried = false;
    for (const Quiz& q : module.quizzes) {
        if (quizPassed(progress, mid, q.id)) ++r.quizzesPassed;
        anyQuizTried = anyQuizTried || quizTried(progress, mid, q.id);
    }
    r.reflectionsTotal = static_cast<int>(module.reflections.size());
    for (const Reflection& rf : module.reflections)
        if (reflectionAnswered(progress, mid, rf.id)) ++r.reflectionsAnswered;

    const double share = std::clamp(rule.sectionsRead, 0.0, 1.0);
    // Rounded up with a small tolerance so 0.5 of 3 sections needs 2, and 1.0 needs all.
    const int sectionsNeeded = static_cast<int>(std::ceil(share * r.sectionsTotal - 1e-9));
    const int quizzesNeeded = rule.quizzesPassed ? r.quizzesTotal : 0;
    const int reflectionsNeeded = rule.reflectionsAnswered ? r.reflectionsTotal : 0;

    const int need = sectionsNeeded + quizzesNeeded + reflectionsNeeded;
    const int done = std::min(r.sectionsRead, sectionsNeeded) + (rule.quizzesPassed ? r.quizzesPassed : 0) +
                     (rule.reflectionsAnswered ? r.reflectionsAnswered : 0);
    r.complete = r.sectionsRead >= sectionsNeeded && (!rule.quizzesPassed || r.quizzesPassed == r.quizzesTotal) &&
                 (!rule.reflectionsAnswered || r.reflectionsAnswered == r.reflectionsTotal);
    r.fraction = need == 0 ? 1.0 : std::clamp(double(done) / double(need), 0.0, 1.0);
    if (r.complete) r.fraction = 1.0;
    r.started = r.sectionsRead > 0 || r.secondsOnTask > 0 || anyQuizTried || r.reflectionsAnswered > 0;
    return r;
}

bool isModuleComplete(const Module& module, const CompletionRule& rule, const ProgressSnapshot& progress) {
    return moduleProgress(module, rule, progress).complete;
}

CourseProgress courseProgress(const Course& course, const ProgressSnapshot& progress) {
    CourseProgress r;
    double sum = 0;
    for (const auto& m : course.modules) {
        if (!m) continue;
        ++r.modulesTotal;
        ModuleProgress mp = moduleProgress(*m, course.completion, progress);
        sum += mp.fraction;
        if (mp.complete) ++r.modulesComplete;
    }
    r.fraction = r.modulesTotal ? sum / r.modulesTotal : 0;
    r.complete = r.modulesTotal > 0 && r.modulesComplete == r.modulesTotal;
    return r;
}

double estimatedReadingSeconds(int words, double wordsPerMinute) {
    if (wordsPerMinute <= 0) wordsPerMinute = 200;
    return std::max(1.0, std::max(0, words) / wordsPerMinute * 60.0);
}

double readThresholdSeconds(int words) {
    return std::clamp(0.6 * estimatedReadingSeconds(words), 2.0, 20.0);
}

bool isCoursePassed(const Course& course, const ProgressSnapshot& progress) {
    return courseProgress(course, progress).complete && allQuizzesPassed(course, progress);
}

bool allQuizzesPassed(const Course& course, const ProgressSnapshot& progress) {
    for (const auto& module : course.modules)
        for (const Quiz& quiz : module->quizzes)
            if (!quizPassed(progress, module->meta.id, quiz.id)) return false;
    return true;
}

} // namespace lectern
