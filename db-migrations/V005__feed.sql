-- The public stock feed. Times are DATETIME(3) in UTC.

-- Each change of a seller's feed status, not each poll: a new row only when the band or the delivery time
-- (stock_at) changes, so a whole day of polling the country stays at tens of thousands of rows.
CREATE TABLE feed_history (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seller_code VARCHAR(10) NOT NULL,
    observed_at DATETIME(3) NOT NULL,
    band        VARCHAR(10),
    stock_at    DATETIME(3),
    created_at  DATETIME(3),
    CONSTRAINT fk_feed_history_seller FOREIGN KEY (seller_code) REFERENCES seller (code)
);

CREATE INDEX ix_feed_history_seller ON feed_history (seller_code, id);
CREATE INDEX ix_feed_history_observed ON feed_history (observed_at);

-- One row per poll of one endpoint: when, how it went, and how many records were accepted or rejected, by reason
-- (a small JSON object, so that new reasons need no schema change).
CREATE TABLE feed_refresh (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    endpoint      VARCHAR(20)   NOT NULL,
    started_at    DATETIME(3)   NOT NULL,
    finished_at   DATETIME(3)   NOT NULL,
    outcome       VARCHAR(30)   NOT NULL,
    accepted      INT           NOT NULL,
    rejected      INT           NOT NULL,
    reason_counts VARCHAR(2000) NOT NULL
);

CREATE INDEX ix_feed_refresh_started ON feed_refresh (started_at);

-- A seller that disappeared from the feed's store list is marked, never deleted: its history stays readable.
ALTER TABLE seller ADD COLUMN vanished_at DATETIME(3);
