package kr.maskportal.seller.control;

import java.util.ArrayList;
import java.util.List;
import kr.maskportal.seller.entity.SellerType;

/**
 * A resident's sort and filter choices on a district page, normalised: anything but exactly one known value per
 * parameter is the default, so a junk or repeated parameter shows the ordinary page rather than an error, and the
 * page cache sees at most a few dozen combinations per district however many query strings arrive.
 *
 * @param sort       the order of the rows
 * @param type       the only type shown, or null for every type
 * @param likelyOnly only sellers with masks where the queue does not look longer than the stock
 */
public record ListingChoices(ListingSort sort, SellerType type, boolean likelyOnly) {

    public static final String SORT = "sort";
    public static final String TYPE = "type";
    public static final String LIKELY = "likely";

    public static final ListingChoices DEFAULT = new ListingChoices(ListingSort.NAME, null, false);

    /** From {@code getParameterValues}: null (absent) or several values mean the default for that parameter. */
    public static ListingChoices fromParameterValues(String[] sort, String[] type, String[] likely) {
        return of(single(sort), single(type), single(likely));
    }

    /** From single values (Faces view parameters); null or unknown means the default. */
    public static ListingChoices of(String sort, String type, String likely) {
        return new ListingChoices(
                ListingSort.fromParam(sort).orElse(DEFAULT.sort),
                typeOf(type),
                "1".equals(likely));
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    public boolean isFiltered() {
        return type != null || likelyOnly;
    }

    public ListingChoices withSort(ListingSort newSort) {
        return new ListingChoices(newSort, type, likelyOnly);
    }

    public ListingChoices withType(SellerType newType) {
        return new ListingChoices(sort, newType, likelyOnly);
    }

    public ListingChoices withLikelyOnly(boolean newLikelyOnly) {
        return new ListingChoices(sort, type, newLikelyOnly);
    }

    /**
     * The shortest query string for these choices, defaults left out ({@code ""} for the default page,
     * {@code "?sort=status&type=PHARMACY"} otherwise): one spelling per combination, for links and for the cache key.
     */
    public String query() {
        List<String> parts = new ArrayList<>(3);
        if (sort != DEFAULT.sort) {
            parts.add(SORT + "=" + sort.param());
        }
        if (type != null) {
            parts.add(TYPE + "=" + type.name());
        }
        if (likelyOnly) {
            parts.add(LIKELY + "=1");
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /**
     * Every parameter spelled out, for the forward to the Faces view: the forward's values come before the
     * original request's, so they override a junk or repeated original.
     */
    public String forwardedParameters() {
        return SORT + "=" + sort.param() + "&" + TYPE + "=" + (type == null ? "ALL" : type.name())
                + "&" + LIKELY + "=" + (likelyOnly ? "1" : "0");
    }

    private static String single(String[] values) {
        return values != null && values.length == 1 ? values[0] : null;
    }

    private static SellerType typeOf(String value) {
        for (SellerType type : SellerType.values()) {
            if (type.name().equalsIgnoreCase(value)) {
                return type;
            }
        }
        return null;
    }
}
