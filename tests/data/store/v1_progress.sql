-- Fixture: a progress database as schema version 1 (001_initial.sql as first released) left
-- it, with one learner's progress. tests/core/store_schema_test.cpp builds a .db from this
-- text, sets user_version = 1 and checks that opening it migrates without losing anything.
-- Frozen: do not edit when the schema changes; add a new fixture for a new version.
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

INSERT INTO learners(id, name, created_ms, last_activity_ms) VALUES (1, 'Amina', 1700000000000, 1700000600000);
INSERT INTO enrolments VALUES (1, 'un-cyber', 1700000000000, 1700000600000);
INSERT INTO events(seq, uuid, learner_id, course_id, module_id, item_id, object_id, verb, result, ts_ms) VALUES
 (1, '0f8fad5b-d9cb-469f-a165-70867728950e', 1, 'un-cyber', 'history', 'intro', 'un-cyber/history/intro',
  'http://adlnet.gov/expapi/verbs/experienced', '{"completion":true}', 1700000100000),
 (2, '7c9e6679-7425-40de-944b-e07fc1f90ae7', 1, 'un-cyber', 'history', 'check-1', 'un-cyber/history/check-1',
  'http://adlnet.gov/expapi/verbs/answered', '{"score":{"raw":3,"max":4},"success":true}', 1700000200000),
 (3, '9a7b330a-a736-41e1-8a4b-0e2b1a6f6d47', 1, 'un-cyber', 'history', 'why-norms', 'un-cyber/history/why-norms',
  'http://adlnet.gov/expapi/verbs/responded', '{"response":"Trust is built slowly."}', 1700000600000);
INSERT INTO section_progress(learner_id, course_id, module_id, section_id, read_ms, seconds, visits, event_seq)
  VALUES (1, 'un-cyber', 'history', 'intro', 1700000100000, 42.5, 2, 1);
INSERT INTO quiz_attempts VALUES (1, 'un-cyber', 'history', 'check-1', 1, '{"q1":"b"}', 3, 4, 1, 1700000200000, 2);
INSERT INTO reflection_revisions VALUES (1, 'un-cyber', 'history', 'why-norms', 1, 'Trust is built slowly.', 1700000600000, 3);
