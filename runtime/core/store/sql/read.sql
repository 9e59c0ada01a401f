-- The read side's queries (store/read/progress_reader.cpp reads them once, by name). They
-- only SELECT: a report never writes. In the learner queries {uuid} and {external_id} become
-- the column, or NULL in a file from before migration 004. The records_* statements list each
-- kind of record that names a module and an item: learner, module, item, time; ?1 = course.

-- name: schema_version
PRAGMA user_version;

-- name: read_learners
SELECT l.id, l.name, l.created_ms, l.last_activity_ms, {uuid}, {external_id}
    FROM learners l
    ORDER BY l.name, l.id;

-- name: read_learners_in_course
SELECT l.id, l.name, l.created_ms, e.last_activity_ms, {uuid}, {external_id}
    FROM learners l
    JOIN enrolments e ON e.learner_id = l.id AND e.course_id = ?1
    ORDER BY l.name, l.id;

-- name: read_attempts
SELECT learner_id, module_id, quiz_id, number, responses, score, max_score, passed, ts_ms, event_seq
    FROM quiz_attempts
    WHERE course_id = ?1 AND (?2 = 0 OR learner_id = ?2)
    ORDER BY learner_id, module_id, quiz_id, number;

-- name: read_events_after
SELECT seq, uuid, learner_id, course_id, module_id, item_id, object_id, verb, result, ts_ms
    FROM events
    WHERE seq > ?1
    ORDER BY seq
    LIMIT ?2;

-- name: records_section_progress
SELECT learner_id, module_id, section_id, COALESCE(read_ms, 0) FROM section_progress WHERE course_id = ?1;

-- name: records_resume_point
SELECT learner_id, module_id, section_id, ts_ms FROM resume_points WHERE course_id = ?1;

-- name: records_quiz_attempt
SELECT learner_id, module_id, quiz_id, ts_ms FROM quiz_attempts WHERE course_id = ?1;

-- name: records_reflection_revision
SELECT learner_id, module_id, reflection_id, ts_ms FROM reflection_revisions WHERE course_id = ?1;

-- name: records_bookmark
SELECT learner_id, module_id, section_id, ts_ms FROM bookmarks WHERE course_id = ?1;

-- name: records_note
SELECT learner_id, module_id, section_id, ts_ms FROM notes WHERE course_id = ?1;
