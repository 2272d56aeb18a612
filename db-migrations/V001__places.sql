-- Provinces (시/도) and districts (시/군/구, and the general districts of large cities such as 수원시 장안구),
-- keyed by the two- and five-digit administrative (법정동) codes in force in March 2020, when the seller list was
-- published. Written in SQL that both MySQL/MariaDB and the embedded H2 default accept.
CREATE TABLE province (
    code       CHAR(2)     NOT NULL PRIMARY KEY,
    name       VARCHAR(20) NOT NULL UNIQUE,
    short_name VARCHAR(10) NOT NULL UNIQUE,
    name_en    VARCHAR(40) NOT NULL,
    sort_order INT         NOT NULL
);

CREATE TABLE district (
    code          CHAR(5)     NOT NULL PRIMARY KEY,
    province_code CHAR(2)     NOT NULL,
    name          VARCHAR(30) NOT NULL,
    name_en       VARCHAR(60) NOT NULL,
    CONSTRAINT fk_district_province FOREIGN KEY (province_code) REFERENCES province (code),
    CONSTRAINT uq_district_name UNIQUE (province_code, name)
);

-- Other spellings met in addresses: abbreviations (서울시, 경남), former names (인천 남구), merged towns.
CREATE TABLE province_alias (
    alias         VARCHAR(20) NOT NULL PRIMARY KEY,
    province_code CHAR(2)     NOT NULL,
    CONSTRAINT fk_province_alias FOREIGN KEY (province_code) REFERENCES province (code)
);

CREATE TABLE district_alias (
    province_code CHAR(2)     NOT NULL,
    alias         VARCHAR(30) NOT NULL,
    district_code CHAR(5)     NOT NULL,
    PRIMARY KEY (province_code, alias),
    CONSTRAINT fk_district_alias_province FOREIGN KEY (province_code) REFERENCES province (code),
    CONSTRAINT fk_district_alias_district FOREIGN KEY (district_code) REFERENCES district (code)
);
