-- Every seller of public masks: pharmacies (01), post offices (02), Nonghyup marts (03).
-- A seller whose address could not be placed keeps district_code NULL and says why in unplaced_reason.
CREATE TABLE seller (
    code            VARCHAR(10)   NOT NULL PRIMARY KEY,
    name            VARCHAR(100)  NOT NULL,
    seller_type     CHAR(2)       NOT NULL,
    address         VARCHAR(300)  NOT NULL,
    latitude        DECIMAL(10, 7),
    longitude       DECIMAL(10, 7),
    district_code   CHAR(5),
    placed_by       VARCHAR(20)   NOT NULL,
    unplaced_reason VARCHAR(40),
    CONSTRAINT fk_seller_district FOREIGN KEY (district_code) REFERENCES district (code)
);

CREATE INDEX ix_seller_district ON seller (district_code);

-- Rows of a seller file that could not be loaded at all, kept for administrators with line and reason.
CREATE TABLE seller_file_problem (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_name VARCHAR(100)  NOT NULL,
    line_number INT           NOT NULL,
    reason      VARCHAR(40)   NOT NULL,
    raw_line    VARCHAR(1000),
    CONSTRAINT uq_seller_file_problem UNIQUE (source_name, line_number)
);
