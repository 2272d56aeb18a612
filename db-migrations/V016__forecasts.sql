-- Sell-out forecasts (DESIGN.md rule 8). Each sales day, once it is over, is read from feed_history and report
-- once: what it tells of each seller with a delivery goes to seller_day, and the forecasts shown that day are
-- judged in hindsight per district in forecast_day. Patterns are learned in memory from the last weeks of
-- seller_day, never from the whole history. Days (sales_day) are Korean dates; times are DATETIME(3) in UTC.

-- a day already read, even if nobody had a delivery in it
CREATE TABLE forecast_learned (
    sales_day   DATE        NOT NULL PRIMARY KEY,
    learned_at  DATETIME(3) NOT NULL
);

-- a seller's day with a delivery: the delivery (the feed's stock_at), when the feed first showed each band of it
-- (its created_at, lagging as the feed does) and the pharmacist's first "sold out" after it
CREATE TABLE seller_day (
    sales_day            DATE        NOT NULL,
    seller_code          VARCHAR(10) NOT NULL,
    district_code        CHAR(5),
    delivered_at         DATETIME(3) NOT NULL,
    some_at              DATETIME(3),
    few_at               DATETIME(3),
    empty_at             DATETIME(3),
    reported_sold_out_at DATETIME(3),
    PRIMARY KEY (sales_day, seller_code),
    CONSTRAINT fk_seller_day_day FOREIGN KEY (sales_day) REFERENCES forecast_learned (sales_day) ON DELETE CASCADE
);

-- how a district's forecasts did on one day: forecasts shown, and those right in hindsight (ForecastRecord)
CREATE TABLE forecast_day (
    sales_day     DATE    NOT NULL,
    district_code CHAR(5) NOT NULL,
    forecasts     INT     NOT NULL,
    right_ones    INT     NOT NULL,
    PRIMARY KEY (sales_day, district_code),
    CONSTRAINT fk_forecast_day_day FOREIGN KEY (sales_day) REFERENCES forecast_learned (sales_day) ON DELETE CASCADE
);
