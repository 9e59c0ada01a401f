-- Schema version 8: the outbox to a learning record store (core/sync, docs/sync.md).
--
-- One row per xAPI statement, keyed by its id. `body` is the statement's text exactly as the
-- writer stored it in events.statement: it is sent byte for byte, every time, because an LRS
-- may answer 409 to a statement re-rendered with another timestamp format. Rows are made by
-- the sync worker from the event log (events.seq > sync_state.enqueued_seq), never by the
-- writer, so a learner's save costs nothing more.
--
-- state: waiting   to be sent (the LRS has not said it holds it)
--        sent      the LRS answered 200 or 204 for it
--        conflict  409: the LRS holds another statement with this id; never resent blindly,
--                  shown to the facilitator with the id
--        rejected  400: the LRS refused it for good; `message` keeps what it said
--        private   a reflection or a note: learners' own text stays on this machine. A
--                  reflection moves to waiting when its learner shares it with the facilitator.
--        received  came from the LRS (`lectern sync --pull`): it already holds it
CREATE TABLE outbox (
    statement_id TEXT PRIMARY KEY,
    event_seq    INTEGER NOT NULL REFERENCES events(seq),
    body         TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('waiting', 'sent', 'conflict', 'rejected', 'private', 'received')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    http_status  INTEGER,
    message      TEXT,
    queued_ms    INTEGER NOT NULL,
    sent_ms      INTEGER
) STRICT;

CREATE INDEX outbox_by_state ON outbox (state, event_seq);

-- One row: how far the event log has been turned into outbox rows, and the last outcome.
CREATE TABLE sync_state (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    enqueued_seq   INTEGER NOT NULL DEFAULT 0,
    last_sent_ms   INTEGER,
    last_error     TEXT,
    error_since_ms INTEGER,
    last_try_ms    INTEGER
) STRICT;

INSERT INTO sync_state (id) VALUES (1);
