#include "roster/roster_export.h"

#include "roster/csv_reader.h"
#include "store/learner_repository.h"

namespace lectern::roster {

store::StoreResult<std::string> exportRoster(store::SqliteDb& db, int64_t sessionId) {
    store::LearnerRepository learners(db);
    store::LearnerFilter filter;
    filter.sessionId = sessionId;
    auto list = learners.list(filter);
    if (!list) return list.error();
    std::string out = "external_id,full_name,group\r\n";
    for (const store::LearnerProfile& l : *list) {
        out += csvField(neutraliseFormula(l.externalId)) + "," + csvField(neutraliseFormula(l.displayName())) + "," +
               csvField(neutraliseFormula(l.group)) + "\r\n";
    }
    return out;
}

} // namespace lectern::roster
