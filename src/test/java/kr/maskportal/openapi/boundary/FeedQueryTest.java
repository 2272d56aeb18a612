package kr.maskportal.openapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import kr.maskportal.feed.control.FeedEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parameters as the 2020 feed checked them, edges included, and the first problem found named. */
class FeedQueryTest {

    @ParameterizedTest(name = "lat={0} lng={1} m={2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            33       | 124      | 0       | 33.0     | 124.0    | 0
            43       | 132      | 10000   | 43.0     | 132.0    | 10000
            37.5665  | 126.978  | -       | 37.5665  | 126.978  | 1000
            37.56650 | 126.9780 | ''      | 37.5665  | 126.978  | 1000
            ' 37.5 ' | +126.9   | 0500    | 37.5     | 126.9    | 500
            3.75e1   | 127.     | 1       | 37.5     | 127.0    | 1
            .375E2   | 127      | 9999    | 37.5     | 127.0    | 9999
            """)
    void pointsInKoreaAndRadiiUpTo10KmAreTaken(String lat, String lng, String m, double latitude, double longitude,
            int metres) throws InvalidParameter {
        FeedQuery query = FeedQuery.of(FeedEndpoint.STORES_BY_GEO, params("lat", lat, "lng", lng, "m", m));
        assertEquals(latitude, query.latitude());
        assertEquals(longitude, query.longitude());
        assertEquals(metres, query.metres());
    }

    @ParameterizedTest(name = "lat={0} lng={1} m={2} -> {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -           | 127       | 1000   | lat | MISSING
            ''          | 127       | 1000   | lat | MISSING
            37.5        | -         | 1000   | lng | MISSING
            32.999999   | 127       | 1000   | lat | OUT_OF_RANGE
            43.0000001  | 127       | 1000   | lat | OUT_OF_RANGE
            -37.5       | 127       | 1000   | lat | OUT_OF_RANGE
            37.5        | 123.9     | 1000   | lng | OUT_OF_RANGE
            37.5        | 132.01    | 1000   | lng | OUT_OF_RANGE
            37.5        | 127       | 10001  | m   | OUT_OF_RANGE
            37.5        | 127       | -1     | m   | OUT_OF_RANGE
            37.5        | 127       | 99999999999999999999 | m | OUT_OF_RANGE
            37.5        | 127       | 500.5  | m   | NOT_AN_INTEGER
            37.5        | 127       | 1e3    | m   | NOT_AN_INTEGER
            37.5        | 127       | abc    | m   | NOT_AN_INTEGER
            NaN         | 127       | 1000   | lat | NOT_A_NUMBER
            Infinity    | 127       | 1000   | lat | NOT_A_NUMBER
            0x25p0      | 127       | 1000   | lat | NOT_A_NUMBER
            37.5d       | 127       | 1000   | lat | NOT_A_NUMBER
            37,5        | 127       | 1000   | lat | NOT_A_NUMBER
            37.5        | 127.0.1   | 1000   | lng | NOT_A_NUMBER
            abc         | 1e999     | 1000   | lat | NOT_A_NUMBER
            1e999       | abc       | 1000   | lat | OUT_OF_RANGE
            """)
    void anythingElseIsRefusedNamingTheParameter(String lat, String lng, String m, String field, ParameterProblem problem) {
        InvalidParameter refused = assertThrows(InvalidParameter.class,
                () -> FeedQuery.of(FeedEndpoint.STORES_BY_GEO, params("lat", lat, "lng", lng, "m", m)));
        assertEquals(field, refused.parameter());
        assertEquals(problem, refused.problem());
    }

    @ParameterizedTest(name = "page={0} perPage={1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -          | -      | 1          | 500
            ''         | ' '    | 1          | 500
            1          | 1      | 1          | 1
            2          | 5000   | 2          | 5000
            2147483647 | 100    | 2147483647 | 100
            """)
    void pagesCountFrom1WithUpTo5000APage(String page, String perPage, int number, int size) throws InvalidParameter {
        for (FeedEndpoint endpoint : new FeedEndpoint[] {FeedEndpoint.STORES, FeedEndpoint.SALES}) {
            FeedQuery query = FeedQuery.of(endpoint, params("page", page, "perPage", perPage));
            assertEquals(number, query.page());
            assertEquals(size, query.perPage());
        }
    }

    @ParameterizedTest(name = "page={0} perPage={1} -> {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            0          | 500    | page    | OUT_OF_RANGE
            -1         | 500    | page    | OUT_OF_RANGE
            2147483648 | 500    | page    | OUT_OF_RANGE
            1.0        | 500    | page    | NOT_AN_INTEGER
            one        | 500    | page    | NOT_AN_INTEGER
            1          | 0      | perPage | OUT_OF_RANGE
            1          | 5001   | perPage | OUT_OF_RANGE
            1          | 50%    | perPage | NOT_AN_INTEGER
            """)
    void badPagingIsRefused(String page, String perPage, String field, ParameterProblem problem) {
        InvalidParameter refused = assertThrows(InvalidParameter.class,
                () -> FeedQuery.of(FeedEndpoint.SALES, params("page", page, "perPage", perPage)));
        assertEquals(field, refused.parameter());
        assertEquals(problem, refused.problem());
    }

    @Test
    void anAddressIsTakenWithItsSpacingMadePlainAndRefusedWhenMissingOrTooLong() throws InvalidParameter {
        assertEquals("서울특별시 마포구 서교동", FeedQuery.of(FeedEndpoint.STORES_BY_ADDR,
                params("address", " 서울특별시\t마포구\u3000 서교동 ")).address());
        assertEquals("마포구", FeedQuery.of(FeedEndpoint.STORES_BY_ADDR,
                params("address", "\u1106\u1161\u1111\u1169\u1100\u116e")).address(), "composed to NFC");
        for (String missing : new String[] {null, "", "  \t"}) {
            assertEquals(ParameterProblem.MISSING, assertThrows(InvalidParameter.class,
                    () -> FeedQuery.of(FeedEndpoint.STORES_BY_ADDR, params("address", missing))).problem());
        }
        assertEquals(100, FeedQuery.of(FeedEndpoint.STORES_BY_ADDR, params("address", "가".repeat(100))).address()
                .length());
        assertEquals(ParameterProblem.TOO_LONG, assertThrows(InvalidParameter.class,
                () -> FeedQuery.of(FeedEndpoint.STORES_BY_ADDR, params("address", "가".repeat(101)))).problem());
    }

    @Test
    void theSameAnswerHasTheSameKeyWhateverTheSpelling() throws InvalidParameter {
        assertEquals(FeedQuery.of(FeedEndpoint.STORES_BY_GEO, params("lat", "37.50", "lng", "127", "m", "1000")).key(),
                FeedQuery.of(FeedEndpoint.STORES_BY_GEO, params("lat", "37.5", "lng", "127.000", "_", "1")).key());
        assertEquals(FeedQuery.of(FeedEndpoint.SALES, params()).key(),
                FeedQuery.of(FeedEndpoint.SALES, params("page", "1", "perPage", "500")).key());
        assertNotEquals(FeedQuery.of(FeedEndpoint.SALES, params()).key(),
                FeedQuery.of(FeedEndpoint.STORES, params()).key());
    }

    private static Function<String, String> params(String... namesAndValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map::get;
    }
}
