-- Fixture: a progress database written by release 0.1.0 itself (schema version 3, commit
-- 5dc0641): its demo_progress_tool and store_writer_tool wrote it through that release's store,
-- then sqlite3 .dump. Made by tools/dev/make-release-fixture on 2026-12-02.
-- Frozen: do not edit; tests/core/store_identity_test.cpp upgrades it.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE learners (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE,
    created_ms       INTEGER NOT NULL,
    last_activity_ms INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO learners VALUES(1,'Amina Haddad',1796181380572,1796181381381);
INSERT INTO learners VALUES(2,'Bilal Rahman',1796181382063,1796181382095);
INSERT INTO learners VALUES(3,'Chen Wei',1796181382791,1796181383381);
CREATE TABLE enrolments (
    learner_id       INTEGER NOT NULL REFERENCES learners(id),
    course_id        TEXT NOT NULL,
    enrolled_ms      INTEGER NOT NULL,
    last_activity_ms INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (learner_id, course_id)
) STRICT;
INSERT INTO enrolments VALUES(1,'un-cyber-diplomacy',1796181380578,1796181381381);
INSERT INTO enrolments VALUES(2,'un-cyber-diplomacy',1796181382082,1796181382095);
INSERT INTO enrolments VALUES(3,'un-cyber-diplomacy',1796181382800,1796181383381);
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
INSERT INTO events VALUES(1,'31ee796e-401b-4cca-b291-2b49b111db85',1,'un-cyber-diplomacy','history-of-the-dialogue','overview','un-cyber-diplomacy/history-of-the-dialogue/overview','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181380605);
INSERT INTO events VALUES(2,'8c99ef91-a131-47f0-b132-7687e06f15e0',1,'un-cyber-diplomacy','history-of-the-dialogue','origins','un-cyber-diplomacy/history-of-the-dialogue/origins','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181380605);
INSERT INTO events VALUES(3,'00b0803f-0117-4a97-8bca-77cd6501aa07',1,'un-cyber-diplomacy','history-of-the-dialogue','gge-years','un-cyber-diplomacy/history-of-the-dialogue/gge-years','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181380605);
INSERT INTO events VALUES(4,'0b4442c2-ec25-42b3-87d3-a4a05263de71',1,'un-cyber-diplomacy','history-of-the-dialogue','two-tracks','un-cyber-diplomacy/history-of-the-dialogue/two-tracks','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181380605);
INSERT INTO events VALUES(5,'45d1ca95-bdc7-478d-bb41-ac359d4268a1',1,'un-cyber-diplomacy','history-of-the-dialogue','first-oewg','un-cyber-diplomacy/history-of-the-dialogue/first-oewg','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181380605);
INSERT INTO events VALUES(6,'242f7e3d-e2cf-421a-9724-f971fae5cf4e',1,'un-cyber-diplomacy','history-of-the-dialogue','gge-2021','un-cyber-diplomacy/history-of-the-dialogue/gge-2021','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181380605);
INSERT INTO events VALUES(7,'b98141fb-8614-4dde-aae1-84e8c3da9402',1,'un-cyber-diplomacy','history-of-the-dialogue','framework','un-cyber-diplomacy/history-of-the-dialogue/framework','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181380605);
INSERT INTO events VALUES(8,'7bb14d46-8b3f-43be-885f-2e30f78aef86',1,'un-cyber-diplomacy','history-of-the-dialogue','oewg-2021-2025','un-cyber-diplomacy/history-of-the-dialogue/oewg-2021-2025','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181380605);
INSERT INTO events VALUES(9,'96d82cd2-7330-4f17-93ac-7c7bd041eafd',1,'un-cyber-diplomacy','history-of-the-dialogue','timeline','un-cyber-diplomacy/history-of-the-dialogue/timeline','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181380605);
INSERT INTO events VALUES(10,'4c63f8f2-4e9c-447a-8244-388d00ba1ec9',1,'un-cyber-diplomacy','history-of-the-dialogue','at-the-table','un-cyber-diplomacy/history-of-the-dialogue/at-the-table','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181380606);
INSERT INTO events VALUES(11,'774921d5-db93-4dd3-b6bc-bfbb58bf571e',1,'un-cyber-diplomacy','history-of-the-dialogue','engage','un-cyber-diplomacy/history-of-the-dialogue/engage','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181380606);
INSERT INTO events VALUES(12,'c1ef8793-28e6-4d16-bccd-7e5048db62e0',1,'un-cyber-diplomacy','history-of-the-dialogue','quiz','un-cyber-diplomacy/history-of-the-dialogue/quiz','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181380606);
INSERT INTO events VALUES(13,'494b2953-0c53-458c-bfb1-6c439cee87eb',1,'un-cyber-diplomacy','history-of-the-dialogue','history-check','un-cyber-diplomacy/history-of-the-dialogue/history-check','http://adlnet.gov/expapi/verbs/answered','{"completion":true,"response":{"capacity-principles":["gender","sustainable","neutral"],"first-gge-outcome":true,"first-resolution":"russia","gge-2013":"law-applies","gge-2017-failure":"responses","gge-2021-ihl":"armed-conflict","gm-features":["permanent","biennial","dtgs"],"lauber-country":"Switzerland","norms-count":11.0,"oewg-open":true,"oewg2-sessions":11.0,"order-events":["res-53-70","law-applies","two-tracks","oewg-report","poc-launch","gm-agreed"],"six-areas":["intl-law","dialogue","threats"],"tracks-matching":{"r70-237":"r70-237","r73-266":"r73-266","r73-27":"r73-27","r75-240":"r75-240"}},"score":{"max":14.0,"min":0,"raw":13.0,"scaled":0.9285714285714286},"success":true}',1796181380606);
INSERT INTO events VALUES(14,'8304bb48-9169-4adf-ae95-f35bb859ca91',1,'un-cyber-diplomacy','history-of-the-dialogue','ihl-restraint-or-legitimation','un-cyber-diplomacy/history-of-the-dialogue/ihl-restraint-or-legitimation','http://adlnet.gov/expapi/verbs/responded','{"response":"The first resolution in 1998 put the topic on the agenda."}',1796181380606);
INSERT INTO events VALUES(15,'8f1d8557-8ceb-47b9-817c-08b7e275bb9a',1,'un-cyber-diplomacy','history-of-the-dialogue','ihl-restraint-or-legitimation','un-cyber-diplomacy/history-of-the-dialogue/ihl-restraint-or-legitimation','http://adlnet.gov/expapi/verbs/responded','{"response":"The first resolution (53/70, 1998) put ICT security on the First Committee''s agenda."}',1796181380606);
INSERT INTO events VALUES(16,'2a109e5d-8395-4f33-9623-63b3c89c9f1f',1,'un-cyber-diplomacy','future-processes','overview','un-cyber-diplomacy/future-processes/overview','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181381381);
INSERT INTO events VALUES(17,'6445f834-2155-48d5-819a-d71bba8a2cb9',1,'un-cyber-diplomacy','future-processes','open-questions','un-cyber-diplomacy/future-processes/open-questions','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181381381);
INSERT INTO events VALUES(18,'ba14344a-3179-4942-b3ff-cedb61e83989',2,'un-cyber-diplomacy','cybercrime-treaty','overview','un-cyber-diplomacy/cybercrime-treaty/overview','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382094);
INSERT INTO events VALUES(19,'e8b8e09d-df12-4c46-80dd-fb34242da969',2,'un-cyber-diplomacy','cybercrime-treaty','two-tracks','un-cyber-diplomacy/cybercrime-treaty/two-tracks','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382094);
INSERT INTO events VALUES(20,'47675472-6116-40e5-8026-ea3587c10e57',2,'un-cyber-diplomacy','cybercrime-treaty','budapest','un-cyber-diplomacy/cybercrime-treaty/budapest','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382094);
INSERT INTO events VALUES(21,'74495137-c3da-41e4-8205-8b558e0c0b9e',2,'un-cyber-diplomacy','cybercrime-treaty','ad-hoc-committee','un-cyber-diplomacy/cybercrime-treaty/ad-hoc-committee','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382094);
INSERT INTO events VALUES(22,'1047f42d-8775-4f2f-bb40-176825fb33be',2,'un-cyber-diplomacy','cybercrime-treaty','disputes','un-cyber-diplomacy/cybercrime-treaty/disputes','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382094);
INSERT INTO events VALUES(23,'0ba93508-790c-467b-85d3-3f471386a257',2,'un-cyber-diplomacy','cybercrime-treaty','adoption','un-cyber-diplomacy/cybercrime-treaty/adoption','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382094);
INSERT INTO events VALUES(24,'f7dd7dbf-1959-4259-817a-487ae7a8993a',2,'un-cyber-diplomacy','cybercrime-treaty','hanoi','un-cyber-diplomacy/cybercrime-treaty/hanoi','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382094);
INSERT INTO events VALUES(25,'ddd8c9cc-a422-4735-88e5-db2a9bb22319',2,'un-cyber-diplomacy','cybercrime-treaty','timeline','un-cyber-diplomacy/cybercrime-treaty/timeline','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382094);
INSERT INTO events VALUES(26,'86b7bb82-0395-4dc5-b6df-cdf2d1f20117',2,'un-cyber-diplomacy','cybercrime-treaty','engage','un-cyber-diplomacy/cybercrime-treaty/engage','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382094);
INSERT INTO events VALUES(27,'77a37ac8-a7ae-4af4-9d2e-dbeafbcfa824',2,'un-cyber-diplomacy','cybercrime-treaty','quiz','un-cyber-diplomacy/cybercrime-treaty/quiz','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382094);
INSERT INTO events VALUES(28,'c98931b7-79fa-4837-8bb4-b62759897ec1',2,'un-cyber-diplomacy','cybercrime-treaty','cybercrime-check','un-cyber-diplomacy/cybercrime-treaty/cybercrime-check','http://adlnet.gov/expapi/verbs/answered','{"completion":true,"response":{"adoption-facts":["date","no-vote","structure"],"budapest-dates":2002.0,"budapest-open":false,"chair-country":"Algeria","committees":{"crime":"security","security":"crime"},"crime-order":["budapest","res","concluding","reconvened","adoption","hanoi"],"evidence-scope":false,"ratifications":40.0,"res-74-247":"divided","safeguard-articles":{"art14":"art14","art16":"art16","art24":"art24","art6":"art6"},"scope-positions":["speech","few-enabled","cyber-dependent"],"secretariat":"unodc","signing-effect":"intention"},"score":{"max":13.0,"min":0,"raw":11.0,"scaled":0.8461538461538461},"success":true}',1796181382094);
INSERT INTO events VALUES(29,'e0f364ce-a7c5-4758-b9ab-f0871f7016e8',2,'un-cyber-diplomacy','cybercrime-treaty','cybercrime-scope-rights','un-cyber-diplomacy/cybercrime-treaty/cybercrime-scope-rights','http://adlnet.gov/expapi/verbs/responded','{"response":"The convention was adopted by the General Assembly in December 2024."}',1796181382095);
INSERT INTO events VALUES(30,'73bdec3a-b9be-41f9-a70c-cccb7e8c6913',3,'un-cyber-diplomacy','history-of-the-dialogue','overview','un-cyber-diplomacy/history-of-the-dialogue/overview','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382833);
INSERT INTO events VALUES(31,'55c98392-6ae4-496a-b27c-3e985a9191c4',3,'un-cyber-diplomacy','history-of-the-dialogue','origins','un-cyber-diplomacy/history-of-the-dialogue/origins','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382834);
INSERT INTO events VALUES(32,'144b63f1-fa57-49bb-b6c2-54ac61338a7c',3,'un-cyber-diplomacy','history-of-the-dialogue','gge-years','un-cyber-diplomacy/history-of-the-dialogue/gge-years','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382834);
INSERT INTO events VALUES(33,'7f003e02-0df9-48ca-b1e5-cf597dbff381',3,'un-cyber-diplomacy','history-of-the-dialogue','two-tracks','un-cyber-diplomacy/history-of-the-dialogue/two-tracks','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382834);
INSERT INTO events VALUES(34,'5a2cade9-86f2-472f-b423-03dc97499ddd',3,'un-cyber-diplomacy','history-of-the-dialogue','first-oewg','un-cyber-diplomacy/history-of-the-dialogue/first-oewg','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382834);
INSERT INTO events VALUES(35,'745cc4e5-9ddd-4c63-a749-c05b27285ab7',3,'un-cyber-diplomacy','history-of-the-dialogue','gge-2021','un-cyber-diplomacy/history-of-the-dialogue/gge-2021','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382834);
INSERT INTO events VALUES(36,'36182310-9ae1-4616-91ef-2f10f053bae0',3,'un-cyber-diplomacy','history-of-the-dialogue','framework','un-cyber-diplomacy/history-of-the-dialogue/framework','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382834);
INSERT INTO events VALUES(37,'1c87d4a6-7188-4f25-9d38-644031c6695b',3,'un-cyber-diplomacy','history-of-the-dialogue','oewg-2021-2025','un-cyber-diplomacy/history-of-the-dialogue/oewg-2021-2025','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382834);
INSERT INTO events VALUES(38,'dc05bf3c-0528-4eb0-9b62-f5b27edcbd86',3,'un-cyber-diplomacy','history-of-the-dialogue','timeline','un-cyber-diplomacy/history-of-the-dialogue/timeline','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382834);
INSERT INTO events VALUES(39,'92d2a8ac-7a3d-464b-9c77-f7a07b91b84a',3,'un-cyber-diplomacy','history-of-the-dialogue','at-the-table','un-cyber-diplomacy/history-of-the-dialogue/at-the-table','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382834);
INSERT INTO events VALUES(40,'1b46132a-2c75-4eee-b9e0-4549db61459e',3,'un-cyber-diplomacy','history-of-the-dialogue','engage','un-cyber-diplomacy/history-of-the-dialogue/engage','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382834);
INSERT INTO events VALUES(41,'ac479e60-5d2c-4153-a331-bf38fd802d54',3,'un-cyber-diplomacy','history-of-the-dialogue','quiz','un-cyber-diplomacy/history-of-the-dialogue/quiz','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181382834);
INSERT INTO events VALUES(42,'6a9775e7-1cc7-4782-b146-f4228a9377bf',3,'un-cyber-diplomacy','history-of-the-dialogue','history-check','un-cyber-diplomacy/history-of-the-dialogue/history-check','http://adlnet.gov/expapi/verbs/answered','{"completion":true,"response":{"capacity-principles":["gender","sustainable","neutral"],"first-gge-outcome":false,"first-resolution":"russia","gge-2013":"law-applies","gge-2017-failure":"responses","gge-2021-ihl":"armed-conflict","gm-features":["permanent","biennial","dtgs"],"lauber-country":"Switzerland","norms-count":11.0,"oewg-open":true,"oewg2-sessions":11.0,"order-events":["res-53-70","law-applies","two-tracks","oewg-report","poc-launch","gm-agreed"],"six-areas":["intl-law","dialogue","threats"],"tracks-matching":{"r70-237":"r70-237","r73-266":"r73-266","r73-27":"r73-27","r75-240":"r75-240"}},"score":{"max":14.0,"min":0,"raw":14.0,"scaled":1.0},"success":true}',1796181382834);
INSERT INTO events VALUES(43,'48b42b39-12d9-48a8-94bd-2d2c96dd9fad',3,'un-cyber-diplomacy','m1','quiz-0','un-cyber-diplomacy/m1/quiz-0','http://adlnet.gov/expapi/verbs/answered','{"completion":true,"response":{"token":"Chen Wei-11961-0"},"score":{"max":4.0,"min":0,"raw":0.0,"scaled":0.0},"success":false}',1796181383279);
INSERT INTO events VALUES(44,'a66df688-e0a3-442e-b152-978c2c6767c6',3,'un-cyber-diplomacy','m1','reflection-1','un-cyber-diplomacy/m1/reflection-1','http://adlnet.gov/expapi/verbs/responded','{"response":"Chen Wei-11961-1"}',1796181383279);
INSERT INTO events VALUES(45,'f1902c5a-4efa-4750-b17f-1310f704d9cb',3,'un-cyber-diplomacy','m1','Chen Wei-11961-2','un-cyber-diplomacy/m1/Chen Wei-11961-2','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181383345);
INSERT INTO events VALUES(46,'149e1023-fbf0-4b17-8751-77adaeb88cf7',3,'un-cyber-diplomacy','m2','Chen Wei-11961-3','un-cyber-diplomacy/m2/Chen Wei-11961-3','http://adlnet.gov/expapi/verbs/commented','{"response":"note Chen Wei-11961-3"}',1796181383345);
INSERT INTO events VALUES(47,'3c0babb0-e1fb-4683-9b11-95f3ddeb8658',3,'un-cyber-diplomacy','m1','quiz-1','un-cyber-diplomacy/m1/quiz-1','http://adlnet.gov/expapi/verbs/answered','{"completion":true,"response":{"token":"Chen Wei-11961-4"},"score":{"max":4.0,"min":0,"raw":4.0,"scaled":1.0},"success":true}',1796181383350);
INSERT INTO events VALUES(48,'2d344b74-b599-4a7d-b31e-375294ab493b',3,'un-cyber-diplomacy','m1','reflection-1','un-cyber-diplomacy/m1/reflection-1','http://adlnet.gov/expapi/verbs/responded','{"response":"Chen Wei-11961-5"}',1796181383350);
INSERT INTO events VALUES(49,'43aa0e33-d7f0-4fbc-a25c-ac40d69f81c3',3,'un-cyber-diplomacy','m1','Chen Wei-11961-6','un-cyber-diplomacy/m1/Chen Wei-11961-6','http://adlnet.gov/expapi/verbs/experienced','{"completion":true}',1796181383381);
INSERT INTO events VALUES(50,'3f4d8fde-b62a-42bd-aa42-e31380c6aa04',3,'un-cyber-diplomacy','m2','Chen Wei-11961-7','un-cyber-diplomacy/m2/Chen Wei-11961-7','http://adlnet.gov/expapi/verbs/commented','{"response":"note Chen Wei-11961-7"}',1796181383381);
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
INSERT INTO section_progress VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','overview',1796181380605,0.0,0,1);
INSERT INTO section_progress VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','origins',1796181380605,0.0,0,2);
INSERT INTO section_progress VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','gge-years',1796181380605,0.0,0,3);
INSERT INTO section_progress VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','two-tracks',1796181380605,0.0,0,4);
INSERT INTO section_progress VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','first-oewg',1796181380605,0.0,0,5);
INSERT INTO section_progress VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','gge-2021',1796181380605,0.0,0,6);
INSERT INTO section_progress VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','framework',1796181380605,0.0,0,7);
INSERT INTO section_progress VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','oewg-2021-2025',1796181380605,0.0,0,8);
INSERT INTO section_progress VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','timeline',1796181380605,0.0,0,9);
INSERT INTO section_progress VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','at-the-table',1796181380606,0.0,0,10);
INSERT INTO section_progress VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','engage',1796181380606,0.0,0,11);
INSERT INTO section_progress VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','quiz',1796181380606,0.0,0,12);
INSERT INTO section_progress VALUES(1,'un-cyber-diplomacy','future-processes','overview',1796181381381,0.0,0,16);
INSERT INTO section_progress VALUES(1,'un-cyber-diplomacy','future-processes','open-questions',1796181381381,0.0,0,17);
INSERT INTO section_progress VALUES(2,'un-cyber-diplomacy','cybercrime-treaty','overview',1796181382094,0.0,0,18);
INSERT INTO section_progress VALUES(2,'un-cyber-diplomacy','cybercrime-treaty','two-tracks',1796181382094,0.0,0,19);
INSERT INTO section_progress VALUES(2,'un-cyber-diplomacy','cybercrime-treaty','budapest',1796181382094,0.0,0,20);
INSERT INTO section_progress VALUES(2,'un-cyber-diplomacy','cybercrime-treaty','ad-hoc-committee',1796181382094,0.0,0,21);
INSERT INTO section_progress VALUES(2,'un-cyber-diplomacy','cybercrime-treaty','disputes',1796181382094,0.0,0,22);
INSERT INTO section_progress VALUES(2,'un-cyber-diplomacy','cybercrime-treaty','adoption',1796181382094,0.0,0,23);
INSERT INTO section_progress VALUES(2,'un-cyber-diplomacy','cybercrime-treaty','hanoi',1796181382094,0.0,0,24);
INSERT INTO section_progress VALUES(2,'un-cyber-diplomacy','cybercrime-treaty','timeline',1796181382094,0.0,0,25);
INSERT INTO section_progress VALUES(2,'un-cyber-diplomacy','cybercrime-treaty','engage',1796181382094,0.0,0,26);
INSERT INTO section_progress VALUES(2,'un-cyber-diplomacy','cybercrime-treaty','quiz',1796181382094,0.0,0,27);
INSERT INTO section_progress VALUES(3,'un-cyber-diplomacy','history-of-the-dialogue','overview',1796181382833,0.0,0,30);
INSERT INTO section_progress VALUES(3,'un-cyber-diplomacy','history-of-the-dialogue','origins',1796181382834,0.0,0,31);
INSERT INTO section_progress VALUES(3,'un-cyber-diplomacy','history-of-the-dialogue','gge-years',1796181382834,0.0,0,32);
INSERT INTO section_progress VALUES(3,'un-cyber-diplomacy','history-of-the-dialogue','two-tracks',1796181382834,0.0,0,33);
INSERT INTO section_progress VALUES(3,'un-cyber-diplomacy','history-of-the-dialogue','first-oewg',1796181382834,0.0,0,34);
INSERT INTO section_progress VALUES(3,'un-cyber-diplomacy','history-of-the-dialogue','gge-2021',1796181382834,0.0,0,35);
INSERT INTO section_progress VALUES(3,'un-cyber-diplomacy','history-of-the-dialogue','framework',1796181382834,0.0,0,36);
INSERT INTO section_progress VALUES(3,'un-cyber-diplomacy','history-of-the-dialogue','oewg-2021-2025',1796181382834,0.0,0,37);
INSERT INTO section_progress VALUES(3,'un-cyber-diplomacy','history-of-the-dialogue','timeline',1796181382834,0.0,0,38);
INSERT INTO section_progress VALUES(3,'un-cyber-diplomacy','history-of-the-dialogue','at-the-table',1796181382834,0.0,0,39);
INSERT INTO section_progress VALUES(3,'un-cyber-diplomacy','history-of-the-dialogue','engage',1796181382834,0.0,0,40);
INSERT INTO section_progress VALUES(3,'un-cyber-diplomacy','history-of-the-dialogue','quiz',1796181382834,0.0,0,41);
INSERT INTO section_progress VALUES(3,'un-cyber-diplomacy','m1','Chen Wei-11961-2',1796181383345,0.0,0,45);
INSERT INTO section_progress VALUES(3,'un-cyber-diplomacy','m1','Chen Wei-11961-6',1796181383381,0.0,0,49);
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
INSERT INTO quiz_attempts VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','history-check',1,'{"capacity-principles":["gender","sustainable","neutral"],"first-gge-outcome":true,"first-resolution":"russia","gge-2013":"law-applies","gge-2017-failure":"responses","gge-2021-ihl":"armed-conflict","gm-features":["permanent","biennial","dtgs"],"lauber-country":"Switzerland","norms-count":11.0,"oewg-open":true,"oewg2-sessions":11.0,"order-events":["res-53-70","law-applies","two-tracks","oewg-report","poc-launch","gm-agreed"],"six-areas":["intl-law","dialogue","threats"],"tracks-matching":{"r70-237":"r70-237","r73-266":"r73-266","r73-27":"r73-27","r75-240":"r75-240"}}',13.0,14.0,1,1796181380606,13);
INSERT INTO quiz_attempts VALUES(2,'un-cyber-diplomacy','cybercrime-treaty','cybercrime-check',1,'{"adoption-facts":["date","no-vote","structure"],"budapest-dates":2002.0,"budapest-open":false,"chair-country":"Algeria","committees":{"crime":"security","security":"crime"},"crime-order":["budapest","res","concluding","reconvened","adoption","hanoi"],"evidence-scope":false,"ratifications":40.0,"res-74-247":"divided","safeguard-articles":{"art14":"art14","art16":"art16","art24":"art24","art6":"art6"},"scope-positions":["speech","few-enabled","cyber-dependent"],"secretariat":"unodc","signing-effect":"intention"}',11.0,13.0,1,1796181382094,28);
INSERT INTO quiz_attempts VALUES(3,'un-cyber-diplomacy','history-of-the-dialogue','history-check',1,'{"capacity-principles":["gender","sustainable","neutral"],"first-gge-outcome":false,"first-resolution":"russia","gge-2013":"law-applies","gge-2017-failure":"responses","gge-2021-ihl":"armed-conflict","gm-features":["permanent","biennial","dtgs"],"lauber-country":"Switzerland","norms-count":11.0,"oewg-open":true,"oewg2-sessions":11.0,"order-events":["res-53-70","law-applies","two-tracks","oewg-report","poc-launch","gm-agreed"],"six-areas":["intl-law","dialogue","threats"],"tracks-matching":{"r70-237":"r70-237","r73-266":"r73-266","r73-27":"r73-27","r75-240":"r75-240"}}',14.0,14.0,1,1796181382834,42);
INSERT INTO quiz_attempts VALUES(3,'un-cyber-diplomacy','m1','quiz-0',1,'{"token":"Chen Wei-11961-0"}',0.0,4.0,0,1796181383279,43);
INSERT INTO quiz_attempts VALUES(3,'un-cyber-diplomacy','m1','quiz-1',1,'{"token":"Chen Wei-11961-4"}',4.0,4.0,1,1796181383350,47);
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
INSERT INTO reflection_revisions VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','ihl-restraint-or-legitimation',1,'The first resolution in 1998 put the topic on the agenda.',1796181380606,14);
INSERT INTO reflection_revisions VALUES(1,'un-cyber-diplomacy','history-of-the-dialogue','ihl-restraint-or-legitimation',2,'The first resolution (53/70, 1998) put ICT security on the First Committee''s agenda.',1796181380606,15);
INSERT INTO reflection_revisions VALUES(2,'un-cyber-diplomacy','cybercrime-treaty','cybercrime-scope-rights',1,'The convention was adopted by the General Assembly in December 2024.',1796181382095,29);
INSERT INTO reflection_revisions VALUES(3,'un-cyber-diplomacy','m1','reflection-1',1,'Chen Wei-11961-1',1796181383279,44);
INSERT INTO reflection_revisions VALUES(3,'un-cyber-diplomacy','m1','reflection-1',2,'Chen Wei-11961-5',1796181383350,48);
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
INSERT INTO notes VALUES(3,'un-cyber-diplomacy','m2','Chen Wei-11961-3','note Chen Wei-11961-3',1796181383345,46);
INSERT INTO notes VALUES(3,'un-cyber-diplomacy','m2','Chen Wei-11961-7','note Chen Wei-11961-7',1796181383381,50);
CREATE TABLE learner_settings (
    learner_id INTEGER PRIMARY KEY REFERENCES learners(id),
    json       TEXT NOT NULL,
    ts_ms      INTEGER NOT NULL,
    event_seq  INTEGER NOT NULL REFERENCES events(seq)
) STRICT;
CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
INSERT INTO store_meta VALUES('migrated_by','lectern 0.1.0');
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
CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE INDEX events_by_learner ON events (learner_id, course_id, ts_ms);
CREATE INDEX events_by_object ON events (course_id, module_id, item_id);
COMMIT;
