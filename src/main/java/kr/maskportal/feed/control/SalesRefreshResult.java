package kr.maskportal.feed.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The checked stock records of one refresh and whether to apply them. A refused refresh still says what it held,
 * for the refresh log, but none of it may reach the sellers' status.
 *
 * @param observations accepted records, in page and feed order, one per seller
 * @param problems     dropped records by reason; reasons that did not occur are absent
 * @param banded       accepted records with a band ({@code break} included): what the next refresh is measured by
 * @param refusal      null when the refresh is accepted
 */
public record SalesRefreshResult(PageTally pages, List<SaleObservation> observations,
                                 Map<SaleProblem, Integer> problems, int banded, RefreshRefusal refusal) {

    public SalesRefreshResult {
        observations = List.copyOf(observations);
        problems = problems.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(problems));
    }

    public boolean accepted() {
        return refusal == null;
    }

    public int rejected() {
        return problems.values().stream().mapToInt(Integer::intValue).sum();
    }
}
