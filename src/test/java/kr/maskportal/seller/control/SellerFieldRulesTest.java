package kr.maskportal.seller.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.maskportal.seller.entity.SellerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SellerFieldRulesTest {

    private static final String NAME_100 = "약".repeat(SellerFieldRules.MAX_NAME);
    private static final String ADDRESS_300 = "주".repeat(SellerFieldRules.MAX_ADDRESS);

    /** An empty cell is a null field, missing; {@code ''} is an empty text. */
    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            12345678    | 약국  | 01 | 서울 중구 1 |
            1234567890  | 약국  | 3  | 서울 중구 1 |
            12345678    | N100  | 02 | A300        |
                        | 약국  | 01 | 서울 중구 1 | MISSING_CODE
            1234567     | 약국  | 01 | 서울 중구 1 | BAD_CODE
            12345678901 | 약국  | 01 | 서울 중구 1 | BAD_CODE
            1234567a    | 약국  | 01 | 서울 중구 1 | BAD_CODE
            ' 12345678' | 약국  | 01 | 서울 중구 1 | BAD_CODE
            12345678    |       | 01 | 서울 중구 1 | MISSING_NAME
            12345678    | N101  | 01 | 서울 중구 1 | NAME_TOO_LONG
            12345678    | 약국  |    | 서울 중구 1 | MISSING_TYPE
            12345678    | 약국  | 04 | 서울 중구 1 | BAD_TYPE
            12345678    | 약국  | 001| 서울 중구 1 | BAD_TYPE
            12345678    | 약국  | '' | 서울 중구 1 | BAD_TYPE
            12345678    | 약국  | 01 |             | MISSING_ADDRESS
            12345678    | 약국  | 01 | A301        | ADDRESS_TOO_LONG
            11111111    | 약국  | 01 | 서울 중구 1 | DUPLICATE_CODE
            1234567     |       |    |             | BAD_CODE
            12345678    | N101  | 09 | A301        | NAME_TOO_LONG
            11111111    | 약국  | 09 | 서울 중구 1 | BAD_TYPE
            """)
    void theFirstProblemInTheOrderOfTheFieldsRejects(String code, String name, String type, String address,
                                                    SellerFieldProblem expected) {
        assertEquals(Optional.ofNullable(expected), SellerFieldRules.rejection(code, widen(name), type,
                widen(address), Set.of("11111111")));
    }

    private static String widen(String text) {
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "N100" -> NAME_100;
            case "N101" -> NAME_100 + "약";
            case "A300" -> ADDRESS_300;
            case "A301" -> ADDRESS_300 + "주";
            default -> text;
        };
    }

    @Test
    void aTypeMayComeWithoutItsZero() {
        assertEquals(Optional.of(SellerType.PHARMACY), SellerFieldRules.type("1"));
        assertEquals(Optional.of(SellerType.POST_OFFICE), SellerFieldRules.type("02"));
        assertEquals(Optional.of(SellerType.NONGHYUP_MART), SellerFieldRules.type("3"));
        assertEquals(Optional.empty(), SellerFieldRules.type("4"));
        assertEquals(Optional.empty(), SellerFieldRules.type("003"));
        assertEquals(Optional.empty(), SellerFieldRules.type(null));
    }

    @Test
    void foldingLeavesOneSpaceBetweenWordsAndNullForNothing() {
        assertEquals("시청 약국", SellerFieldRules.fold(" 시청\u00A0\u00A0\u200B약국\u3000"));
        assertNull(SellerFieldRules.fold(" \u00A0\t"));
        assertNull(SellerFieldRules.fold(""));
        assertNull(SellerFieldRules.fold(null));
    }

    @Test
    void anAddressLosesItsQuotesAndEdgeCommas() {
        assertEquals("충청남도 홍성군 갈산면 상촌로 12-1",
                SellerFieldRules.cleanAddress("\"충청남도 홍성군  갈산면 상촌로 12-1,\""));
        assertEquals("서울 중구 명동 1", SellerFieldRules.cleanAddress("서울 중구 \"명동\" 1"));
        assertEquals("경남 진주시 진주대로 1", SellerFieldRules.cleanAddress("  경남   진주시\u00A0진주대로  1 , , "));
        assertNull(SellerFieldRules.cleanAddress(" , ,"));
        assertNull(SellerFieldRules.cleanAddress("\"\""));
        assertNull(SellerFieldRules.cleanAddress(null));
    }

    /** Coordinates are read as plain numbers here; null or "x" is no number. */
    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
                    |         |       |
            37.5665 | 126.978 | POINT |
            33      | 124     | POINT |
            39      | 132     | POINT |
            37.5665 |         |       | BAD_COORDINATES
                    | 126.978 |       | BAD_COORDINATES
            x       | 126.978 |       | BAD_COORDINATES
            0       | 0       |       | COORDINATES_OUTSIDE_KOREA
            126.978 | 37.5665 |       | COORDINATES_OUTSIDE_KOREA
            32.999  | 126.5   |       | COORDINATES_OUTSIDE_KOREA
            39.001  | 126.5   |       | COORDINATES_OUTSIDE_KOREA
            36      | 123.999 |       | COORDINATES_OUTSIDE_KOREA
            36      | 132.001 |       | COORDINATES_OUTSIDE_KOREA
            """)
    void aLocationIsThePointOrAProblem(String latitude, String longitude, String point,
                                       SellerFieldProblem expected) {
        List<SellerFieldProblem> problems = new ArrayList<>();
        GeoPoint location = SellerFieldRules.location(latitude, longitude,
                text -> "x".equals(text) ? null : Double.valueOf(text), problems::add);

        assertEquals(point == null ? null : new GeoPoint(Double.parseDouble(latitude),
                Double.parseDouble(longitude)), location);
        assertEquals(expected == null ? List.of() : List.of(expected), problems);
    }

    @Test
    void anAbsentCoordinateIsNotGivenToTheReader() {
        List<SellerFieldProblem> problems = new ArrayList<>();
        assertNull(SellerFieldRules.location(null, "127", text -> {
            if (text == null) {
                throw new AssertionError("read null");
            }
            return Double.valueOf(text);
        }, problems::add));
        assertEquals(List.of(SellerFieldProblem.BAD_COORDINATES), problems);
    }
}
