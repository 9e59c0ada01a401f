-- Schema version 7: certificates of completion (core/certificate). Each issue is a profile
-- event (kind certificate_issued, its code in detail) and one row here, in one transaction.
-- payload is the canonical JSON that was signed, signature its Ed25519 signature (base64url):
-- `lectern certificate verify CODE` checks them again with the issuer's public key.
-- Append-only: a certificate given is never changed or taken back here.
CREATE TABLE certificates (
    code        TEXT PRIMARY KEY,                -- K7Q2-9XMD-41TB
    learner_id  INTEGER NOT NULL REFERENCES learners(id),
    course_id   TEXT NOT NULL,
    payload     TEXT NOT NULL,
    signature   TEXT NOT NULL,                   -- base64url of the 64 bytes
    issued_ms   INTEGER NOT NULL,
    event_seq   INTEGER NOT NULL REFERENCES profile_events(seq)
) STRICT;

CREATE INDEX certificates_by_learner ON certificates (learner_id, course_id, issued_ms);

CREATE TRIGGER certificates_are_append_only_update BEFORE UPDATE ON certificates
BEGIN SELECT RAISE(ABORT, 'certificates are append-only'); END;
CREATE TRIGGER certificates_are_append_only_delete BEFORE DELETE ON certificates
BEGIN SELECT RAISE(ABORT, 'certificates are append-only'); END;
