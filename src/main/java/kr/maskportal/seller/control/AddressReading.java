package kr.maskportal.seller.control;

import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * What an address alone says about a seller's district.
 *
 * @param candidates the one district for the two placed outcomes; otherwise the districts the seller may be in
 *                   (those of an ambiguous name, of the named province, or all)
 * @param town       the town (…읍, …면) named right after the district part, or null; lets other sellers' full
 *                   addresses tell which of several districts has such a town
 * @param rest       the words after the province and district part ({@code 서교동}, a street, a number)
 */
record AddressReading(Outcome outcome, Set<String> candidates, String town, List<String> rest) {

    enum Outcome {
        /** Province and one of its districts. */
        PLACED_BY_ADDRESS,
        /** A district name that only one district in the country has, with no province or a contradicting one. */
        PLACED_BY_DISTRICT_NAME,
        /** A district name several districts share, or a city with general districts and no general district. */
        AMBIGUOUS,
        /** Something like a district name (…시, …군, …구) that the reference does not know. */
        UNKNOWN_DISTRICT,
        /** No district name at all. */
        NO_DISTRICT
    }

    AddressReading {
        candidates = Set.copyOf(candidates);
        rest = List.copyOf(rest);
    }

    /** With the words left once the province and district were read. */
    static AddressReading after(Outcome outcome, Set<String> candidates, Deque<String> left) {
        String head = left.peekFirst();
        return new AddressReading(outcome, candidates,
                head != null && AddressTokens.hasTownSuffix(head) ? head : null, List.copyOf(left));
    }

    boolean placed() {
        return outcome == Outcome.PLACED_BY_ADDRESS || outcome == Outcome.PLACED_BY_DISTRICT_NAME;
    }

    String placedDistrict() {
        return candidates.iterator().next();
    }
}
