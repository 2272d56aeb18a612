-- Staff accounts: administrators, district officials and pharmacists (residents never sign in).
-- login is stored trimmed and in lower case, so uniqueness means the same on MySQL (case-insensitive collation)
-- and H2 (case-sensitive). password_hash is never the password: it is the PBKDF2 form written and read by
-- Jakarta Security's Pbkdf2PasswordHash, algorithm:iterations:salt:hash (salt and hash in Base64).
-- Times are DATETIME(3) in UTC.
CREATE TABLE account (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    login         VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    account_role  VARCHAR(20)  NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    all_districts BOOLEAN      NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    CONSTRAINT uq_account_login UNIQUE (login),
    CONSTRAINT ck_account_role CHECK (account_role IN ('ADMINISTRATOR', 'OFFICIAL', 'PHARMACIST')),
    -- "every district" is an official's binding; nobody else may hold it by accident
    CONSTRAINT ck_account_all_districts CHECK (all_districts = FALSE OR account_role = 'OFFICIAL')
);

-- The sellers a pharmacist (or post office clerk) may report for.
CREATE TABLE account_seller (
    account_id  BIGINT      NOT NULL,
    seller_code VARCHAR(10) NOT NULL,
    PRIMARY KEY (account_id, seller_code),
    CONSTRAINT fk_account_seller_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_seller_seller FOREIGN KEY (seller_code) REFERENCES seller (code)
);

CREATE INDEX ix_account_seller_seller ON account_seller (seller_code);

-- The districts an official sees reports for, unless the account holds all_districts.
CREATE TABLE account_district (
    account_id    BIGINT  NOT NULL,
    district_code CHAR(5) NOT NULL,
    PRIMARY KEY (account_id, district_code),
    CONSTRAINT fk_account_district_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_district_district FOREIGN KEY (district_code) REFERENCES district (code)
);

CREATE INDEX ix_account_district_district ON account_district (district_code);
