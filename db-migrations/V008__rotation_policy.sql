-- The public masks' purchase rules of 2020, kept as effective-dated data: a row holds from its date (a Korean
-- calendar day) until the next row's date. Two timelines, because they changed on different days:
--   * rotation_schedule (+ rotation_day, rotation_day_digit): who may buy on which day of the week (5부제);
--   * purchase_limit: how many masks, and what to bring.
-- Before the first row of a timeline the portal states nothing for it: no rotation rule, no limit. Each row says
-- what residents were told by the Ministry of Food and Drug Safety (식품의약품안전처) and the national press at the
-- time; what is an assumption of this portal is marked ASSUMPTION.
--
-- Not recorded (ASSUMPTION: left out rather than stated loosely): the sales from late February 2020 and the first
-- per-person limits before 2020-03-09; the proxy purchases (대리구매) for children, the elderly and the disabled with
-- their papers; foreigners' papers.

-- A period of the rotation. BY_BIRTH_YEAR: rotation_day says who may buy on each of the seven days;
-- ANYONE: anyone, any day (no rotation_day rows).
CREATE TABLE rotation_schedule (
    effective_from DATE        NOT NULL PRIMARY KEY,
    kind           VARCHAR(20) NOT NULL,
    CONSTRAINT ck_rotation_schedule_kind CHECK (kind IN ('BY_BIRTH_YEAR', 'ANYONE'))
);

-- One day of the week (ISO: 1 Monday ... 7 Sunday) of a BY_BIRTH_YEAR period. BIRTH_YEAR_DIGITS: those whose birth
-- year ends in one of the day's digits (rotation_day_digit); NOT_BOUGHT_THIS_WEEK: anyone who has not bought in
-- this week (Monday to Sunday).
CREATE TABLE rotation_day (
    effective_from DATE        NOT NULL,
    day_of_week    INT         NOT NULL,
    who            VARCHAR(30) NOT NULL,
    PRIMARY KEY (effective_from, day_of_week),
    CONSTRAINT fk_rotation_day_schedule FOREIGN KEY (effective_from) REFERENCES rotation_schedule (effective_from),
    CONSTRAINT ck_rotation_day_of_week CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_rotation_day_who CHECK (who IN ('BIRTH_YEAR_DIGITS', 'NOT_BOUGHT_THIS_WEEK'))
);

-- The last digits of the birth year a day is for; a digit belongs to one day of a period.
CREATE TABLE rotation_day_digit (
    effective_from DATE NOT NULL,
    day_of_week    INT  NOT NULL,
    digit          INT  NOT NULL,
    PRIMARY KEY (effective_from, digit),
    CONSTRAINT fk_rotation_day_digit_day FOREIGN KEY (effective_from, day_of_week)
        REFERENCES rotation_day (effective_from, day_of_week),
    CONSTRAINT ck_rotation_day_digit CHECK (digit BETWEEN 0 AND 9)
);

-- How many masks one person may buy, and what to bring. NULL weekly_limit: no limit. per_purchase_limit is the most
-- one person in a queue takes home at once (the status merge multiplies a queue by it). young_weekly_limit applies
-- instead of weekly_limit to those born in young_born_from or later. bring: ID_CARD (신분증), or NULL for nothing.
CREATE TABLE purchase_limit (
    effective_from     DATE        NOT NULL PRIMARY KEY,
    weekly_limit       INT,
    per_purchase_limit INT,
    young_born_from    INT,
    young_weekly_limit INT,
    bring              VARCHAR(20),
    CONSTRAINT ck_purchase_limit_weekly CHECK (weekly_limit IS NULL OR weekly_limit > 0),
    CONSTRAINT ck_purchase_limit_per_purchase CHECK (per_purchase_limit IS NULL
        OR (weekly_limit IS NOT NULL AND per_purchase_limit > 0 AND per_purchase_limit <= weekly_limit)),
    CONSTRAINT ck_purchase_limit_young CHECK ((young_born_from IS NULL AND young_weekly_limit IS NULL)
        OR (weekly_limit IS NOT NULL AND young_born_from IS NOT NULL
            AND young_weekly_limit IS NOT NULL AND young_weekly_limit > 0)),
    CONSTRAINT ck_purchase_limit_bring CHECK (bring IS NULL OR bring IN ('ID_CARD'))
);

