-- What a pharmacist tells residents about a seller beyond its stock: a phone number, opening hours per day of the
-- week (and on public holidays), and a short description of how they sell (number tickets, reservations). One row
-- per seller, changed in place; every change is logged with who made it and when (seller_details_change), and its
-- id is the row's revision, by which the other instances of a cluster find what changed (as reports by id).
-- Times are DATETIME(3) in UTC.
CREATE TABLE seller_details_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seller_code VARCHAR(10)  NOT NULL,
    account_id  BIGINT       NOT NULL,
    changed_at  DATETIME(3)  NOT NULL,
    CONSTRAINT fk_seller_details_change_seller FOREIGN KEY (seller_code) REFERENCES seller (code),
    CONSTRAINT fk_seller_details_change_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX ix_seller_details_change_seller ON seller_details_change (seller_code, id);

CREATE TABLE seller_details (
    seller_code VARCHAR(10)  NOT NULL PRIMARY KEY,
    -- digits only, as dialled in Korea ('0212345678', '01012345678', '15881234'); shown with hyphens; null: none given
    phone       VARCHAR(12),
    -- plain text of at most 200 characters, line breaks as \n; null: none given
    description VARCHAR(800),
    -- the seller_details_change that wrote this row
    revision    BIGINT       NOT NULL,
    CONSTRAINT fk_seller_details_seller FOREIGN KEY (seller_code) REFERENCES seller (code),
    CONSTRAINT fk_seller_details_revision FOREIGN KEY (revision) REFERENCES seller_details_change (id)
);

CREATE INDEX ix_seller_details_revision ON seller_details (revision);

-- Opening hours, one row per day given: day MON..SUN or HOL (public holidays). Both times null: closed that day;
-- otherwise open from opens_at to closes_at, 'HH:mm' Korea time, closing after opening on the same day ('24:00' is
-- midnight). A day without a row was not given.
CREATE TABLE seller_hours (
    seller_code VARCHAR(10)  NOT NULL,
    day_code    CHAR(3)      NOT NULL,
    opens_at    CHAR(5),
    closes_at   CHAR(5),
    PRIMARY KEY (seller_code, day_code),
    CONSTRAINT fk_seller_hours_details FOREIGN KEY (seller_code) REFERENCES seller_details (seller_code),
    CONSTRAINT ck_seller_hours_day CHECK (day_code IN ('MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN', 'HOL')),
    CONSTRAINT ck_seller_hours_times CHECK ((opens_at IS NULL AND closes_at IS NULL)
        OR (opens_at IS NOT NULL AND closes_at IS NOT NULL AND closes_at > opens_at))
);
