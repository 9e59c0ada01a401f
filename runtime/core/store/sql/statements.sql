-- The statements the store runs, each under a "-- name:" line (store/statements.cpp reads
-- them once, by name). Parameters are ?N or ? in order; in the load_* statements "%s" is
-- where the snapshot loader puts its learner filter.

-- name: insert_event
INSERT INTO events(uuid, learner_id, course_id, module_id, item_id, object_id, verb, result, ts_ms, kind, statement)
    VALUES(?,?,?,?,?,?,?,?,?,?,?)
    ON CONFLICT(uuid) DO NOTHING;

-- name: mark_section_read
INSERT INTO section_progress(learner_id, course_id, module_id, section_id, read_ms, event_seq)
    VALUES(?,?,?,?,?,?)
    ON CONFLICT DO UPDATE SET read_ms = COALESCE(read_ms, excluded.read_ms), event_seq = excluded.event_seq;

-- name: add_time_on_task
INSERT INTO section_progress(learner_id, course_id, module_id, section_id, seconds, visits, event_seq)
    VALUES(?,?,?,?,?,1,?)
    ON CONFLICT DO UPDATE SET seconds = seconds + excluded.seconds, visits = visits + 1, event_seq = excluded.event_seq;

-- name: save_resume
INSERT INTO resume_points(learner_id, course_id, module_id, section_id, scroll_y, ts_ms, event_seq)
    VALUES(?,?,?,?,?,?,?)
    ON CONFLICT DO UPDATE SET module_id = excluded.module_id, section_id = excluded.section_id, scroll_y = excluded.scroll_y, ts_ms = excluded.ts_ms, event_seq = excluded.event_seq;

-- name: record_quiz_attempt
INSERT INTO quiz_attempts(learner_id, course_id, module_id, quiz_id, number, responses, score, max_score, passed, ts_ms, event_seq)
    SELECT ?1, ?2, ?3, ?4, COALESCE(MAX(number), 0) + 1, ?5, ?6, ?7, ?8, ?9, ?10
    FROM quiz_attempts
    WHERE learner_id = ?1 AND course_id = ?2 AND module_id = ?3 AND quiz_id = ?4;

-- name: delete_quiz_draft
DELETE FROM quiz_drafts
    WHERE learner_id = ? AND course_id = ? AND module_id = ? AND quiz_id = ?;

-- name: save_quiz_draft
INSERT INTO quiz_drafts(learner_id, course_id, module_id, quiz_id, responses, ts_ms, event_seq)
    VALUES(?,?,?,?,?,?,?)
    ON CONFLICT DO UPDATE SET responses = excluded.responses, ts_ms = excluded.ts_ms, event_seq = excluded.event_seq;

-- name: save_reflection
INSERT INTO reflection_revisions(learner_id, course_id, module_id, reflection_id, revision, text, ts_ms, event_seq)
    SELECT ?1, ?2, ?3, ?4, COALESCE(MAX(revision), 0) + 1, ?5, ?6, ?7
    FROM reflection_revisions
    WHERE learner_id = ?1 AND course_id = ?2 AND module_id = ?3 AND reflection_id = ?4;

-- name: set_bookmark
INSERT INTO bookmarks(learner_id, course_id, module_id, section_id, is_on, ts_ms, event_seq)
    VALUES(?,?,?,?,?,?,?)
    ON CONFLICT DO UPDATE SET is_on = excluded.is_on, ts_ms = excluded.ts_ms, event_seq = excluded.event_seq;

-- name: save_note
INSERT INTO notes(learner_id, course_id, module_id, section_id, text, ts_ms, event_seq)
    VALUES(?,?,?,?,?,?,?)
    ON CONFLICT DO UPDATE SET text = excluded.text, ts_ms = excluded.ts_ms, event_seq = excluded.event_seq;

-- name: save_settings
INSERT INTO learner_settings(learner_id, json, ts_ms, event_seq)
    VALUES(?,?,?,?)
    ON CONFLICT DO UPDATE SET json = excluded.json, ts_ms = excluded.ts_ms, event_seq = excluded.event_seq;

-- name: learner_uuid
SELECT uuid FROM learners WHERE id = ?;

-- name: has_event_of_kind
SELECT 1 FROM events WHERE learner_id = ? AND course_id = ? AND kind = ? LIMIT 1;

-- name: touch_learner
UPDATE learners SET last_activity_ms = MAX(last_activity_ms, ?)
    WHERE id = ?;

-- name: touch_enrolment
INSERT INTO enrolments(learner_id, course_id, enrolled_ms, last_activity_ms)
    VALUES(?1,?2,?3,?3)
    ON CONFLICT DO UPDATE SET last_activity_ms = MAX(last_activity_ms, excluded.last_activity_ms);

-- name: load_section_progress
SELECT learner_id, module_id, section_id, read_ms, seconds
    FROM section_progress
    WHERE %s;

-- name: load_resume_points
SELECT learner_id, module_id, section_id, scroll_y
    FROM resume_points
    WHERE %s;

-- name: load_quiz_attempts
SELECT learner_id, module_id, quiz_id, number, responses, score, max_score, passed, ts_ms
    FROM quiz_attempts
    WHERE %s
    ORDER BY learner_id, module_id, quiz_id, number;

-- name: load_quiz_drafts
SELECT learner_id, module_id, quiz_id, responses
    FROM quiz_drafts
    WHERE %s;

-- name: load_reflection_revisions
SELECT learner_id, module_id, reflection_id, text, ts_ms
    FROM reflection_revisions
    WHERE %s
    ORDER BY learner_id, module_id, reflection_id, revision;

-- name: load_bookmarks
SELECT learner_id, module_id, section_id
    FROM bookmarks
    WHERE %s AND is_on = 1;

-- name: load_notes
SELECT learner_id, module_id, section_id, text
    FROM notes
    WHERE %s;

-- name: load_settings
SELECT learner_id, json
    FROM learner_settings
    WHERE learner_id IN (SELECT learner_id FROM enrolments WHERE %s) OR learner_id = ?1;

-- name: save_text_draft
INSERT INTO text_drafts(learner_id, course_id, kind, module_id, item_id, text, ts_ms)
    VALUES(?,?,?,?,?,?,?)
    ON CONFLICT DO UPDATE SET text = excluded.text, ts_ms = excluded.ts_ms;

-- name: delete_text_draft
DELETE FROM text_drafts
    WHERE learner_id = ? AND course_id = ? AND kind = ? AND module_id = ? AND item_id = ?;

-- name: pending_text_drafts
-- Each draft with the text it would replace (the latest revision, or the note), so one equal
-- to it is only removed.
SELECT d.learner_id, d.course_id, d.kind, d.module_id, d.item_id, d.text, d.ts_ms,
       CASE d.kind
         WHEN 'reflection' THEN (SELECT r.text FROM reflection_revisions r
                                  WHERE r.learner_id = d.learner_id AND r.course_id = d.course_id
                                    AND r.module_id = d.module_id AND r.reflection_id = d.item_id
                                  ORDER BY r.revision DESC LIMIT 1)
         ELSE (SELECT n.text FROM notes n
                WHERE n.learner_id = d.learner_id AND n.course_id = d.course_id
                  AND n.module_id = d.module_id AND n.section_id = d.item_id)
       END
    FROM text_drafts d
    ORDER BY d.ts_ms;
