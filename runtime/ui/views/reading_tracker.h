// ReadingTracker: turns what is on screen into progress commands.
//  - A section counts as read once it has been visible for readThresholdSeconds(words)
//    (60% of its estimated reading time, capped at 20 s), or once its end has been on screen
//    and it was visible for 3 s (or its threshold, if shorter) -> MarkSectionRead.
//  - Time on task: visible, focused reading time of the section at the top of the view,
//    sent as AddTimeOnTask every 15 s and when the learner leaves the module.
//  - Resume position: SaveResume once scrolling has stopped for a second (debounced).
// It only counts time between frames, capped, so a learner who walks away is not credited.
#pragma once
#include "course/document.h"
#include "store/progress.h"

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace lectern::ui {

struct SectionExtent {
    size_t section = 0;  // index in Module::sections
    float top = 0, bottom = 0;
};

struct ReadingView {
    float top = 0, bottom = 0;  // visible band in module coordinates
    bool active = false;         // reader on screen, focused, no modal dialog
    size_t topSection = 0;       // section at the top of the view (resume, time on task)
    float topSectionFraction = 0;// how far into that section the view's top is (0..1)
};

class ReadingTracker {
public:
    using Submit = std::function<void(ProgressCommand)>;

    static constexpr double kTimeOnTaskFlushSeconds = 15.0;
    static constexpr double kResumeDebounceSeconds = 1.0;
    static constexpr double kMaxCreditedGapSeconds = 60.0;  // per frame gap (idle learner)

    // Starts tracking a module (flushes the previous one's time on task first).
    void begin(const Module* module, double now, const Submit& submit);
    // Call every reader frame.
    void update(double now, const ReadingView& view, const std::vector<SectionExtent>& extents,
                const ProgressSnapshot& progress, const Submit& submit);
    // Flushes time on task and a pending resume position (leaving the reader, quitting).
    void end(double now, const Submit& submit);

    // Time before `now` is not counted (the reader was hidden).
    void resetClock(double now) { if (m_module) m_lastNow = now; }

    // Seconds until a section may become read or the resume debounce fires; < 0 when none.
    double secondsToNextEvent() const { return m_nextEvent; }

private:
    void flushTime(const Submit& submit, bool all);
    void flushResume(const Submit& submit);

    const Module* m_module = nullptr;
    double m_lastNow = -1;
    double m_nextEvent = -1;
    std::map<size_t, double> m_visibleSeconds;
    std::set<size_t> m_endSeen;
    std::set<size_t> m_submittedRead;
    std::map<size_t, double> m_pendingTime;
    // Resume debounce.
    size_t m_lastTopSection = SIZE_MAX;
    float m_lastFraction = -1;
    double m_scrollChangedAt = -1;
    bool m_resumeDirty = false;
    size_t m_resumeSection = 0;
    float m_resumeFraction = 0;
};

} // namespace lectern::ui