-- 2020-03-09 (Monday): the 5부제. Weekdays by the last digit of the birth year (Mon 1·6, Tue 2·7, Wed 3·8,
-- Thu 4·9, Fri 5·0); Saturday and Sunday for anyone who has not bought that week.
-- ASSUMPTION: public holidays on a weekday (e.g. 2020-04-15, 2020-04-30, 2020-05-01, 2020-05-05) follow the day of
-- the week like any other weekday; the portal knows no holidays.
-- 2020-06-01: the 5부제 ends: anyone may buy on any day.
INSERT INTO rotation_schedule (effective_from, kind) VALUES
    ('2020-03-09', 'BY_BIRTH_YEAR'),
    ('2020-06-01', 'ANYONE');

INSERT INTO rotation_day (effective_from, day_of_week, who) VALUES
    ('2020-03-09', 1, 'BIRTH_YEAR_DIGITS'),
    ('2020-03-09', 2, 'BIRTH_YEAR_DIGITS'),
    ('2020-03-09', 3, 'BIRTH_YEAR_DIGITS'),
    ('2020-03-09', 4, 'BIRTH_YEAR_DIGITS'),
    ('2020-03-09', 5, 'BIRTH_YEAR_DIGITS'),
    ('2020-03-09', 6, 'NOT_BOUGHT_THIS_WEEK'),
    ('2020-03-09', 7, 'NOT_BOUGHT_THIS_WEEK');

INSERT INTO rotation_day_digit (effective_from, day_of_week, digit) VALUES
    ('2020-03-09', 1, 1), ('2020-03-09', 1, 6),
    ('2020-03-09', 2, 2), ('2020-03-09', 2, 7),
    ('2020-03-09', 3, 3), ('2020-03-09', 3, 8),
    ('2020-03-09', 4, 4), ('2020-03-09', 4, 9),
    ('2020-03-09', 5, 5), ('2020-03-09', 5, 0);

-- 2020-03-09: 2 masks per person per week, checked against the national duplicate-purchase system, so an ID card
--             (신분증) is shown at the counter.
-- 2020-04-27: 3 per week.
-- 2020-06-01: still 3 per week (with the end of the 5부제); 5 for those born in 2002 or later (18 and under, as
--             schools reopened).
-- 2020-06-18: 10 per week for everyone, and a week's masks may be bought in several visits; ID still checked.
--             (Announced 2020-06-16. The end of the 5부제 on 06-01 did not raise the limit: the announcement of
--             2020-05-29 kept 3 a week for adults.)
-- 2020-07-08: no limit and no duplicate-purchase check any more at the public-mask sellers.
-- 2020-07-12: the public-mask system ends; masks are sold freely in any shop. The same rule for residents as from
--             07-08, recorded for the date the system ended.
-- ASSUMPTION (per_purchase_limit): one person takes the whole weekly limit at once, the adults' limit while young
-- people had a larger one; from 2020-06-18 that is an upper bound (splitting was allowed).
INSERT INTO purchase_limit
    (effective_from, weekly_limit, per_purchase_limit, young_born_from, young_weekly_limit, bring) VALUES
    ('2020-03-09', 2, 2, NULL, NULL, 'ID_CARD'),
    ('2020-04-27', 3, 3, NULL, NULL, 'ID_CARD'),
    ('2020-06-01', 3, 3, 2002, 5, 'ID_CARD'),
    ('2020-06-18', 10, 10, NULL, NULL, 'ID_CARD'),
    ('2020-07-08', NULL, NULL, NULL, NULL, NULL),
    ('2020-07-12', NULL, NULL, NULL, NULL, NULL);
