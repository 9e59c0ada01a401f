-- The outbox to a learning record store (008_outbox.sql; core/sync/outbox.h), each under a
-- "-- name:" line, read by statementIn("outbox.sql", NAME).

-- name: events_after
SELECT e.seq, e.uuid, l.uuid, e.course_id, e.module_id, e.item_id, coalesce(e.kind, ''), e.verb, e.result, e.ts_ms,
       e.statement, e.statement IS NULL
    FROM events e JOIN learners l ON l.id = e.learner_id
    WHERE e.seq > ?1 ORDER BY e.seq LIMIT ?2;

-- name: insert_outbox
INSERT INTO outbox (statement_id, event_seq, body, state, queued_ms) VALUES (?1, ?2, ?3, ?4, ?5)
    ON CONFLICT (statement_id) DO NOTHING;

-- name: get_enqueued_seq
SELECT enqueued_seq FROM sync_state WHERE id = 1;

-- name: set_enqueued_seq
UPDATE sync_state SET enqueued_seq = ?1 WHERE id = 1;

-- A reflection the learner has shared with the facilitator may leave the machine.
-- name: release_shared_reflections
UPDATE outbox SET state = 'waiting'
    WHERE state = 'private' AND event_seq IN (
        SELECT e.seq FROM events e
        JOIN reflection_sharing r ON r.learner_id = e.learner_id AND r.course_id = e.course_id
            AND r.module_id = e.module_id AND r.reflection_id = e.item_id
        WHERE e.kind = 'reflection' AND r.is_shared = 1);

-- name: next_waiting
SELECT statement_id, body FROM outbox WHERE state = 'waiting' ORDER BY event_seq, rowid LIMIT ?1;

-- name: mark_sent
UPDATE outbox SET state = 'sent', http_status = ?2, sent_ms = ?3, attempts = attempts + 1, message = NULL
    WHERE statement_id = ?1 AND state = 'waiting';

-- name: mark_flagged
UPDATE outbox SET state = ?2, http_status = ?3, message = ?4, attempts = attempts + 1
    WHERE statement_id = ?1 AND state = 'waiting';

-- name: count_by_state
SELECT state, count(*) FROM outbox GROUP BY state;

-- name: count_unqueued_events
SELECT count(*) FROM events WHERE seq > (SELECT enqueued_seq FROM sync_state WHERE id = 1);

-- name: list_flagged
SELECT statement_id, state, coalesce(http_status, 0), coalesce(message, '') FROM outbox
    WHERE state IN ('conflict', 'rejected') ORDER BY event_seq, rowid LIMIT ?1;

-- name: get_sync_state
SELECT last_sent_ms, coalesce(last_error, ''), error_since_ms FROM sync_state WHERE id = 1;

-- name: record_sync_success
UPDATE sync_state SET last_sent_ms = coalesce(?1, last_sent_ms), last_error = NULL, error_since_ms = NULL,
    last_try_ms = ?2 WHERE id = 1;

-- name: record_sync_error
UPDATE sync_state SET last_error = ?1, error_since_ms = coalesce(error_since_ms, ?2), last_try_ms = ?2,
    last_sent_ms = coalesce(?3, last_sent_ms) WHERE id = 1;

-- A statement pulled from the LRS (?2: its event, or the attempt an answer belongs to): the
-- LRS holds it, so it is never sent.
-- name: insert_received
INSERT INTO outbox (statement_id, event_seq, body, state, queued_ms)
    SELECT ?1, seq, ?3, 'received', ?4 FROM events WHERE uuid = ?2
    ON CONFLICT (statement_id) DO NOTHING;

-- What `lectern export-xapi` writes: every statement that may leave the machine, by time.
-- name: export_statements
SELECT o.body FROM outbox o JOIN events e ON e.seq = o.event_seq
    WHERE o.state <> 'private' AND o.body <> '' AND e.ts_ms >= ?1
    ORDER BY o.event_seq, o.rowid;
