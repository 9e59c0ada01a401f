// Orphaned records: saved progress whose module, section, quiz or reflection no longer exists
// in the course (an author removed or renamed its id). They are kept, never deleted, and
// listed here so a facilitator can see what a revision left behind.
#pragma once
#include "course/document.h"
#include "store/progress.h"

#include <string>
#include <vector>

namespace lectern {

struct OrphanedRecord {
    std::string kind;      // "section_progress", "quiz_attempt", "reflection_revision", "bookmark", "note", "resume_point"
    LearnerId learner = 0;
    std::string moduleId;
    std::string itemId;    // section, quiz or reflection id
    std::string reason;    // "module 'x' is no longer in the course" / "quiz 'q' is no longer in module 'x'"
    int64_t timeMs = 0;    // when the record was last written
};

// Opens the database read-only and lists the records of `course.id` that the course no longer
// has a place for. Returns false with `error` when the file cannot be read.
bool findOrphanedRecords(const std::string& dbPath, const Course& course, std::vector<OrphanedRecord>& out,
                         std::string& error);

} // namespace lectern
