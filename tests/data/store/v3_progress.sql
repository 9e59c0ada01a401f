-- Fixture: a progress database as schema version 3 (release 0.1.0) left it: three learners
-- and one or more records of every kind (section read, time on task, resume point, quiz
-- draft, quiz attempt, reflection revisions, bookmark set and removed, note, settings), with
-- the result shapes that release wrote (answers as a JSON object in "response", Lectern names
-- as extension keys). Written by release 0.1.0's migrations 001-003 and the named statements
-- of its store/sql/statements.sql, with its command_writer.cpp result shapes, then dumped
-- (`.dump`). tests/core/store_identity_test.cpp and tests/e2e/xapi_validation_test.sh build a
-- .db from this text with user_version = 3.
-- Frozen: do not edit when the schema changes; add a new fixture for a new version.
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
INSERT INTO "bookmarks" VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','the-first-resolution',1,1795000715917,12);
INSERT INTO "bookmarks" VALUES(2,'un-cyber-diplomacy','future-processes','overview',0,1795001210523,20);
CREATE TABLE enrolments (
    learner_id       INTEGER NOT NULL REFERENCES learners(id),
    course_id        TEXT NOT NULL,
    enrolled_ms      INTEGER NOT NULL,
    last_activity_ms INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (learner_id, course_id)
) STRICT;
INSERT INTO "enrolments" VALUES(1,'un-cyber-diplomacy',1795000111868,1795000825103);
INSERT INTO "enrolments" VALUES(2,'un-cyber-diplomacy',1795000883949,1795001295786);
INSERT INTO "enrolments" VALUES(3,'un-cyber-diplomacy',1795001348925,1795001455010);
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
INSERT INTO "events" VALUES(1,'f1b574b9-2b61-4b72-b186-5b8b7ca9b50a',1,'un-cyber-diplomacy','history-of-the-dialogue','overview','un-cyber-diplomacy/history-of-the-dialogue/overview','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1795000111868);
INSERT INTO "events" VALUES(2,'f3634b65-302d-4692-a08f-fc8db870c1cc',1,'un-cyber-diplomacy','history-of-the-dialogue','overview','un-cyber-diplomacy/history-of-the-dialogue/overview','http://adlnet.gov/expapi/verbs/progressed','{"duration":"PT95.250S"}',1795000184701);
INSERT INTO "events" VALUES(3,'12206400-860f-469b-a82d-7d14656e805d',1,'un-cyber-diplomacy','history-of-the-dialogue','the-first-resolution','un-cyber-diplomacy/history-of-the-dialogue/the-first-resolution','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1795000203295);
INSERT INTO "events" VALUES(4,'97a596d2-8191-40fd-b59a-1c4ca5df7bab',1,'un-cyber-diplomacy','history-of-the-dialogue','the-first-resolution','un-cyber-diplomacy/history-of-the-dialogue/the-first-resolution','http://adlnet.gov/expapi/verbs/progressed','{"duration":"PT95.250S"}',1795000253285);
INSERT INTO "events" VALUES(5,'e2dd2284-a6e7-4552-9851-b9a95b1d527e',1,'un-cyber-diplomacy','history-of-the-dialogue','groups-of-governmental-experts','un-cyber-diplomacy/history-of-the-dialogue/groups-of-governmental-experts','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1795000333942);
INSERT INTO "events" VALUES(6,'73ad5a16-4103-409c-a319-9bdb685576fc',1,'un-cyber-diplomacy','history-of-the-dialogue','groups-of-governmental-experts','un-cyber-diplomacy/history-of-the-dialogue/groups-of-governmental-experts','http://adlnet.gov/expapi/verbs/progressed','{"duration":"PT95.250S"}',1795000397577);
INSERT INTO "events" VALUES(7,'25ca739e-31a0-4d8e-a975-cfa67b66c656',1,'un-cyber-diplomacy','history-of-the-dialogue','groups-of-governmental-experts','un-cyber-diplomacy/history-of-the-dialogue/groups-of-governmental-experts','http://adlnet.gov/expapi/verbs/suspended','{"extensions":{"scrollY":1240.5}}',1795000481091);
INSERT INTO "events" VALUES(8,'44ff1eda-cf66-437a-8359-cced0f4daf01',1,'un-cyber-diplomacy','history-of-the-dialogue','history-check','un-cyber-diplomacy/history-of-the-dialogue/history-check','http://adlnet.gov/expapi/verbs/progressed','{"completion":false,"response":{"gge-year":"2004"}}',1795000558724);
INSERT INTO "events" VALUES(9,'01125ec0-05f7-487e-8cdd-b2d41a0ddbb1',1,'un-cyber-diplomacy','history-of-the-dialogue','history-check','un-cyber-diplomacy/history-of-the-dialogue/history-check','http://adlnet.gov/expapi/verbs/answered','{"completion":true,"response":{"binding":false,"count":11.0,"first-resolution":"russia","gge-year":"2004","match":{"gge":"experts","oewg":"open"},"norms":["a","c"],"sequence":["gge1","oewg1","gge6"]},"score":{"max":7.0,"min":0,"raw":5.0,"scaled":0.7142857142857143},"success":true}',1795000568812);
INSERT INTO "events" VALUES(10,'e346a415-d7f3-4b98-8fcb-655416223ef6',1,'un-cyber-diplomacy','history-of-the-dialogue','why-norms','un-cyber-diplomacy/history-of-the-dialogue/why-norms','http://adlnet.gov/expapi/verbs/responded','{"response":"Trust is built slowly."}',1795000649689);
INSERT INTO "events" VALUES(11,'e5e00a7b-7017-463c-90b6-cc471af19eab',1,'un-cyber-diplomacy','history-of-the-dialogue','why-norms','un-cyber-diplomacy/history-of-the-dialogue/why-norms','http://adlnet.gov/expapi/verbs/responded','{"response":"Trust is built slowly, and \"norms\" help.\nA second line."}',1795000652914);
INSERT INTO "events" VALUES(12,'5f6044be-883a-4011-abff-b608bb372078',1,'un-cyber-diplomacy','history-of-the-dialogue','the-first-resolution','un-cyber-diplomacy/history-of-the-dialogue/the-first-resolution','http://id.tincanapi.com/verb/bookmarked','{"extensions":{"on":true}}',1795000715917);
INSERT INTO "events" VALUES(13,'c73a34d0-e5fd-4a40-ab22-513a7e6a4834',1,'un-cyber-diplomacy','history-of-the-dialogue','overview','un-cyber-diplomacy/history-of-the-dialogue/overview','http://adlnet.gov/expapi/verbs/commented','{"response":"Ask the desk officer about 2015."}',1795000751411);
INSERT INTO "events" VALUES(14,'295abb8d-15ad-4850-b50d-028c280595f9',1,'un-cyber-diplomacy','','','un-cyber-diplomacy/settings','http://id.tincanapi.com/verb/adjusted','{"extensions":{"settings":{"fontScale":1.25,"theme":"dark"}}}',1795000825103);
INSERT INTO "events" VALUES(15,'16302b9e-b31a-468b-99c7-facea10e9dc6',2,'un-cyber-diplomacy','future-processes','overview','un-cyber-diplomacy/future-processes/overview','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1795000883949);
INSERT INTO "events" VALUES(16,'ccb11385-3dd7-4ac8-b7e5-4acd8d78a242',2,'un-cyber-diplomacy','future-processes','overview','un-cyber-diplomacy/future-processes/overview','http://adlnet.gov/expapi/verbs/progressed','{"duration":"PT12.000S"}',1795000947087);
INSERT INTO "events" VALUES(17,'5ed4354e-7719-4126-b758-d9a95513bbf9',2,'un-cyber-diplomacy','future-processes','future-check','un-cyber-diplomacy/future-processes/future-check','http://adlnet.gov/expapi/verbs/answered','{"completion":true,"response":{"free":"Open-ended working group","numeric":3.5,"pog":"b"},"score":{"max":3.0,"min":0,"raw":1.0,"scaled":0.3333333333333333},"success":false}',1795001019493);
INSERT INTO "events" VALUES(18,'189e999c-a9ec-4d9b-8f63-63d42dae15d6',2,'un-cyber-diplomacy','future-processes','future-check','un-cyber-diplomacy/future-processes/future-check','http://adlnet.gov/expapi/verbs/answered','{"completion":true,"response":{"free":"OEWG","numeric":4.0,"pog":"a"},"score":{"max":3.0,"min":0,"raw":3.0,"scaled":1.0},"success":true}',1795001093034);
INSERT INTO "events" VALUES(19,'550b5e64-d3f9-4616-aabc-30d52229bac6',2,'un-cyber-diplomacy','future-processes','overview','un-cyber-diplomacy/future-processes/overview','http://id.tincanapi.com/verb/bookmarked','{"extensions":{"on":true}}',1795001156970);
INSERT INTO "events" VALUES(20,'74a2f3b1-0e9a-4dfc-b569-e8bff9c79a62',2,'un-cyber-diplomacy','future-processes','overview','un-cyber-diplomacy/future-processes/overview','http://id.tincanapi.com/verb/bookmarked','{"extensions":{"on":false}}',1795001210523);
INSERT INTO "events" VALUES(21,'436b1c6a-8eb8-41d9-8bb6-15ea7559aaf7',2,'un-cyber-diplomacy','future-processes','overview','un-cyber-diplomacy/future-processes/overview','http://adlnet.gov/expapi/verbs/suspended','{"extensions":{"scrollY":0.0}}',1795001295786);
INSERT INTO "events" VALUES(22,'d25d7c0e-58dd-430a-a36c-36833a9b80e6',3,'un-cyber-diplomacy','cybercrime-treaty','overview','un-cyber-diplomacy/cybercrime-treaty/overview','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1795001348925);
INSERT INTO "events" VALUES(23,'91f252b9-b923-4bfd-9a39-db7f0d413a50',3,'un-cyber-diplomacy','cybercrime-treaty','treaty-check','un-cyber-diplomacy/cybercrime-treaty/treaty-check','http://adlnet.gov/expapi/verbs/progressed','{"completion":false,"response":{"articles":["a1","a3"]}}',1795001433637);
INSERT INTO "events" VALUES(24,'ca5b45d1-fa80-4b57-a252-6a13ff2297b4',3,'un-cyber-diplomacy','cybercrime-treaty','overview','un-cyber-diplomacy/cybercrime-treaty/overview','http://adlnet.gov/expapi/verbs/commented','{"response":"Право и доверие — مرحبا"}',1795001455010);
CREATE TABLE learner_settings (
    learner_id INTEGER PRIMARY KEY REFERENCES learners(id),
    json       TEXT NOT NULL,
    ts_ms      INTEGER NOT NULL,
    event_seq  INTEGER NOT NULL REFERENCES events(seq)
) STRICT;
INSERT INTO "learner_settings" VALUES(1,'{"fontScale":1.25,"theme":"dark"}',1795000825103,14);
CREATE TABLE learners (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE,
    created_ms       INTEGER NOT NULL,
    last_activity_ms INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO "learners" VALUES(1,'Amina Diallo',1795000032690,1795000825103);
INSERT INTO "learners" VALUES(2,'Bo Ngata',1795000857317,1795001295786);
INSERT INTO "learners" VALUES(3,'Zoë Ünal, "Z"',1795001317027,1795001455010);
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
INSERT INTO "notes" VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','overview','Ask the desk officer about 2015.',1795000751411,13);
INSERT INTO "notes" VALUES(3,'un-cyber-diplomacy','cybercrime-treaty','overview','Право и доверие — مرحبا',1795001455010,24);
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
INSERT INTO "quiz_attempts" VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','history-check',1,'{"binding":false,"count":11.0,"first-resolution":"russia","gge-year":"2004","match":{"gge":"experts","oewg":"open"},"norms":["a","c"],"sequence":["gge1","oewg1","gge6"]}',5.0,7.0,1,1795000568812,9);
INSERT INTO "quiz_attempts" VALUES(2,'un-cyber-diplomacy','future-processes','future-check',1,'{"free":"Open-ended working group","numeric":3.5,"pog":"b"}',1.0,3.0,0,1795001019493,17);
INSERT INTO "quiz_attempts" VALUES(2,'un-cyber-diplomacy','future-processes','future-check',2,'{"free":"OEWG","numeric":4.0,"pog":"a"}',3.0,3.0,1,1795001093034,18);
CREATE TABLE quiz_drafts (
    learner_id INTEGER NOT NULL REFERENCES learners(id),
    course_id  TEXT NOT NULL,
    module_id  TEXT NOT NULL,
    quiz_id    TEXT NOT NULL,
    responses  TEXT NOT NULL,            -- JSON {"question-id": response}, as in quiz_attempts
    ts_ms      INTEGER NOT NULL,
    event_seq  INTEGER NOT NULL REFERENCES events(seq),
    PRIMARY KEY (learner_id, course_id, module_id, quiz_id)
) STRICT;
INSERT INTO "quiz_drafts" VALUES(3,'un-cyber-diplomacy','cybercrime-treaty','treaty-check','{"articles":["a1","a3"]}',1795001433637,23);
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
INSERT INTO "reflection_revisions" VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','why-norms',1,'Trust is built slowly.',1795000649689,10);
INSERT INTO "reflection_revisions" VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','why-norms',2,'Trust is built slowly, and "norms" help.
A second line.',1795000652914,11);
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
INSERT INTO "resume_points" VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','groups-of-governmental-experts',1240.5,1795000481091,7);
INSERT INTO "resume_points" VALUES(2,'un-cyber-diplomacy','future-processes','overview',0.0,1795001295786,21);
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
INSERT INTO "section_progress" VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','overview',1795000111868,95.25,1,2);
INSERT INTO "section_progress" VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','the-first-resolution',1795000203295,95.25,1,4);
INSERT INTO "section_progress" VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','groups-of-governmental-experts',1795000333942,95.25,1,6);
INSERT INTO "section_progress" VALUES(2,'un-cyber-diplomacy','future-processes','overview',1795000883949,12.0,1,16);
INSERT INTO "section_progress" VALUES(3,'un-cyber-diplomacy','cybercrime-treaty','overview',1795001348925,0.0,0,22);
CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
INSERT INTO "store_meta" VALUES('migrated_by','lectern 0.1.0');
CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE INDEX events_by_learner ON events (learner_id, course_id, ts_ms);
CREATE INDEX events_by_object ON events (course_id, module_id, item_id);
