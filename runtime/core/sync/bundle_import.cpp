#include "sync/bundle_import.h"

#include "i18n/tr.h"

#include "store/command_writer.h"
#include "store/statements.h"
#include "store/store_connection.h"
#include "sync/state_rebuild.h"

#include <map>
#include <set>
#include <sqlite3.h>

namespace lectern::sync {

namespace {

std::string_view sql(std::string_view name) { return store::statementIn("offline_sync.sql", name); }

// The first 8 digits of a UUID: enough for a facilitator to tell two learners apart.
std::string shortUuid(const std::string& uuid) { return uuid.substr(0, 8); }

bool exists(store::SqliteDb& db, std::string_view statementName, const std::string& value) {
    store::SqliteStmt s(db, sql(statementName));
    s.bind(1, value);
    return s.step() == SQLITE_ROW;
}

class Importer {
public:
    Importer(store::SqliteDb& db, ImportSummary& summary)
        : m_db(db), m_summary(summary), m_insertEvent(db, sql("import_event")) {}

    store::StoreStatus run(const Bundle& bundle) {
        for (const BundleLearner& learner : bundle.learners)
            if (!matchOrAdd(learner)) return store::lastError(m_db, "Could not add a learner from the bundle");
        for (const BundleEvent& event : bundle.events)
            if (!insert(event)) return store::lastError(m_db, "Could not add an event from the bundle");
        auto rebuilt = rebuildState(m_db, std::vector<LearnerId>(m_changed.begin(), m_changed.end()));
        if (!rebuilt) return rebuilt.error();
        return store::done();
    }

private:
    bool matchOrAdd(const BundleLearner& learner) {
        store::SqliteStmt found(m_db, sql("learner_by_uuid"));
        found.bind(1, learner.uuid);
        if (found.step() == SQLITE_ROW) {
            LearnerId id = found.columnInt(0);
            m_ids[learner.uuid] = id;
            store::SqliteStmt created(m_db, sql("learner_created_no_later"));
            created.bind(1, id).bind(2, learner.createdMs);
            return created.step() == SQLITE_DONE;
        }
        std::string name = learner.name;
        for (int n = 2; exists(m_db, "learner_name_taken", name); ++n) name = learner.name + " (" + std::to_string(n) + ")";
        if (name != learner.name)
            m_summary.notes.push_back(
                formatText(tr("learner \"%1$s\" (%2$s) is another person than the \"%1$s\" already here: added as \"%3$s\""),
                           learner.name.c_str(), shortUuid(learner.uuid).c_str(), name.c_str()));
        std::optional<std::string> externalId = learner.externalId;
        if (externalId && exists(m_db, "external_id_taken", *externalId)) {
            m_summary.notes.push_back(formatText(
                tr("learner \"%1$s\" (%2$s): external id %3$s already belongs to another learner here, so it was left off"),
                name.c_str(), shortUuid(learner.uuid).c_str(), externalId->c_str()));
            externalId.reset();
        }
        store::SqliteStmt insert(m_db, sql("insert_learner"));
        insert.bind(1, name).bind(2, learner.createdMs).bind(3, learner.uuid);
        if (externalId) insert.bind(4, *externalId);
        else insert.bindNull(4);
        if (insert.step() != SQLITE_DONE) return false;
        m_ids[learner.uuid] = m_db.lastInsertRowId();
        ++m_summary.newLearners;
        return true;
    }

    bool insert(const BundleEvent& e) {
        const LearnerId learner = m_ids.at(e.learnerUuid);  // parseBundle checked every event has its learner
        store::SqliteStmt& s = m_insertEvent;  // prepared once: a bundle may hold 100,000 events
        s.reset();
        s.bind(1, e.uuid).bind(2, learner).bind(3, e.courseId).bind(4, e.moduleId).bind(5, e.itemId).bind(6, e.objectId);
        s.bind(7, e.verb).bind(8, e.result).bind(9, e.tsMs);
        if (e.kind) s.bind(10, *e.kind);
        else s.bindNull(10);
        if (e.statement) s.bind(11, *e.statement);
        else s.bindNull(11);
        // Checked before the insert: an event this Lectern cannot turn back into state is refused.
        if (!store::commandFromEvent(e.kind.value_or(""), e.verb, e.moduleId, e.itemId, e.result).command) {
            ++m_summary.refused;
            return true;
        }
        if (s.step() != SQLITE_DONE) return false;
        if (m_db.changes() == 1) {
            ++m_summary.newEvents;
            m_changed.insert(learner);
            return true;
        }
        store::SqliteStmt owner(m_db, sql("event_by_uuid"));
        owner.bind(1, e.uuid);
        const bool sameLearner = owner.step() == SQLITE_ROW && owner.columnText(0) == e.learnerUuid;
        ++(sameLearner ? m_summary.alreadyPresent : m_summary.refused);
        return true;
    }

    store::SqliteDb& m_db;
    ImportSummary& m_summary;
    store::SqliteStmt m_insertEvent;
    std::map<std::string, LearnerId> m_ids;
    std::set<LearnerId> m_changed;
};

} // namespace

std::string ImportSummary::line() const {
    return std::to_string(newEvents) + " new, " + std::to_string(alreadyPresent) + " already present, " +
           std::to_string(refused) + " refused";
}

store::StoreResult<ImportSummary> importBundle(store::SqliteDb& db, const Bundle& bundle) {
    ImportSummary summary;
    store::StoreStatus status = store::inTransaction(db, [&] { return Importer(db, summary).run(bundle); });
    if (!status) return status.error();
    return summary;
}

} // namespace lectern::sync
