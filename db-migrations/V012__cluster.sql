-- Running several portal instances on one database (README "Running a cluster").

-- Who polls the feed: one row per lease, taken or renewed with one conditional UPDATE (the holder itself, or
-- anyone once it has expired), so that exactly one live instance polls and another takes over when it dies.
-- Times are DATETIME(3) in UTC, read from the instances' system clocks.
CREATE TABLE feed_lease (
    name       VARCHAR(20)  NOT NULL PRIMARY KEY,
    holder     VARCHAR(120) NOT NULL,
    expires_at DATETIME(3)  NOT NULL
);

INSERT INTO feed_lease (name, holder, expires_at) VALUES ('feed', '', '2000-01-01 00:00:00.000');

-- The instances that did not take a report back learn of it by reading today's undone reports: by undo time.
CREATE INDEX ix_report_undone ON report (undone_at);
