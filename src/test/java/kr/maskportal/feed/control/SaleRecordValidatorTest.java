package kr.maskportal.feed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.maskportal.stock.entity.StockBand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SaleRecordValidatorTest {

    /** 10:00 in Korea. */
    private static final Instant NOW = Instant.parse("2020-03-11T01:00:00Z");
    private static final Set<String> KNOWN = Set.of("11111111", "01234567");

    private static SaleRecordValidator validate(FeedRecord... records) {
        SaleRecordValidator validator = new SaleRecordValidator(KNOWN, NOW);
        for (FeedRecord record : records) {
            validator.add(record);
        }
        return validator;
    }

    /** An empty cell is an absent field; ACCEPTED means the record became an observation. */
    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            11111111 | plenty  | 2020/03/11 08:00:00 | 2020/03/11 09:55:00 | ACCEPTED
            01234567 | few     | 2020/03/11 08:00:00 | 2020/03/11 09:55:00 | ACCEPTED
                     | few     | 2020/03/11 08:00:00 | 2020/03/11 09:55:00 | MISSING_CODE
            99999999 | few     | 2020/03/11 08:00:00 | 2020/03/11 09:55:00 | UNKNOWN_SELLER
            1234567  | few     | 2020/03/11 08:00:00 | 2020/03/11 09:55:00 | UNKNOWN_SELLER
            11111111 |         | 2020/03/11 08:00:00 | 2020/03/11 09:55:00 | ACCEPTED
            11111111 |         |                     |                     | ACCEPTED
            11111111 | break   |                     | 2020/03/11 09:55:00 | ACCEPTED
            11111111 | PLENTY  | 2020/03/11 08:00:00 | 2020/03/11 09:55:00 | ACCEPTED
            11111111 | lots    | 2020/03/11 08:00:00 | 2020/03/11 09:55:00 | UNKNOWN_REMAIN_STAT
            11111111 | 0       | 2020/03/11 08:00:00 | 2020/03/11 09:55:00 | UNKNOWN_REMAIN_STAT
            11111111 | some    | 2020-03-11 08:00:00 | 2020/03/11 09:55:00 | MALFORMED_TIME
            11111111 | some    | 2020/03/11 08:00:00 | 2020/03/11 9:55     | MALFORMED_TIME
            11111111 | some    | 2020/02/30 08:00:00 | 2020/03/11 09:55:00 | MALFORMED_TIME
            11111111 | some    | 2020/03/11 10:10:00 | 2020/03/11 09:55:00 | ACCEPTED
            11111111 | some    | 2020/03/11 10:10:01 | 2020/03/11 09:55:00 | FUTURE_TIME
            11111111 | some    | 2020/03/11 08:00:00 | 2020/03/11 10:10:00 | ACCEPTED
            11111111 | some    | 2020/03/11 08:00:00 | 2020/03/11 10:10:01 | FUTURE_TIME
            11111111 | some    | 2020/03/12 08:00:00 |                     | FUTURE_TIME
            11111111 | lots    | garbage             | 2099/01/01 00:00:00 | UNKNOWN_REMAIN_STAT
            11111111 | some    | garbage             | 2099/01/01 00:00:00 | MALFORMED_TIME
            """)
    void eachRecordIsAcceptedOrCountedUnderItsFirstProblem(String code, String remainStat, String stockAt,
                                                           String createdAt, String expected) {
        SaleRecordValidator validator = validate(FeedRecord.sale(code, stockAt, remainStat, createdAt));

        if (expected.equals("ACCEPTED")) {
            assertEquals(Map.of(), validator.problems());
            assertEquals(1, validator.observations().size());
        } else {
            assertEquals(Map.of(SaleProblem.valueOf(expected), 1), validator.problems());
            assertEquals(List.of(), validator.observations());
        }
    }

    @Test
    void anObservationCarriesTheBandAndKoreanTimesAsInstants() {
        SaleRecordValidator validator = validate(
                FeedRecord.sale("01234567", "2020/03/11 08:00:00", "few", "2020/03/11 09:55:00"));
        assertEquals(List.of(new SaleObservation("01234567", StockBand.FEW,
                Instant.parse("2020-03-10T23:00:00Z"), Instant.parse("2020-03-11T00:55:00Z"))),
                validator.observations());
    }

    @Test
    void aMissingRemainStatIsNoInformationNotEmpty() {
        SaleRecordValidator validator = validate(FeedRecord.sale("11111111", null, null, null));
        assertEquals(List.of(new SaleObservation("11111111", null, null, null)), validator.observations());
    }

    @Test
    void theFirstRecordOfACodeStandsAndLaterOnesAreCounted() {
        SaleRecordValidator validator = validate(
                FeedRecord.sale("11111111", null, "plenty", null),
                FeedRecord.sale("11111111", null, "few", null),
                FeedRecord.sale("11111111", null, "empty", null),
                FeedRecord.sale("01234567", null, "some", null));

        assertEquals(List.of(new SaleObservation("11111111", StockBand.PLENTY, null, null),
                new SaleObservation("01234567", StockBand.SOME, null, null)), validator.observations());
        assertEquals(Map.of(SaleProblem.DUPLICATE_CODE, 2), validator.problems());
    }

    @Test
    void aDroppedRecordDoesNotBlockALaterGoodOneOfTheSameCode() {
        SaleRecordValidator validator = validate(
                FeedRecord.sale("11111111", null, "lots", null),
                FeedRecord.sale("11111111", null, "few", null));

        assertEquals(List.of(new SaleObservation("11111111", StockBand.FEW, null, null)), validator.observations());
        assertEquals(Map.of(SaleProblem.UNKNOWN_REMAIN_STAT, 1), validator.problems());
    }

    @Test
    void countsAddUpPerReason() {
        SaleRecordValidator validator = validate(
                FeedRecord.sale(null, null, "few", null),
                FeedRecord.sale(null, null, "few", null),
                FeedRecord.sale("99999999", null, "few", null),
                FeedRecord.sale("11111111", "2020/13/01 00:00:00", "few", null),
                FeedRecord.sale("11111111", null, "few", null));

        assertEquals(Map.of(SaleProblem.MISSING_CODE, 2, SaleProblem.UNKNOWN_SELLER, 1,
                SaleProblem.MALFORMED_TIME, 1), validator.problems());
        assertEquals(List.of(SaleProblem.MISSING_CODE, SaleProblem.UNKNOWN_SELLER, SaleProblem.MALFORMED_TIME),
                List.copyOf(validator.problems().keySet()), "reasons in declaration order");
        assertEquals(1, validator.observations().size());
    }
}
