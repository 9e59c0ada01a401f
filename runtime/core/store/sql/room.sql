-- The facilitator's read side (store/read/room_reader.cpp reads them once, by name): the whole
-- room of one course in a handful of scans, for the dashboard, `lectern report` and the item
-- analysis. They only SELECT. ?1 = the course id. In room_learners {uuid}, {full_name}, {group_name},
-- {external_id} and {archived_ms} become the column, or NULL in a file from before the
-- migration that added it. No learner's text is read: a reflection is only "blank or not".

-- name: room_learners
SELECT l.id, l.name, {uuid}, {full_name}, {external_id}, {group_name}, {archived_ms},
       COALESCE(e.last_activity_ms, 0), e.learner_id IS NOT NULL
    FROM learners l
    LEFT JOIN enrolments e ON e.learner_id = l.id AND e.course_id = ?1;

-- name: room_sessions
SELECT id, name, day FROM onboarding_sessions ORDER BY day, name, id;

-- name: room_session_members
SELECT session_id, learner_id FROM session_members;

-- name: room_sections
SELECT sp.learner_id, sp.module_id, sp.section_id, COALESCE(sp.read_ms, 0), sp.seconds, COALESCE(ev.ts_ms, 0)
    FROM section_progress sp
    LEFT JOIN events ev ON ev.seq = sp.event_seq
    WHERE sp.course_id = ?1;

-- name: room_attempts
SELECT learner_id, module_id, quiz_id, number, responses, score, max_score, passed, ts_ms
    FROM quiz_attempts
    WHERE course_id = ?1
    ORDER BY learner_id, module_id, quiz_id, number;

-- name: room_revisions
SELECT learner_id, module_id, reflection_id, revision,
       trim(text, ' ' || char(9, 10, 13)) <> '', ts_ms
    FROM reflection_revisions
    WHERE course_id = ?1
    ORDER BY learner_id, module_id, reflection_id, revision;

-- One learner's reflections shared with the facilitator (is_shared = 1), the latest revision
-- of each: the only learner's text the facilitator's read side ever reads. ?1 = course, ?2 = learner.
-- name: room_shared_reflections
SELECT s.module_id, s.reflection_id, r.text, r.ts_ms
    FROM reflection_sharing s
    JOIN reflection_revisions r ON r.learner_id = s.learner_id AND r.course_id = s.course_id
         AND r.module_id = s.module_id AND r.reflection_id = s.reflection_id
    WHERE s.course_id = ?1 AND s.learner_id = ?2 AND s.is_shared = 1
      AND r.revision = (SELECT MAX(revision) FROM reflection_revisions x
                        WHERE x.learner_id = s.learner_id AND x.course_id = s.course_id
                          AND x.module_id = s.module_id AND x.reflection_id = s.reflection_id)
    ORDER BY s.module_id, s.reflection_id;

-- name: room_certificates
SELECT learner_id, code, issued_ms FROM certificates WHERE course_id = ?1 ORDER BY learner_id, issued_ms, code;
