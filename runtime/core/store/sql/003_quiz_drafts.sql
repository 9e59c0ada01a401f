-- Schema version 3: answers given in a quiz but not yet submitted, so a crash or a closed
-- window never loses them. One row per learner and quiz, replaced on every change and
-- removed by the attempt that submits it (the event log keeps every draft as a statement).
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
