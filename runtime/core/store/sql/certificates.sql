-- Certificates (store/certificate_repository.cpp reads them by name).

-- name: insert_certificate
INSERT INTO certificates (code, learner_id, course_id, payload, signature, issued_ms, event_seq)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);

-- name: find_certificate
SELECT code, learner_id, course_id, payload, signature, issued_ms FROM certificates WHERE code = ?1;
