package kr.maskportal.feed.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How the pages of one refresh went.
 *
 * @param expectedPages the largest {@code totalPages} any good page reported, or the highest page number seen
 *                      when none reported one
 * @param arrivedPages  pages up to the expected number that came good and, before the last, not empty
 * @param problems      counts by kind; kinds that did not occur are absent
 */
public record PageTally(int expectedPages, int arrivedPages, Map<PageProblem, Integer> problems) {

    public PageTally {
        problems = problems.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(problems));
    }
}
