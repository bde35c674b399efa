-- Tally's moderation store: the change log, members' reports and pinned summaries. One file for SQLite and
-- PostgreSQL alike: only types and statements both read the same way. Times are epoch milliseconds (UTC).

-- Sequence numbers, assigned inside the writing transaction (UPDATE ... value + 1 locks the row, so writers from
-- several processes take turns and ids have no gaps). 'change' is also the store's revision.
CREATE TABLE counter (
    name  VARCHAR(20) PRIMARY KEY,
    value BIGINT      NOT NULL
);
INSERT INTO counter (name, value) VALUES ('change', 0);
INSERT INTO counter (name, value) VALUES ('report', 0);

-- Every hide, fix and undo, never deleted. The claim is named by what survives a re-index (file, sentence, figure
-- wording) plus the id and metric shown when the change was made. before/after are JSON objects of the fields touched.
CREATE TABLE claim_change (
    id             BIGINT       PRIMARY KEY,
    at_ms          BIGINT       NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    action         VARCHAR(10)  NOT NULL,
    claim_id       VARCHAR(40)  NOT NULL,
    claim_file     TEXT         NOT NULL,
    claim_sentence TEXT         NOT NULL,
    claim_wording  TEXT         NOT NULL,
    claim_metric   VARCHAR(40)  NOT NULL,
    before_json    TEXT         NOT NULL,
    after_json     TEXT         NOT NULL,
    reason         TEXT         NOT NULL,
    undoes         BIGINT       REFERENCES claim_change (id),
    undone_by      BIGINT       REFERENCES claim_change (id)
);

-- One report per member and claim id; a second report of the same claim updates the first.
CREATE TABLE member_report (
    id             BIGINT       PRIMARY KEY,
    member         VARCHAR(100) NOT NULL,
    claim_id       VARCHAR(40)  NOT NULL,
    claim_file     TEXT         NOT NULL,
    claim_sentence TEXT         NOT NULL,
    claim_wording  TEXT         NOT NULL,
    claim_metric   VARCHAR(40)  NOT NULL,
    reason         VARCHAR(20)  NOT NULL,
    note           TEXT,
    filed_ms       BIGINT       NOT NULL,
    resolved_by    BIGINT       REFERENCES claim_change (id),
    UNIQUE (member, claim_id)
);
CREATE INDEX member_report_recent ON member_report (member, filed_ms);
CREATE INDEX member_report_claim ON member_report (claim_id);

-- Summaries Tally posted and pinned, edited in place when the figures change. shown_json maps claim id -> digest.
CREATE TABLE pinned_summary (
    message_id VARCHAR(20) PRIMARY KEY,
    guild_id   VARCHAR(20) NOT NULL,
    channel_id VARCHAR(20) NOT NULL,
    posted_ms  BIGINT      NOT NULL,
    updated_ms BIGINT      NOT NULL,
    version    TEXT        NOT NULL,
    shown_json TEXT        NOT NULL
);
