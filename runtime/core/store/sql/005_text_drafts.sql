-- Schema version 5: the text of a reflection or note as it is being typed, a few hundred
-- milliseconds behind the keyboard, so a crash or a power cut loses at most that. One row per
-- learner and text, replaced while the learner types and removed by the revision (or note)
-- saved when they pause. Not events: a draft is never a learning record. A row still here
-- when the store opens is the end of an interrupted session, and becomes that revision.
CREATE TABLE text_drafts (
    learner_id INTEGER NOT NULL REFERENCES learners(id),
    course_id  TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('reflection', 'note')),
    module_id  TEXT NOT NULL,
    item_id    TEXT NOT NULL,            -- the reflection id, or the section id of a note
    text       TEXT NOT NULL,
    ts_ms      INTEGER NOT NULL,
    PRIMARY KEY (learner_id, course_id, kind, module_id, item_id)
) STRICT;
