// Statements from elsewhere made into this machine's events: `lectern import-xapi FILE` (what
// another machine's `export-xapi` wrote, or an LRS's export) and `lectern sync --pull` (the
// course's statements fetched from the LRS). They become a bundle (progress_bundle.h) and go
// through the same one-transaction import (bundle_import.h): learners by UUID, events by
// statement id, the changed learners' state rebuilt, so attempts, scores, sections read and
// completion come out exactly as if recorded here.
//
// A learner seen only in statements has no name there (statements name learners by UUID):
// they are added as "Learner 9c1e02aa" until a roster names them.
#pragma once
#include "store/sqlite_db.h"
#include "store/store_error.h"
#include "sync/bundle_import.h"
#include "xapi/statement.h"

#include <string>
#include <vector>

namespace lectern::sync {

struct StatementsRead {
    Bundle bundle;                     // one event per statement that is an event of the course
    struct Taken {
        std::string statementId, eventUuid, body;
    };
    std::vector<Taken> taken;          // every statement taken in (answers with their attempt's event)
    int refused = 0;                   // not the course's, or malformed
    std::vector<std::string> reasons;  // the first few: "line 12: not a statement about ..."
};

// The statements (compact or not, one each) turned into events of `context`'s course. A quiz's
// `answered` statements join their attempt's event; one without its attempt is refused.
StatementsRead readStatements(const std::vector<std::string>& statements, const xapi::StatementContext& context,
                              int64_t nowMs);

// The statements of a file: JSON Lines, a JSON array, or {"statements":[...]} (an LRS's page).
// False with `error` when it is none of them.
bool splitStatementFile(const std::string& bytes, std::vector<std::string>& statements, std::string& error);

// Imports them; the summary's refused count includes what readStatements refused. With
// `received`, their outbox rows say the LRS holds them already (a pull), so they are never sent.
store::StoreResult<ImportSummary> importStatements(store::SqliteDb& db, const StatementsRead& read, bool received,
                                                   int64_t nowMs);

} // namespace lectern::sync
