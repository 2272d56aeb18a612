package kr.maskportal.openapi.boundary;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.function.Function;
import java.util.regex.Pattern;
import kr.maskportal.feed.control.FeedEndpoint;
import kr.maskportal.feed.control.PageWindow;
import kr.maskportal.openapi.control.CorrectedFeed;
import kr.maskportal.openapi.control.StockSnapshot;

/**
 * One request to the corrected feed with its parameters checked as the 2020 feed checked them: pages from 1 and
 * 500 to a page by default, up to 5,000; an address naming at least a district; a point in or near Korea (latitude
 * 33 to 43, longitude 124 to 132) and a radius of up to 10,000 m, 1,000 m when left out. Bounds are included.
 * Parameters an endpoint does not take are ignored, as apps add their own (cache breakers, keys). The first problem
 * found is the one answered.
 *
 * @param address the address as asked for, its spacing made plain; null for the other endpoints
 */
record FeedQuery(FeedEndpoint endpoint, int page, int perPage, String address, double latitude, double longitude,
        int metres) {

    static final int DEFAULT_PER_PAGE = 500;
    static final int MOST_PER_PAGE = 5_000;
    static final int DEFAULT_METRES = 1_000;
    static final int MOST_METRES = 10_000;
    static final int LONGEST_ADDRESS = 100;
    static final int LOWEST_LATITUDE = 33;
    static final int HIGHEST_LATITUDE = 43;
    static final int LOWEST_LONGITUDE = 124;
    static final int HIGHEST_LONGITUDE = 132;

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,3})?");
    /** No coordinate needs more; longer is garbage, and costly to convert. */
    private static final int LONGEST_NUMBER = 40;
    private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Z}]+");

    /** @param parameters a parameter's first value by name, null when absent */
    static FeedQuery of(FeedEndpoint endpoint, Function<String, String> parameters) throws InvalidParameter {
        return switch (endpoint) {
            case STORES, SALES -> new FeedQuery(endpoint,
                    whole(parameters, "page", 1, 1, Integer.MAX_VALUE),
                    whole(parameters, "perPage", DEFAULT_PER_PAGE, 1, MOST_PER_PAGE), null, 0, 0, 0);
            case STORES_BY_ADDR -> new FeedQuery(endpoint, 1, 0, address(parameters.apply("address")), 0, 0, 0);
            case STORES_BY_GEO -> new FeedQuery(endpoint, 1, 0, null,
                    decimal(parameters, "lat", LOWEST_LATITUDE, HIGHEST_LATITUDE),
                    decimal(parameters, "lng", LOWEST_LONGITUDE, HIGHEST_LONGITUDE),
                    whole(parameters, "m", DEFAULT_METRES, 0, MOST_METRES));
        };
    }

    /** What makes two requests the same answer: {@code 37.50} and {@code 37.5} are one latitude. */
    String key() {
        return switch (endpoint) {
            case STORES -> "stores " + page + " " + perPage;
            case SALES -> "sales " + page + " " + perPage;
            case STORES_BY_ADDR -> "addr " + address;
            case STORES_BY_GEO -> "geo " + latitude + " " + longitude + " " + metres;
        };
    }

    /** The body for this request from a snapshot; an address naming no district is found out only here. */
    byte[] answer(StockSnapshot snapshot, CorrectedFeed feed) throws InvalidParameter {
        return switch (endpoint) {
            case STORES -> snapshot.stores(new PageWindow(page, perPage, snapshot.sellerCount()));
            case SALES -> snapshot.sales(new PageWindow(page, perPage, snapshot.sellerCount()));
            case STORES_BY_ADDR -> snapshot.storesByAddr(feed.place(address)
                    .orElseThrow(() -> new InvalidParameter("address", ParameterProblem.NOT_A_DISTRICT)), address);
            case STORES_BY_GEO -> snapshot.storesByGeo(latitude, longitude, metres);
        };
    }

    /** Absent or blank is the default; a sign is allowed, a fraction is not. */
    private static int whole(Function<String, String> parameters, String name, int absent, int lowest, int highest)
            throws InvalidParameter {
        String text = parameters.apply(name);
        if (text == null || text.isBlank()) {
            return absent;
        }
        String value = text.strip();
        if (!WHOLE.matcher(value).matches()) {
            throw new InvalidParameter(name, ParameterProblem.NOT_AN_INTEGER, lowest, highest);
        }
        if (value.length() > LONGEST_NUMBER) {
            throw new InvalidParameter(name, ParameterProblem.OUT_OF_RANGE, lowest, highest);
        }
        var number = new BigDecimal(value);
        if (number.compareTo(BigDecimal.valueOf(lowest)) < 0 || number.compareTo(BigDecimal.valueOf(highest)) > 0) {
            throw new InvalidParameter(name, ParameterProblem.OUT_OF_RANGE, lowest, highest);
        }
        return number.intValueExact();
    }

    /**
     * Required; plain decimals (an exponent allowed), never {@code NaN}, {@code Infinity} or {@code 0x1p5}, which
     * {@link Double#parseDouble} would take. The bounds are compared exactly, so 43.0000001 is out.
     */
    private static double decimal(Function<String, String> parameters, String name, int lowest, int highest)
            throws InvalidParameter {
        String text = parameters.apply(name);
        if (text == null || text.isBlank()) {
            throw new InvalidParameter(name, ParameterProblem.MISSING, lowest, highest);
        }
        String value = text.strip();
        if (value.length() > LONGEST_NUMBER || !DECIMAL.matcher(value).matches()) {
            throw new InvalidParameter(name, ParameterProblem.NOT_A_NUMBER, lowest, highest);
        }
        var number = new BigDecimal(value);
        if (number.compareTo(BigDecimal.valueOf(lowest)) < 0 || number.compareTo(BigDecimal.valueOf(highest)) > 0) {
            throw new InvalidParameter(name, ParameterProblem.OUT_OF_RANGE, lowest, highest);
        }
        return number.doubleValue();
    }

    /** Composed (NFC) and with its spacing made plain; whether it names a district is up to the address reading. */
    private static String address(String text) throws InvalidParameter {
        String value = text == null ? ""
                : BLANKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
        if (value.isEmpty()) {
            throw new InvalidParameter("address", ParameterProblem.MISSING);
        }
        if (value.codePointCount(0, value.length()) > LONGEST_ADDRESS) {
            throw new InvalidParameter("address", ParameterProblem.TOO_LONG, 1, LONGEST_ADDRESS);
        }
        return value;
    }
}
