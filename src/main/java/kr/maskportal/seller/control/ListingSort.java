package kr.maskportal.seller.control;

import java.util.Locale;
import java.util.Optional;

/** How a district's sellers may be ordered, by the value the address carries ({@code ?sort=status}). */
public enum ListingSort {
    /** The directory's own order (Korean collation), so the default page reads as it always has. */
    NAME,
    STATUS,
    FRESHNESS;

    /** The value in the address, e.g. {@code status}. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ListingSort> fromParam(String value) {
        for (ListingSort sort : values()) {
            if (sort.param().equalsIgnoreCase(value)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
