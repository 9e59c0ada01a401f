-- The statements of the profile repositories (learner_repository, pin_repository,
-- session_repository, profile_event_repository, reflection_sharing_repository; schema v6),
-- each under a "-- name:" line, read by store/statements.h statementIn("profiles.sql", NAME).

-- name: learner_columns
SELECT id, uuid, name, COALESCE(full_name, ''), COALESCE(external_id, ''), COALESCE(group_name, ''),
       pin_hash IS NOT NULL, COALESCE(archived_ms, 0), last_activity_ms, created_ms,
       pin_hash IS NULL AND EXISTS (SELECT 1 FROM profile_events e
                                    WHERE e.learner_id = learners.id AND e.kind = 'pin_reset')
    FROM learners

-- name: learner_order
ORDER BY COALESCE(group_name, ''), COALESCE(full_name, name), id

-- name: insert_learner
INSERT INTO learners(name, full_name, group_name, external_id, created_ms) VALUES(?,?,?,?,?);

-- name: update_learner
UPDATE learners SET name = ?2, full_name = ?3, group_name = ?4 WHERE id = ?1;

-- name: name_taken
SELECT 1 FROM learners WHERE name = ?1 AND id <> ?2;

-- name: archive_learner
UPDATE learners SET archived_ms = ?2 WHERE id = ?1 AND archived_ms IS NULL;

-- name: restore_learner
UPDATE learners SET archived_ms = NULL WHERE id = ?1 AND archived_ms IS NOT NULL;

-- name: load_learner_pin
SELECT pin_hash, pin_failures, pin_locked_until_ms FROM learners WHERE id = ?;

-- name: save_learner_pin
UPDATE learners SET pin_hash = ?2, pin_failures = 0, pin_locked_until_ms = 0 WHERE id = ?1;

-- name: save_learner_failures
UPDATE learners SET pin_failures = ?2, pin_locked_until_ms = ?3 WHERE id = ?1;

-- name: load_facilitator_pin
SELECT pin_hash, pin_failures, pin_locked_until_ms FROM facilitator WHERE id = 1;

-- name: save_facilitator_pin
INSERT INTO facilitator(id, pin_hash, pin_failures, pin_locked_until_ms, set_ms) VALUES(1, ?1, 0, 0, ?2)
    ON CONFLICT(id) DO UPDATE SET pin_hash = excluded.pin_hash, pin_failures = 0, pin_locked_until_ms = 0,
                                  set_ms = excluded.set_ms;

-- name: save_facilitator_failures
UPDATE facilitator SET pin_failures = ?1, pin_locked_until_ms = ?2 WHERE id = 1;

-- name: list_sessions
SELECT s.id, s.name, s.day, (SELECT COUNT(*) FROM session_members m WHERE m.session_id = s.id)
    FROM onboarding_sessions s ORDER BY s.day DESC, s.name;

-- name: find_session
SELECT s.id, s.name, s.day, (SELECT COUNT(*) FROM session_members m WHERE m.session_id = s.id)
    FROM onboarding_sessions s WHERE s.name = ?1 AND (?2 = '' OR s.day = ?2)
    ORDER BY s.day DESC LIMIT 1;

-- name: sessions_on_day
SELECT s.id, s.name, s.day, (SELECT COUNT(*) FROM session_members m WHERE m.session_id = s.id)
    FROM onboarding_sessions s WHERE s.day = ?1 ORDER BY s.name;

-- name: insert_session
INSERT INTO onboarding_sessions(name, day, created_ms) VALUES(?,?,?) ON CONFLICT(name, day) DO NOTHING;

-- name: add_member
INSERT INTO session_members(session_id, learner_id, added_ms) VALUES(?,?,?) ON CONFLICT DO NOTHING;

-- name: is_member
SELECT 1 FROM session_members WHERE session_id = ? AND learner_id = ?;

-- name: insert_profile_event
INSERT INTO profile_events(uuid, learner_id, kind, actor, course_id, module_id, item_id, detail, ts_ms)
    VALUES(?,?,?,?,?,?,?,?,?);

-- name: list_profile_events
SELECT seq, uuid, COALESCE(learner_id, 0), kind, actor, course_id, module_id, item_id, detail, ts_ms
    FROM profile_events WHERE ?1 = 0 OR learner_id = ?1 ORDER BY seq;

-- name: reflection_shared
SELECT is_shared FROM reflection_sharing
    WHERE learner_id = ? AND course_id = ? AND module_id = ? AND reflection_id = ?;

-- name: set_reflection_shared
INSERT INTO reflection_sharing(learner_id, course_id, module_id, reflection_id, is_shared, ts_ms, event_seq)
    VALUES(?,?,?,?,?,?,?)
    ON CONFLICT DO UPDATE SET is_shared = excluded.is_shared, ts_ms = excluded.ts_ms, event_seq = excluded.event_seq;

-- name: shared_reflections
SELECT module_id, reflection_id FROM reflection_sharing
    WHERE learner_id = ? AND course_id = ? AND is_shared = 1 ORDER BY module_id, reflection_id;

-- name: get_shared_setting
SELECT value FROM shared_settings WHERE key = ?;

-- name: set_shared_setting
INSERT INTO shared_settings(key, value, ts_ms) VALUES(?,?,?)
    ON CONFLICT(key) DO UPDATE SET value = excluded.value, ts_ms = excluded.ts_ms;
