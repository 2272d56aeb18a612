-- Bearer tokens a pharmacist creates for a point-of-sale program, which then reports on the account's behalf (for
-- the sellers the account is bound to, checked on every report). Only the SHA-256 of a token is kept: a copy of
-- this table lets nobody report. A token is revoked, never deleted, so that the reports it made keep their source.
-- Times are DATETIME(3) in UTC.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT       NOT NULL,
    name         VARCHAR(400) NOT NULL,
    -- lower-case hex of SHA-256 over the whole token as sent
    token_hash   CHAR(64)     NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    last_used_at DATETIME(3),
    revoked_at   DATETIME(3),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    -- a token is the account's credential and means nothing without it; the reports it made still hold it back
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX ix_api_token_account ON api_token (account_id);

ALTER TABLE report ADD CONSTRAINT fk_report_api_token FOREIGN KEY (api_token_id) REFERENCES api_token (id);
