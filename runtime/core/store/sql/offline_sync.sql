-- Moving progress between machines on a file (core/sync: progress bundles and the state
-- rebuild). Each statement under a "-- name:" line (store/statements.h).

-- name: delete_section_progress
DELETE FROM section_progress WHERE learner_id = ?;
-- name: delete_resume_points
DELETE FROM resume_points WHERE learner_id = ?;
-- name: delete_quiz_attempts
DELETE FROM quiz_attempts WHERE learner_id = ?;
-- name: delete_quiz_drafts
DELETE FROM quiz_drafts WHERE learner_id = ?;
-- name: delete_reflection_revisions
DELETE FROM reflection_revisions WHERE learner_id = ?;
-- name: delete_bookmarks
DELETE FROM bookmarks WHERE learner_id = ?;
-- name: delete_notes
DELETE FROM notes WHERE learner_id = ?;
-- name: delete_learner_settings
DELETE FROM learner_settings WHERE learner_id = ?;

-- name: learner_events_in_order
-- The total order of a replay: time, then the event's uuid (the same on every machine).
SELECT seq, uuid, course_id, module_id, item_id, verb, result, ts_ms, COALESCE(kind, '')
    FROM events
    WHERE learner_id = ?
    ORDER BY ts_ms, uuid;

-- name: enrolment_starts_at_first_event
-- An enrolment begins no later than its first event, whichever bundle brought that in first.
UPDATE enrolments SET enrolled_ms = MIN(enrolled_ms,
        (SELECT MIN(ts_ms) FROM events e WHERE e.learner_id = enrolments.learner_id AND e.course_id = enrolments.course_id))
    WHERE learner_id = ?1
      AND EXISTS (SELECT 1 FROM events e WHERE e.learner_id = enrolments.learner_id AND e.course_id = enrolments.course_id);

-- name: export_learners
SELECT uuid, name, external_id, created_ms
    FROM learners
    ORDER BY uuid;

-- name: export_events
SELECT e.uuid, l.uuid, e.course_id, e.module_id, e.item_id, e.object_id, e.verb, e.result, e.ts_ms, e.kind, e.statement
    FROM events e JOIN learners l ON l.id = e.learner_id
    ORDER BY e.ts_ms, e.uuid;

-- name: learner_by_uuid
SELECT id FROM learners WHERE uuid = ?;

-- name: learner_name_taken
SELECT 1 FROM learners WHERE name = ?;

-- name: external_id_taken
SELECT 1 FROM learners WHERE external_id = ?;

-- name: insert_learner
INSERT INTO learners(name, created_ms, uuid, external_id) VALUES(?,?,?,?);

-- name: learner_created_no_later
UPDATE learners SET created_ms = MIN(created_ms, ?2) WHERE id = ?1;

-- name: import_event
INSERT INTO events(uuid, learner_id, course_id, module_id, item_id, object_id, verb, result, ts_ms, kind, statement)
    VALUES(?,?,?,?,?,?,?,?,?,?,?)
    ON CONFLICT(uuid) DO NOTHING;

-- name: event_by_uuid
SELECT l.uuid FROM events e JOIN learners l ON l.id = e.learner_id WHERE e.uuid = ?;

-- name: count_events
SELECT COUNT(*) FROM events;
