#include "store/certificate_repository.h"

#include "store/profile_event_repository.h"
#include "store/statements.h"
#include "store/store_connection.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace lectern::store {

StoreStatus CertificateRepository::record(const CertificateRow& row, Actor actor) {
    return inTransaction(m_db, [&]() -> StoreStatus {
        nlohmann::json detail = {{"code", row.code}};
        auto seq = ProfileEventRepository(m_db).append(ProfileEventKind::CertificateIssued, actor, row.learner,
                                                       row.issuedMs, detail.dump(), row.courseId);
        if (!seq) return seq.error();
        SqliteStmt s(m_db, statementIn("certificates.sql", "insert_certificate"));
        s.bind(1, row.code).bind(2, row.learner).bind(3, row.courseId).bind(4, row.payloadJson);
        s.bind(5, row.signatureBase64).bind(6, row.issuedMs).bind(7, *seq);
        if (s.step() != SQLITE_DONE) return lastError(m_db, "Could not record the certificate");
        return done();
    });
}

StoreResult<std::optional<CertificateRow>> CertificateRepository::find(const std::string& code) {
    SqliteStmt s(m_db, statementIn("certificates.sql", "find_certificate"));
    s.bind(1, code);
    int rc = s.step();
    if (rc == SQLITE_DONE) return std::optional<CertificateRow>();
    if (rc != SQLITE_ROW) return lastError(m_db, "Could not look the certificate up");
    CertificateRow r{s.columnText(0), s.columnInt(1), s.columnText(2), s.columnText(3), s.columnText(4), s.columnInt(5)};
    return std::optional<CertificateRow>(std::move(r));
}

} // namespace lectern::store
