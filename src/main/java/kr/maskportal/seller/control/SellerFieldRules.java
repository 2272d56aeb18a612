package kr.maskportal.seller.control;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import kr.maskportal.seller.entity.SellerType;

/**
 * The rules a seller's fields must meet to land in the seller table, whether they come from the feed's store list
 * or from a seller file: both fill the same table, so there is one set of rules. Pure: the caller keeps the codes
 * it has accepted, reads the coordinates its own way and reports a problem under its own reason.
 */
public final class SellerFieldRules {

    /** The widths of the seller table's columns. */
    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 300;

    /** Generous box around the mainland, Jeju, Ulleung and Dokdo; anything outside is a typo, a swap or a zero. */
    static final double MIN_LATITUDE = 33;
    static final double MAX_LATITUDE = 39;
    static final double MIN_LONGITUDE = 124;
    static final double MAX_LONGITUDE = 132;

    private static final Pattern CODE = Pattern.compile("[0-9]{8,10}");
    private static final Pattern EDGE_COMMAS = Pattern.compile("^[\\s,]+|[\\s,]+$");

    private SellerFieldRules() {
    }

    /**
     * Runs of blanks, no-break spaces included, become one space and the ends are stripped: the feed's names and
     * addresses carry such runs, and they would defeat matching. Null when the text is null or nothing is left.
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        return nullIfEmpty(AddressTokens.BLANKS.matcher(text).replaceAll(" ").strip());
    }

    /**
     * Like {@link #fold}, and stray quotes and commas at the ends ({@code "상촌로 12-1,"}) dropped too: in an address
     * they mean nothing.
     */
    public static String cleanAddress(String raw) {
        String folded = fold(raw == null ? null : raw.replace("\"", ""));
        return folded == null ? null : nullIfEmpty(EDGE_COMMAS.matcher(folded).replaceAll(""));
    }

    /** The type of a code {@code 01}, {@code 02} or {@code 03}, also written without its zero. */
    public static Optional<SellerType> type(String typeCode) {
        return SellerType.fromCode(typeCode != null && typeCode.length() == 1 ? "0" + typeCode : typeCode);
    }

    /**
     * The first thing, in this order, for which a seller cannot be taken, or empty when it can. A null field is
     * missing; the caller gives each field as its source has it cleaned ({@link #fold}, {@link #cleanAddress}).
     *
     * @param acceptedCodes the codes already taken from earlier records; only read
     */
    public static Optional<SellerFieldProblem> rejection(String code, String name, String typeCode, String address,
                                                         Set<String> acceptedCodes) {
        SellerFieldProblem problem = null;
        if (code == null) {
            problem = SellerFieldProblem.MISSING_CODE;
        } else if (!CODE.matcher(code).matches()) {
            problem = SellerFieldProblem.BAD_CODE;
        } else if (name == null) {
            problem = SellerFieldProblem.MISSING_NAME;
        } else if (name.length() > MAX_NAME) {
            problem = SellerFieldProblem.NAME_TOO_LONG;
        } else if (typeCode == null) {
            problem = SellerFieldProblem.MISSING_TYPE;
        } else if (type(typeCode).isEmpty()) {
            problem = SellerFieldProblem.BAD_TYPE;
        } else if (address == null) {
            problem = SellerFieldProblem.MISSING_ADDRESS;
        } else if (address.length() > MAX_ADDRESS) {
            problem = SellerFieldProblem.ADDRESS_TOO_LONG;
        } else if (acceptedCodes.contains(code)) {
            problem = SellerFieldProblem.DUPLICATE_CODE;
        }
        return Optional.ofNullable(problem);
    }

    /**
     * Where an accepted seller is, from its two coordinates as given (null when absent). Null when neither is
     * given; otherwise the point, or null and a problem for {@code problems} when a coordinate is absent or
     * unreadable, or the point lies outside Korea: the seller is then kept without a location.
     *
     * @param degrees reads one coordinate the source's way; null when it is not a number
     */
    public static GeoPoint location(String latitude, String longitude, Function<String, Double> degrees,
                                    Consumer<SellerFieldProblem> problems) {
        if (latitude == null && longitude == null) {
            return null;
        }
        Double lat = latitude == null ? null : degrees.apply(latitude);
        Double lng = longitude == null ? null : degrees.apply(longitude);
        if (lat == null || lng == null) {
            problems.accept(SellerFieldProblem.BAD_COORDINATES);
            return null;
        }
        if (!insideKorea(lat, lng)) {
            problems.accept(SellerFieldProblem.COORDINATES_OUTSIDE_KOREA);
            return null;
        }
        return new GeoPoint(lat, lng);
    }

    private static String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }

    static boolean insideKorea(double latitude, double longitude) {
        return latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE
                && longitude >= MIN_LONGITUDE && longitude <= MAX_LONGITUDE;
    }
}
