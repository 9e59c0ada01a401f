-- Schema version 6: onboarding on shared machines (profiles, PINs, rosters, sessions, the
-- facilitator, private reflections). Every existing record stays as it was; nothing is deleted.
--
-- learners.name stays the unique profile name (`--learner NAME`, reports). A roster's
-- full_name is kept as given in full_name (two learners may share one); the profile name is
-- the full name, or "full name (external id)" when another learner already has that name.
-- A PIN is only ever stored as an argon2id hash (libsodium crypto_pwhash_str); the failed
-- attempts and the end of the wait are stored too, so a restart does not end a lockout.

ALTER TABLE learners ADD COLUMN full_name TEXT;                            -- NULL: same as name
ALTER TABLE learners ADD COLUMN group_name TEXT;                           -- NULL: no group
ALTER TABLE learners ADD COLUMN archived_ms INTEGER;                       -- NULL: active
ALTER TABLE learners ADD COLUMN pin_hash TEXT;                             -- NULL: no PIN
ALTER TABLE learners ADD COLUMN pin_failures INTEGER NOT NULL DEFAULT 0;   -- wrong PINs since the last right one
ALTER TABLE learners ADD COLUMN pin_locked_until_ms INTEGER NOT NULL DEFAULT 0;

-- The facilitator's PIN (one row at most) and its lockout, like a learner's.
CREATE TABLE facilitator (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    pin_hash            TEXT NOT NULL,
    pin_failures        INTEGER NOT NULL DEFAULT 0,
    pin_locked_until_ms INTEGER NOT NULL DEFAULT 0,
    set_ms              INTEGER NOT NULL
) STRICT;

-- Settings that affect every learner of this machine (e.g. allow_new_learners = "1").
CREATE TABLE shared_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    ts_ms INTEGER NOT NULL
) STRICT;

-- A named, dated onboarding session and its learners.
CREATE TABLE onboarding_sessions (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    day        TEXT NOT NULL,                 -- YYYY-MM-DD
    created_ms INTEGER NOT NULL,
    UNIQUE (name, day)
) STRICT;

CREATE TABLE session_members (
    session_id INTEGER NOT NULL REFERENCES onboarding_sessions(id),
    learner_id INTEGER NOT NULL REFERENCES learners(id),
    added_ms   INTEGER NOT NULL,
    PRIMARY KEY (session_id, learner_id)
) STRICT;

-- Whether a reflection is shared with the facilitator (no row: private). Turning sharing off
-- keeps the row (is_shared = 0); every change is also a profile event.
CREATE TABLE reflection_sharing (
    learner_id    INTEGER NOT NULL REFERENCES learners(id),
    course_id     TEXT NOT NULL,
    module_id     TEXT NOT NULL,
    reflection_id TEXT NOT NULL,
    is_shared     INTEGER NOT NULL,
    ts_ms         INTEGER NOT NULL,
    event_seq     INTEGER NOT NULL REFERENCES profile_events(seq),
    PRIMARY KEY (learner_id, course_id, module_id, reflection_id)
) STRICT;

-- What happened to profiles and their privacy, append-only like events: created, renamed,
-- archived, restored, PIN set or reset, reflection shared or unshared. Not learning records,
-- so not xAPI statements. `detail` is JSON and never holds a PIN, a hash or a digit entered.
CREATE TABLE profile_events (
    seq           INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    learner_id    INTEGER REFERENCES learners(id),  -- NULL: the facilitator's own PIN
    kind          TEXT NOT NULL,
    actor         TEXT NOT NULL,                    -- learner | facilitator | command_line
    course_id     TEXT NOT NULL DEFAULT '',
    module_id     TEXT NOT NULL DEFAULT '',
    item_id       TEXT NOT NULL DEFAULT '',
    detail        TEXT NOT NULL DEFAULT '{}',
    ts_ms         INTEGER NOT NULL
) STRICT;

CREATE INDEX profile_events_by_learner ON profile_events (learner_id, ts_ms);

CREATE TRIGGER profile_events_are_append_only_update BEFORE UPDATE ON profile_events
BEGIN SELECT RAISE(ABORT, 'profile events are append-only'); END;
CREATE TRIGGER profile_events_are_append_only_delete BEFORE DELETE ON profile_events
BEGIN SELECT RAISE(ABORT, 'profile events are append-only'); END;

-- Nothing deletes a learner: archiving sets archived_ms and keeps every record.
CREATE TRIGGER learners_are_never_deleted BEFORE DELETE ON learners
BEGIN SELECT RAISE(ABORT, 'learners are archived, never deleted'); END;
