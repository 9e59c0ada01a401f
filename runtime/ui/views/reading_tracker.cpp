#include "ui/views/reading_tracker.h"

#include "progress_rules/progress_rules.h"

#include <algorithm>
#include <cmath>

namespace lectern::ui {

void ReadingTracker::begin(const Module* module, double now, const Submit& submit) {
    if (m_module && module != m_module) end(now, submit);
    if (module == m_module) return;
    m_module = module;
    m_lastNow = now;
    m_nextEvent = -1;
    m_visibleSeconds.clear();
    m_endSeen.clear();
    m_submittedRead.clear();
    m_pendingTime.clear();
    m_lastTopSection = SIZE_MAX;
    m_lastFraction = -1;
    m_resumeDirty = false;
}

void ReadingTracker::end(double now, const Submit& submit) {
    (void)now;
    if (!m_module) return;
    flushTime(submit, true);
    flushResume(submit);
    m_module = nullptr;
    m_nextEvent = -1;
    m_lastNow = -1;
}

void ReadingTracker::flushTime(const Submit& submit, bool all) {
    for (auto it = m_pendingTime.begin(); it != m_pendingTime.end();) {
        const bool due = it->second >= kTimeOnTaskFlushSeconds || (all && it->second >= 1.0);
        if (due && it->first < m_module->sections.size()) {
            submit(AddTimeOnTask{SectionRef{m_module->meta.id, m_module->sections[it->first].id}, std::round(it->second)});
            it = m_pendingTime.erase(it);
        } else {
            ++it;
        }
    }
}

void ReadingTracker::flushResume(const Submit& submit) {
    if (!m_resumeDirty || !m_module || m_resumeSection >= m_module->sections.size()) return;
    submit(SaveResume{SectionRef{m_module->meta.id, m_module->sections[m_resumeSection].id}, m_resumeFraction});
    m_resumeDirty = false;
}

void ReadingTracker::update(double now, const ReadingView& view, const std::vector<SectionExtent>& extents,
                            const ProgressSnapshot& progress, const Submit& submit) {
    if (!m_module) return;
    double dt = m_lastNow < 0 ? 0 : std::clamp(now - m_lastNow, 0.0, kMaxCreditedGapSeconds);
    m_lastNow = now;
    m_nextEvent = -1;
    auto wakeIn = [&](double s) { m_nextEvent = m_nextEvent < 0 ? s : std::min(m_nextEvent, s); };

    // Resume position: debounce until scrolling stops.
    if (view.topSection != m_lastTopSection || std::fabs(view.topSectionFraction - m_lastFraction) > 1e-4f) {
        // Also on the first frame: opening a section is itself a place to come back to.
        m_resumeDirty = true;
        m_scrollChangedAt = now;
        m_lastTopSection = view.topSection;
        m_lastFraction = view.topSectionFraction;
        m_resumeSection = view.topSection;
        m_resumeFraction = view.topSectionFraction;
    }
    if (m_resumeDirty) {
        double wait = kResumeDebounceSeconds - (now - m_scrollChangedAt);
        if (wait <= 0) flushResume(submit);
        else wakeIn(wait);
    }

    if (!view.active) return;
    const float viewH = view.bottom - view.top;
    for (const SectionExtent& e : extents) {
        if (e.bottom <= view.top || e.top >= view.bottom || e.section >= m_module->sections.size()) continue;
        // Visible means a real part of it is on screen, not a sliver at an edge.
        const float shown = std::min(e.bottom, view.bottom) - std::max(e.top, view.top);
        if (shown < std::min(e.bottom - e.top, viewH * 0.25f)) continue;
        double& visible = m_visibleSeconds[e.section];
        visible += dt;
        if (e.bottom <= view.bottom + 1) m_endSeen.insert(e.section);
        const Section& s = m_module->sections[e.section];
        SectionRef ref{m_module->meta.id, s.id};
        if (m_submittedRead.count(e.section) || progress.sectionsRead.count(ref)) continue;
        const double threshold = readThresholdSeconds(s.words);
        const double needed = m_endSeen.count(e.section) ? std::min(3.0, threshold) : threshold;
        if (visible >= needed) {
            submit(MarkSectionRead{ref});
            m_submittedRead.insert(e.section);
        } else {
            wakeIn(needed - visible);
        }
    }
    if (view.topSection < m_module->sections.size()) m_pendingTime[view.topSection] += dt;
    flushTime(submit, false);
}

} // namespace lectern::ui
