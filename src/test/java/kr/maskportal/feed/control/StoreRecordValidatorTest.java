package kr.maskportal.feed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import kr.maskportal.seller.control.GeoPoint;
import kr.maskportal.seller.control.SellerFieldProblem;
import kr.maskportal.seller.entity.SellerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StoreRecordValidatorTest {

    private static final String LONG_NAME = "약".repeat(101);
    private static final String LONG_ADDRESS = "주".repeat(301);

    private static StoreRecordValidator validate(FeedRecord... records) {
        StoreRecordValidator validator = new StoreRecordValidator();
        for (FeedRecord record : records) {
            validator.add(record);
        }
        return validator;
    }

    /** An empty cell is an absent field; KEPT means listed with a location, KEPT_WITHOUT_LOCATION without one. */
    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5} -> {6} {7}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            12345678   | 시청약국 | 서울 중구 세종대로 110 | 01 | 37.5665 | 126.978 | KEPT                  |
            01234567   | 시청약국 | 서울 중구 세종대로 110 | 01 | 37.5665 | 126.978 | KEPT                  |
            1234567890 | 우체국   | 서울 중구 세종대로 110 | 02 | 37.5665 | 126.978 | KEPT                  |
            12345678   | 마트     | 서울 중구 세종대로 110 | 3  | 37.5665 | 126.978 | KEPT                  |
                       | 시청약국 | 서울 중구 세종대로 110 | 01 | 37.5665 | 126.978 | DROPPED               | MISSING_CODE
            1234567    | 시청약국 | 서울 중구 세종대로 110 | 01 | 37.5665 | 126.978 | DROPPED               | BAD_CODE
            12345678901| 시청약국 | 서울 중구 세종대로 110 | 01 | 37.5665 | 126.978 | DROPPED               | BAD_CODE
            1234567a   | 시청약국 | 서울 중구 세종대로 110 | 01 | 37.5665 | 126.978 | DROPPED               | BAD_CODE
            1.5        | 시청약국 | 서울 중구 세종대로 110 | 01 | 37.5665 | 126.978 | DROPPED               | BAD_CODE
            12345678   |          | 서울 중구 세종대로 110 | 01 | 37.5665 | 126.978 | DROPPED               | MISSING_NAME
            12345678   | LONG     | 서울 중구 세종대로 110 | 01 | 37.5665 | 126.978 | DROPPED               | NAME_TOO_LONG
            12345678   | 시청약국 | 서울 중구 세종대로 110 |    | 37.5665 | 126.978 | DROPPED               | MISSING_TYPE
            12345678   | 시청약국 | 서울 중구 세종대로 110 | 04 | 37.5665 | 126.978 | DROPPED               | BAD_TYPE
            12345678   | 시청약국 | 서울 중구 세종대로 110 | 00 | 37.5665 | 126.978 | DROPPED               | BAD_TYPE
            12345678   | 시청약국 | 서울 중구 세종대로 110 | 약국 | 37.5665 | 126.978 | DROPPED             | BAD_TYPE
            12345678   | 시청약국 |                        | 01 | 37.5665 | 126.978 | DROPPED               | MISSING_ADDRESS
            12345678   | 시청약국 | ','                    | 01 | 37.5665 | 126.978 | DROPPED               | MISSING_ADDRESS
            12345678   | 시청약국 | LONG                   | 01 | 37.5665 | 126.978 | DROPPED               | ADDRESS_TOO_LONG
            12345678   | 시청약국 | 서울 중구 세종대로 110 | 01 |         |         | KEPT_WITHOUT_LOCATION |
            12345678   | 시청약국 | 서울 중구 세종대로 110 | 01 | 37.5665 |         | KEPT_WITHOUT_LOCATION | BAD_COORDINATES
            12345678   | 시청약국 | 서울 중구 세종대로 110 | 01 | abc     | 126.978 | KEPT_WITHOUT_LOCATION | BAD_COORDINATES
            12345678   | 시청약국 | 서울 중구 세종대로 110 | 01 | NaN     | 126.978 | KEPT_WITHOUT_LOCATION | BAD_COORDINATES
            12345678   | 시청약국 | 서울 중구 세종대로 110 | 01 | 37.5d   | 126.978 | KEPT_WITHOUT_LOCATION | BAD_COORDINATES
            12345678   | 시청약국 | 서울 중구 세종대로 110 | 01 | 0       | 0       | KEPT_WITHOUT_LOCATION | COORDINATES_OUTSIDE_KOREA
            12345678   | 시청약국 | 서울 중구 세종대로 110 | 01 | 126.978 | 37.5665 | KEPT_WITHOUT_LOCATION | COORDINATES_OUTSIDE_KOREA
            12345678   | 시청약국 | 서울 중구 세종대로 110 | 01 | 32.999  | 126.5   | KEPT_WITHOUT_LOCATION | COORDINATES_OUTSIDE_KOREA
            12345678   | 시청약국 | 서울 중구 세종대로 110 | 01 | 39.001  | 126.5   | KEPT_WITHOUT_LOCATION | COORDINATES_OUTSIDE_KOREA
            12345678   | 시청약국 | 서울 중구 세종대로 110 | 01 | 36      | 123.999 | KEPT_WITHOUT_LOCATION | COORDINATES_OUTSIDE_KOREA
            12345678   | 시청약국 | 서울 중구 세종대로 110 | 01 | 36      | 132.001 | KEPT_WITHOUT_LOCATION | COORDINATES_OUTSIDE_KOREA
            12345678   | 시청약국 | 서울 중구 세종대로 110 | 01 | 33      | 124     | KEPT                  |
            12345678   | 시청약국 | 서울 중구 세종대로 110 | 01 | 39      | 132     | KEPT                  |
            12345678   | 시청약국 | 서울 중구 세종대로 110 | 01 | 3.75E1  | 127     | KEPT                  |
            """)
    void eachRecordIsKeptOrCounted(String code, String name, String address, String type, String lat, String lng,
                                   String outcome, StoreProblem problem) {
        StoreRecordValidator validator = validate(FeedRecord.store(code,
                "LONG".equals(name) ? LONG_NAME : name, "LONG".equals(address) ? LONG_ADDRESS : address,
                type, lat, lng));

        assertEquals(problem == null ? Map.of() : Map.of(problem, 1), validator.problems());
        switch (outcome) {
            case "DROPPED" -> assertEquals(List.of(), validator.listings());
            case "KEPT" -> assertEquals(1, validator.listings().stream().filter(l -> l.location() != null).count());
            case "KEPT_WITHOUT_LOCATION" -> assertNull(validator.listings().get(0).location());
            default -> throw new AssertionError(outcome);
        }
    }

    @Test
    void aListingIsCleanedAndTyped() {
        StoreRecordValidator validator = validate(FeedRecord.store("01234567", " 시청\u00A0\u00A0약국 ",
                "\"충청남도 홍성군  갈산면 상촌로 12-1,\"", "1", "36.6", "126.5"));
        assertEquals(List.of(new StoreListing("01234567", "시청 약국", SellerType.PHARMACY,
                "충청남도 홍성군 갈산면 상촌로 12-1", new GeoPoint(36.6, 126.5))), validator.listings());
    }

    @Test
    void theFirstRecordOfACodeStands() {
        StoreRecordValidator validator = validate(
                FeedRecord.store(null, "무코드", "주소", "01", null, null),
                FeedRecord.store("12345678", "첫째", "주소", "01", null, null),
                FeedRecord.store("12345678", "둘째", "주소", "01", null, null),
                FeedRecord.store("87654321", "셋째", "주소", "02", null, null));

        assertEquals(List.of("첫째", "셋째"), validator.listings().stream().map(StoreListing::name).toList());
        assertEquals(Map.of(StoreProblem.MISSING_CODE, 1, StoreProblem.DUPLICATE_CODE, 1), validator.problems());
    }

    @ParameterizedTest
    @EnumSource(SellerFieldProblem.class)
    void everyFieldProblemHasTheFeedsReasonOfTheSameName(SellerFieldProblem problem) {
        assertEquals(problem.name(), StoreRecordValidator.storeProblem(problem).name());
    }

    @Test
    void aDroppedRecordDoesNotBlockALaterGoodOneOfTheSameCode() {
        StoreRecordValidator validator = validate(
                FeedRecord.store("12345678", "첫째", "주소", "09", null, null),
                FeedRecord.store("12345678", "둘째", "주소", "01", null, null));
        assertEquals(List.of("둘째"), validator.listings().stream().map(StoreListing::name).toList());
        assertEquals(Map.of(StoreProblem.BAD_TYPE, 1), validator.problems());
    }
}
