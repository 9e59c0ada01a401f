-- Schema version 1: the learner progress store.
--
-- events is the append-only, xAPI-shaped log and the source of truth. The other tables hold
-- the current state the UI and reports read; every state row names the event that last wrote
-- it (event_seq), and each command writes its event and its state in one transaction.
-- Nothing is ever deleted: records whose module, section, quiz or reflection disappeared from
-- a revised course stay here and are reported as orphaned.

CREATE TABLE learners (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE,
    created_ms       INTEGER NOT NULL,
    last_activity_ms INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE enrolments (
    learner_id       INTEGER NOT NULL REFERENCES learners(id),
    course_id        TEXT NOT NULL,
    enrolled_ms      INTEGER NOT NULL,
    last_activity_ms INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (learner_id, course_id)
) STRICT;

-- One row per learner action, shaped for an xAPI statement:
-- id (UUID v4), actor (learner), verb (IRI), object (course/module/item), result (JSON), timestamp.
CREATE TABLE events (
    seq        INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    learner_id INTEGER NOT NULL REFERENCES learners(id),
    course_id  TEXT NOT NULL,
    module_id  TEXT NOT NULL,
    item_id    TEXT NOT NULL,
    object_id  TEXT NOT NULL,
    verb       TEXT NOT NULL,
    result     TEXT NOT NULL DEFAULT '{}',
    ts_ms      INTEGER NOT NULL
) STRICT;

CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

CREATE TABLE section_progress (
    learner_id INTEGER NOT NULL REFERENCES learners(id),
    course_id  TEXT NOT NULL,
    module_id  TEXT NOT NULL,
    section_id TEXT NOT NULL,
    read_ms    INTEGER,                  -- first time the section counted as read; NULL = not yet
    seconds    REAL NOT NULL DEFAULT 0,  -- time on task
    visits     INTEGER NOT NULL DEFAULT 0,
    event_seq  INTEGER NOT NULL REFERENCES events(seq),
    PRIMARY KEY (learner_id, course_id, module_id, section_id)
) STRICT;

CREATE TABLE resume_points (
    learner_id INTEGER NOT NULL REFERENCES learners(id),
    course_id  TEXT NOT NULL,
    module_id  TEXT NOT NULL,
    section_id TEXT NOT NULL,
    scroll_y   REAL NOT NULL DEFAULT 0,
    ts_ms      INTEGER NOT NULL,
    event_seq  INTEGER NOT NULL REFERENCES events(seq),
    PRIMARY KEY (learner_id, course_id)
) STRICT;

CREATE TABLE quiz_attempts (
    learner_id INTEGER NOT NULL REFERENCES learners(id),
    course_id  TEXT NOT NULL,
    module_id  TEXT NOT NULL,
    quiz_id    TEXT NOT NULL,
    number     INTEGER NOT NULL,         -- 1-based, per learner and quiz
    responses  TEXT NOT NULL,            -- JSON {"question-id": response}
    score      REAL NOT NULL,
    max_score  REAL NOT NULL,
    passed     INTEGER NOT NULL,
    ts_ms      INTEGER NOT NULL,
    event_seq  INTEGER NOT NULL UNIQUE REFERENCES events(seq),
    PRIMARY KEY (learner_id, course_id, module_id, quiz_id, number)
) STRICT;

-- Every save of a reflection is a new revision; none is overwritten.
CREATE TABLE reflection_revisions (
    learner_id    INTEGER NOT NULL REFERENCES learners(id),
    course_id     TEXT NOT NULL,
    module_id     TEXT NOT NULL,
    reflection_id TEXT NOT NULL,
    revision      INTEGER NOT NULL,      -- 1-based
    text          TEXT NOT NULL,
    ts_ms         INTEGER NOT NULL,
    event_seq     INTEGER NOT NULL UNIQUE REFERENCES events(seq),
    PRIMARY KEY (learner_id, course_id, module_id, reflection_id, revision)
) STRICT;

-- A bookmark turned off keeps its row (is_on = 0): removing a row would lose its history.
CREATE TABLE bookmarks (
    learner_id INTEGER NOT NULL REFERENCES learners(id),
    course_id  TEXT NOT NULL,
    module_id  TEXT NOT NULL,
    section_id TEXT NOT NULL,
    is_on      INTEGER NOT NULL,
    ts_ms      INTEGER NOT NULL,
    event_seq  INTEGER NOT NULL REFERENCES events(seq),
    PRIMARY KEY (learner_id, course_id, module_id, section_id)
) STRICT;

-- The latest text of a note; earlier texts stay in the event log.
CREATE TABLE notes (
    learner_id INTEGER NOT NULL REFERENCES learners(id),
    course_id  TEXT NOT NULL,
    module_id  TEXT NOT NULL,
    section_id TEXT NOT NULL,
    text       TEXT NOT NULL,
    ts_ms      INTEGER NOT NULL,
    event_seq  INTEGER NOT NULL REFERENCES events(seq),
    PRIMARY KEY (learner_id, course_id, module_id, section_id)
) STRICT;

CREATE TABLE learner_settings (
    learner_id INTEGER PRIMARY KEY REFERENCES learners(id),
    json       TEXT NOT NULL,
    ts_ms      INTEGER NOT NULL,
    event_seq  INTEGER NOT NULL REFERENCES events(seq)
) STRICT;
