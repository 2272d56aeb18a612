-- Pharmacists' reports. Every report is kept with who made it (the account, and the point-of-sale token when it
-- came through the API) and when; an undo marks the report, never deletes
-- it. Times are DATETIME(3) in UTC.
CREATE TABLE report (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seller_code VARCHAR(10)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    amount      INT,
    notice      VARCHAR(800),
    reported_at DATETIME(3)  NOT NULL,
    account_id  BIGINT       NOT NULL,
    -- the point-of-sale token the report came through; null when a person used the form
    api_token_id BIGINT,
    undone_at   DATETIME(3),
    CONSTRAINT fk_report_seller FOREIGN KEY (seller_code) REFERENCES seller (code),
    CONSTRAINT fk_report_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_report_kind CHECK (kind IN ('SOLD_OUT', 'QUEUE', 'REMAINING', 'CLOSED', 'REOPENED', 'RESTOCKED', 'NOTICE'))
);

CREATE INDEX ix_report_seller_time ON report (seller_code, reported_at);
CREATE INDEX ix_report_time ON report (reported_at);
