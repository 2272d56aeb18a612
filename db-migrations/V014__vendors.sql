-- Point-of-sale vendors: a company whose program reports for many sellers at once (README "Point-of-sale API").
-- An administrator registers the vendor and binds it to a list of seller codes; the vendor's tokens report for
-- exactly those sellers. Vendors are kept, never deleted, so that the reports they made keep their source.
-- Times are DATETIME(3) in UTC.
CREATE TABLE vendor (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(400) NOT NULL,
    contact    VARCHAR(800) NOT NULL,
    created_at DATETIME(3)  NOT NULL
);

-- The sellers a vendor may report for.
CREATE TABLE vendor_seller (
    vendor_id   BIGINT      NOT NULL,
    seller_code VARCHAR(10) NOT NULL,
    PRIMARY KEY (vendor_id, seller_code),
    CONSTRAINT fk_vendor_seller_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_vendor_seller_seller FOREIGN KEY (seller_code) REFERENCES seller (code)
);

CREATE INDEX ix_vendor_seller_seller ON vendor_seller (seller_code);

-- A token is a pharmacist account's or a vendor's, never both. A rotated vendor token keeps working until
-- expires_at (the overlap that lets the vendor roll the new one out), then is refused like a revoked one.
-- account_id becomes nullable the one way MariaDB and H2 share: a new column, the values copied over, the old
-- column dropped with its foreign key and the new one renamed (MODIFY is MySQL's, ALTER COLUMN ... NULL H2's).
ALTER TABLE api_token ADD COLUMN vendor_id BIGINT;
ALTER TABLE api_token ADD COLUMN expires_at DATETIME(3);
ALTER TABLE api_token ADD COLUMN holder_account_id BIGINT;
UPDATE api_token SET holder_account_id = account_id;
ALTER TABLE api_token DROP CONSTRAINT fk_api_token_account;
DROP INDEX ix_api_token_account ON api_token;
ALTER TABLE api_token DROP COLUMN account_id;
ALTER TABLE api_token RENAME COLUMN holder_account_id TO account_id;
CREATE INDEX ix_api_token_account ON api_token (account_id);
ALTER TABLE api_token ADD CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
    ON DELETE CASCADE;
ALTER TABLE api_token ADD CONSTRAINT fk_api_token_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id);
ALTER TABLE api_token ADD CONSTRAINT ck_api_token_holder
    CHECK ((account_id IS NOT NULL AND vendor_id IS NULL) OR (account_id IS NULL AND vendor_id IS NOT NULL));
CREATE INDEX ix_api_token_vendor ON api_token (vendor_id);

-- Every report says who made it: a person (account_id, and api_token_id when through their own token) or a vendor
-- (vendor_id and the token it came through).
ALTER TABLE report ADD COLUMN vendor_id BIGINT;
ALTER TABLE report ADD COLUMN person_account_id BIGINT;
UPDATE report SET person_account_id = account_id;
ALTER TABLE report DROP CONSTRAINT fk_report_account;
ALTER TABLE report DROP COLUMN account_id;
ALTER TABLE report RENAME COLUMN person_account_id TO account_id;
CREATE INDEX ix_report_account ON report (account_id);
ALTER TABLE report ADD CONSTRAINT fk_report_account FOREIGN KEY (account_id) REFERENCES account (id);
CREATE INDEX ix_report_vendor ON report (vendor_id);
ALTER TABLE report ADD CONSTRAINT fk_report_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id);
ALTER TABLE report ADD CONSTRAINT ck_report_reporter
    CHECK ((account_id IS NOT NULL AND vendor_id IS NULL) OR (account_id IS NULL AND vendor_id IS NOT NULL));
