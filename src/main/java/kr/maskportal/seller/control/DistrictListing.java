package kr.maskportal.seller.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.maskportal.stock.control.ShownStatus;

/** The district page's rows in the resident's order and filter, and the count of sellers in each status. Pure. */
public final class DistrictListing {

    private DistrictListing() {
    }

    /**
     * The sellers to show, in the chosen order. {@code byName} must be in the directory's name order: the sorts
     * below are stable, so ties keep it and need no second Korean collation here.
     */
    public static List<ListedSeller> shown(List<ListedSeller> byName, ListingChoices choices) {
        List<ListedSeller> rows = new ArrayList<>(byName.size());
        for (ListedSeller row : byName) {
            if ((choices.type() == null || row.seller().getType() == choices.type())
                    && (!choices.likelyOnly() || row.masksLikely())) {
                rows.add(row);
            }
        }
        switch (choices.sort()) {
            // ShownStatus is declared masks first, most first, then the non-answers: the order residents want
            case STATUS -> rows.sort(Comparator.comparing(row -> row.status().status()));
            case FRESHNESS -> rows.sort(Comparator.comparing(DistrictListing::evidenceAt,
                    Comparator.nullsLast(Comparator.reverseOrder())));
            case NAME -> {
                // already in name order
            }
        }
        return Collections.unmodifiableList(rows);
    }

    /** Every status with its number of sellers, zero included, in the order of {@link ShownStatus}. */
    public static Map<ShownStatus, Integer> counts(List<ListedSeller> sellers) {
        Map<ShownStatus, Integer> counts = new EnumMap<>(ShownStatus.class);
        for (ShownStatus status : ShownStatus.values()) {
            counts.put(status, 0);
        }
        for (ListedSeller row : sellers) {
            counts.merge(row.status().status(), 1, Integer::sum);
        }
        return counts;
    }

    /** "Not delivered yet" shows no age on the page, so it sorts with the sellers nobody has said anything about. */
    private static Instant evidenceAt(ListedSeller row) {
        return row.status().status() == ShownStatus.NO_DATA ? null : row.status().evidenceAt();
    }
}
