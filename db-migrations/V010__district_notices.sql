-- District notices: what a district office tells its residents for a while ("내일 입고 14시로 지연"), shown on the
-- district's public pages from starts_at until ends_at (starts_at included, ends_at not). A withdrawn notice is
-- marked, never deleted, so the officials' list keeps what residents were told. Times are DATETIME(3) in UTC.
CREATE TABLE district_notice (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    district_code CHAR(5)       NOT NULL,
    notice_text   VARCHAR(800)  NOT NULL,
    starts_at     DATETIME(3)   NOT NULL,
    ends_at       DATETIME(3)   NOT NULL,
    account_id    BIGINT        NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    withdrawn_at  DATETIME(3),
    CONSTRAINT fk_district_notice_district FOREIGN KEY (district_code) REFERENCES district (code),
    CONSTRAINT fk_district_notice_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_district_notice_span CHECK (ends_at > starts_at)
);

-- the officials' list of a district's notices, newest first
CREATE INDEX ix_district_notice_district ON district_notice (district_code, id);
-- the start-up read of the notices not ended yet, onto the in-memory board
CREATE INDEX ix_district_notice_ends ON district_notice (ends_at);
