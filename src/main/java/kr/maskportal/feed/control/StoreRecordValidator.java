package kr.maskportal.feed.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kr.maskportal.seller.control.GeoPoint;
import kr.maskportal.seller.entity.SellerType;

/**
 * Checks the store records of one refresh, in feed order, with the same rules as a seller file: what lands here
 * ends up in the same seller table.
 */
final class StoreRecordValidator {

    /** The widths of the seller table's columns. */
    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 300;

    /** Generous box around the mainland, Jeju, Ulleung and Dokdo; anything outside is a typo, a swap or a zero. */
    static final double MIN_LATITUDE = 33;
    static final double MAX_LATITUDE = 39;
    static final double MIN_LONGITUDE = 124;
    static final double MAX_LONGITUDE = 132;

    /** Far more digits than any survey needs; a longer text is garbage, and costly to convert. */
    private static final int MAX_DEGREES_TEXT = 40;

    private static final Pattern CODE = Pattern.compile("[0-9]{8,10}");
    private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");
    private static final Pattern EDGE_COMMAS = Pattern.compile("^[\\s,]+|[\\s,]+$");

    private final Set<String> acceptedCodes = new HashSet<>();
    private final List<StoreListing> listings = new ArrayList<>();
    private final Map<StoreProblem, Integer> problems = new EnumMap<>(StoreProblem.class);

    void add(FeedRecord record) {
        String code = record.code();
        String name = fold(record.name());
        String address = cleanAddress(record.address());
        String typeCode = record.type();
        Optional<SellerType> type = SellerType.fromCode(
                typeCode != null && typeCode.length() == 1 ? "0" + typeCode : typeCode);

        StoreProblem rejection = null;
        if (code == null) {
            rejection = StoreProblem.MISSING_CODE;
        } else if (!CODE.matcher(code).matches()) {
            rejection = StoreProblem.BAD_CODE;
        } else if (name.isEmpty()) {
            rejection = StoreProblem.MISSING_NAME;
        } else if (name.length() > MAX_NAME) {
            rejection = StoreProblem.NAME_TOO_LONG;
        } else if (typeCode == null) {
            rejection = StoreProblem.MISSING_TYPE;
        } else if (type.isEmpty()) {
            rejection = StoreProblem.BAD_TYPE;
        } else if (address.isEmpty()) {
            rejection = StoreProblem.MISSING_ADDRESS;
        } else if (address.length() > MAX_ADDRESS) {
            rejection = StoreProblem.ADDRESS_TOO_LONG;
        } else if (acceptedCodes.contains(code)) {
            rejection = StoreProblem.DUPLICATE_CODE;
        }
        if (rejection != null) {
            count(rejection);
            return;
        }
        acceptedCodes.add(code);
        listings.add(new StoreListing(code, name, type.get(), address, location(record)));
    }

    private GeoPoint location(FeedRecord record) {
        if (record.latitude() == null && record.longitude() == null) {
            return null;
        }
        Double latitude = degrees(record.latitude());
        Double longitude = degrees(record.longitude());
        if (latitude == null || longitude == null) {
            count(StoreProblem.BAD_COORDINATES);
            return null;
        }
        if (latitude < MIN_LATITUDE || latitude > MAX_LATITUDE
                || longitude < MIN_LONGITUDE || longitude > MAX_LONGITUDE) {
            count(StoreProblem.COORDINATES_OUTSIDE_KOREA);
            return null;
        }
        return new GeoPoint(latitude, longitude);
    }

    /** BigDecimal rather than Double.parseDouble, which would also take "NaN", "Infinity" or "36.5d". */
    private static Double degrees(String text) {
        if (text == null || text.length() > MAX_DEGREES_TEXT) {
            return null;
        }
        try {
            return new BigDecimal(text).doubleValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The feed's names and addresses carry runs of blanks and no-break spaces that would defeat matching. */
    private static String fold(String text) {
        return text == null ? "" : BLANKS.matcher(text).replaceAll(" ").strip();
    }

    /** Stray quotes and trailing commas ({@code "상촌로 12-1,"}) in addresses mean nothing. */
    private static String cleanAddress(String raw) {
        return raw == null ? "" : EDGE_COMMAS.matcher(fold(raw.replace("\"", ""))).replaceAll("");
    }

    private void count(StoreProblem problem) {
        problems.merge(problem, 1, Integer::sum);
    }

    List<StoreListing> listings() {
        return Collections.unmodifiableList(listings);
    }

    Map<StoreProblem, Integer> problems() {
        return Collections.unmodifiableMap(problems);
    }
}
