#include "store/text_draft_recovery.h"

#include "store/command_writer.h"
#include "store/statements.h"
#include "store/uuid.h"

#include <sqlite3.h>

namespace lectern::store {

DraftRecovery recoverTextDrafts(SqliteDb& db) {
    DraftRecovery out;
    struct Equal { LearnerId learner; std::string course, kind, module, item; };
    std::vector<Equal> equal;
    {
        SqliteStmt rows(db, statement("pending_text_drafts"));
        while (rows.step() == SQLITE_ROW) {
            const LearnerId learner = rows.columnInt(0);
            const std::string course = rows.columnText(1), kind = rows.columnText(2);
            const std::string module = rows.columnText(3), item = rows.columnText(4), text = rows.columnText(5);
            if (!rows.columnIsNull(7) && rows.columnText(7) == text) {
                equal.push_back({learner, course, kind, module, item});
                continue;
            }
            QueuedCommand q;
            q.learner = learner;
            q.courseId = course;
            q.uuid = makeUuidV4();
            q.timeMs = rows.columnInt(6);
            if (kind == draftKindName(DraftOf::Note)) q.command = SaveNote{{module, item}, text};
            else q.command = SaveReflection{module, item, text};
            out.toSave.push_back(std::move(q));
        }
    }
    for (const Equal& e : equal) {
        SqliteStmt d(db, statement("delete_text_draft"));
        d.bind(1, e.learner).bind(2, e.course).bind(3, e.kind).bind(4, e.module).bind(5, e.item);
        if (d.step() == SQLITE_DONE) ++out.unchanged;
    }
    return out;
}

} // namespace lectern::store
