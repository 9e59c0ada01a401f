#include "session/course_merge.h"

#include "util/file_read.h"

#include <algorithm>
#include <filesystem>

namespace lectern::session {
namespace {

bool hasErrorIn(const Diagnostics& d, const std::string& file) {
    return std::any_of(d.items().begin(), d.items().end(),
                       [&](const Diagnostic& x) { return x.severity == Severity::Error && x.file == file; });
}

std::shared_ptr<const Module> shownModule(const Course& c, const std::string& id) {
    for (const auto& m : c.modules)
        if (m->meta.id == id) return m;
    return nullptr;
}

// An error in `file` that is only about a link into module `other` (course_checks.cpp's
// "link '...': module 'X' has no heading with anchor ..."): caused by X, not by this file.
bool isLinkIntoModule(const Diagnostic& d, const std::string& other) {
    return d.message.rfind("link '", 0) == 0 && d.message.find("module '" + other + "' has no heading") != std::string::npos;
}

// Errors of `file`, leaving out links into the modules in `broken` (they keep their last good
// version, which has those anchors).
bool hasOwnErrorIn(const Diagnostics& d, const std::string& file, const std::set<std::string>& broken) {
    for (const Diagnostic& x : d.items()) {
        if (x.severity != Severity::Error || x.file != file) continue;
        if (std::none_of(broken.begin(), broken.end(), [&](const std::string& b) { return isLinkIntoModule(x, b); })) return true;
    }
    return false;
}

bool courseFileHasErrors(const Course& c, const Diagnostics& d) {
    return !c.manifest.empty() && hasErrorIn(d, c.manifest);
}

} // namespace

MergedCourse mergeReloadedCourse(const Course& shown, const LoadResult& loaded) {
    MergedCourse out;
    out.diagnostics = loaded.diagnostics;
    if (!loaded.course || loaded.cancelled) return out;
    const Course& fresh = *loaded.course;
    // Modules on screen that are gone from the new load because their file is (deleted,
    // unreadable, half-renamed): they stay. One whose file is still there and reads without
    // errors was taken out of the course on purpose: its progress is orphaned.
    std::vector<size_t> lost;
    for (size_t i = 0; i < shown.modules.size(); ++i) {
        const auto& old = shown.modules[i];
        if (fresh.findModule(old->meta.id)) continue;
        std::error_code ec;
        const bool readable = std::filesystem::is_regular_file(old->file, ec) && readFileBounded(old->file).ok();
        const bool broken = hasErrorIn(loaded.diagnostics, old->file);
        if (readable && !broken) continue;
        lost.push_back(i);
        out.keptModules.push_back(old->meta.id);
        if (!broken) out.diagnostics.error(old->file, {}, "cannot be read (deleted or moved?): the last good version stays on screen");
    }
    if (courseFileHasErrors(fresh, loaded.diagnostics) || (!shown.manifest.empty() && fresh.manifest.empty())) {
        out.diagnostics.error(fresh.manifest.empty() ? shown.manifest : fresh.manifest, {},
                              "the course file has errors: the course on screen stays as it was until they are fixed");
        return out;
    }
    auto merged = std::make_shared<Course>(fresh);
    merged->modules.clear();
    // Modules broken by their own text; another module's links into one of them are not its fault.
    std::set<std::string> broken;
    for (const auto& m : fresh.modules)
        if (hasOwnErrorIn(loaded.diagnostics, m->file, {})) {
            bool onlyLinks = true;
            for (const Diagnostic& x : loaded.diagnostics.items())
                if (x.severity == Severity::Error && x.file == m->file && x.message.rfind("link '", 0) != 0) onlyLinks = false;
            if (!onlyLinks) broken.insert(m->meta.id);
        }
    for (size_t i : lost) broken.insert(shown.modules[i]->meta.id);
    for (const auto& m : fresh.modules) {
        std::shared_ptr<const Module> old = shownModule(shown, m->meta.id);
        if (old && hasOwnErrorIn(loaded.diagnostics, m->file, broken)) {
            out.keptModules.push_back(old->meta.id);
            out.diagnostics.warning(m->file, {}, "has errors: the last good version stays on screen until they are fixed");
            merged->modules.push_back(old);
        } else {
            merged->modules.push_back(m);
        }
    }
    for (size_t i : lost) {
        // Before the module that followed it on screen, else at the end.
        auto at = merged->modules.end();
        for (size_t j = i + 1; j < shown.modules.size() && at == merged->modules.end(); ++j)
            at = std::find_if(merged->modules.begin(), merged->modules.end(),
                              [&](const auto& m) { return m->meta.id == shown.modules[j]->meta.id; });
        merged->modules.insert(at, shown.modules[i]);
    }
    out.course = std::move(merged);
    return out;
}

std::set<std::string> progressIds(const Course& course) {
    std::set<std::string> ids;
    for (const auto& m : course.modules) {
        const std::string& id = m->meta.id;
        ids.insert(id);
        for (const Section& s : m->sections) ids.insert(id + "#" + s.id);
        for (const Quiz& q : m->quizzes) {
            ids.insert(id + "/quiz:" + q.id);
            for (const Question& x : q.questions) ids.insert(id + "/quiz:" + q.id + "/question:" + x.id);
        }
        for (const Reflection& r : m->reflections) ids.insert(id + "/reflection:" + r.id);
    }
    return ids;
}

} // namespace lectern::session
