package kr.maskportal.feed.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The checked store records of one refresh and whether to apply them. A refused refresh still says what it held,
 * for the refresh log, but none of it may reach the seller table.
 *
 * @param listings accepted records, in page and feed order, one per code
 * @param problems problems by kind, including those that kept the record ({@link StoreProblem#keepsRecord()});
 *                 kinds that did not occur are absent
 * @param refusal  null when the refresh is accepted
 */
public record StoresRefreshResult(PageTally pages, List<StoreListing> listings, Map<StoreProblem, Integer> problems,
                                  RefreshRefusal refusal) {

    public StoresRefreshResult {
        listings = List.copyOf(listings);
        problems = problems.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(problems));
    }

    public boolean accepted() {
        return refusal == null;
    }

    /** Records dropped, not counting those kept without coordinates. */
    public int rejected() {
        return problems.entrySet().stream()
                .filter(e -> !e.getKey().keepsRecord()).mapToInt(Map.Entry::getValue).sum();
    }
}
