-- Schema version 2: indexes for reports and orphan scans over many learners, and a record of
-- which app version last migrated the file (helps a technician reading a learner's database).

CREATE INDEX events_by_learner ON events (learner_id, course_id, ts_ms);
CREATE INDEX events_by_object ON events (course_id, module_id, item_id);

CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
