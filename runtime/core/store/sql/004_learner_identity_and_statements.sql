-- Schema version 4: records shaped for the outside world.
--
-- Learners get a UUID (their xAPI account name: never their display name) and an optional
-- external id (an employee number), unique when present. Existing learners get a random
-- version 4 UUID here; every new learner gets one from the trigger below unless the insert
-- gives one. A UUID, once set, never changes.
--
-- Events get their kind ("section_read", ...; xapi/statement.h) and the xAPI statements the
-- writer rendered for them, one compact JSON per line, kept byte for byte for sync. Older
-- rows keep NULL in both (events are append-only) and are rendered from the row when read.

ALTER TABLE learners ADD COLUMN uuid TEXT;
ALTER TABLE learners ADD COLUMN external_id TEXT;

-- 8-4-4-4-12 hex digits, version nibble 4, variant 8..b. Each randomblob() call is fresh per
-- row (a non-deterministic function is never cached), so every learner gets their own.
UPDATE learners SET uuid =
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
    WHERE uuid IS NULL;

CREATE UNIQUE INDEX learners_by_uuid ON learners (uuid);
CREATE UNIQUE INDEX learners_by_external_id ON learners (external_id) WHERE external_id IS NOT NULL;

CREATE TRIGGER learners_get_a_uuid AFTER INSERT ON learners WHEN NEW.uuid IS NULL
BEGIN
    UPDATE learners SET uuid =
        lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
        substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
        substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
        WHERE id = NEW.id;
END;

CREATE TRIGGER learners_keep_their_uuid BEFORE UPDATE OF uuid ON learners
    WHEN OLD.uuid IS NOT NULL AND NEW.uuid IS NOT OLD.uuid
BEGIN SELECT RAISE(ABORT, 'a learner''s uuid never changes'); END;

ALTER TABLE events ADD COLUMN kind TEXT;
ALTER TABLE events ADD COLUMN statement TEXT;
