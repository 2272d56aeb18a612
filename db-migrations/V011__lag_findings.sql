-- The feed-lag findings of days that are over, kept so that the country-wide lag report after a restart reads a
-- few tens of thousands of findings instead of judging a week of feed history again (LagRules over every reporting
-- seller). Only a cache of what feed_history and report say: a day is judged again, and its rows replaced, whenever
-- the fingerprint of its history (counts and last ids, as HistoryLoader.Fingerprint) is no longer the one stored.
-- Days (sales_day, not day: a keyword in H2) are Korean dates; times are DATETIME(3) in UTC.
CREATE TABLE lag_day (
    sales_day      DATE         NOT NULL PRIMARY KEY,
    feed_rows      BIGINT       NOT NULL,
    last_feed_id   BIGINT       NOT NULL,
    reports        BIGINT       NOT NULL,
    last_report_id BIGINT       NOT NULL,
    undone         BIGINT       NOT NULL,
    judged_at      DATETIME(3)  NOT NULL
);

-- a seller's findings of one day: how often its feed disagreed with its pharmacist (its episodes are below)
CREATE TABLE lag_seller_day (
    sales_day      DATE         NOT NULL,
    seller_code    VARCHAR(10)  NOT NULL,
    district_code  CHAR(5),
    disagreements  INT          NOT NULL,
    PRIMARY KEY (sales_day, seller_code),
    CONSTRAINT fk_lag_seller_day_day FOREIGN KEY (sales_day) REFERENCES lag_day (sales_day) ON DELETE CASCADE
);

-- one "sold out" while the feed still showed masks, in the order the seller's day had them (seq)
CREATE TABLE lag_episode (
    sales_day      DATE         NOT NULL,
    seller_code    VARCHAR(10)  NOT NULL,
    seq            INT          NOT NULL,
    reported_at    DATETIME(3)  NOT NULL,
    reports        INT          NOT NULL,
    outcome        VARCHAR(16)  NOT NULL,
    ended_at       DATETIME(3)  NOT NULL,
    lag_ms         BIGINT,
    PRIMARY KEY (sales_day, seller_code, seq),
    CONSTRAINT fk_lag_episode_seller_day FOREIGN KEY (sales_day, seller_code)
        REFERENCES lag_seller_day (sales_day, seller_code) ON DELETE CASCADE
);
