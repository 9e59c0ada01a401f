// CertificateRepository: the certificates issued (certificates, schema v7). Issuing appends a
// profile event (certificate_issued) and the certificate in one transaction; nothing changes
// or deletes one. Runs on the caller's thread against an open connection, never the UI thread.
#pragma once
#include "store/profile_event_repository.h"
#include "store/progress.h"
#include "store/sqlite_db.h"
#include "store/store_error.h"

#include <optional>
#include <string>

namespace lectern::store {

struct CertificateRow {
    std::string code;
    LearnerId learner = 0;
    std::string courseId;
    std::string payloadJson;
    std::string signatureBase64;  // base64url
    int64_t issuedMs = 0;
};

// The schema version that brought certificates (007_certificates.sql).
inline constexpr int kCertificatesSchemaVersion = 7;

class CertificateRepository {
public:
    explicit CertificateRepository(SqliteDb& db) : m_db(db) {}

    // The event and the row, in one transaction.
    StoreStatus record(const CertificateRow& row, Actor actor);
    // nullopt: no certificate with that code.
    StoreResult<std::optional<CertificateRow>> find(const std::string& code);

private:
    SqliteDb& m_db;
};

} // namespace lectern::store
