package kr.maskportal.seller.control;

import java.util.List;

/**
 * What a search found: the hits shown, grouped by district in district code order (so each province's districts
 * come together), and how many there were in all.
 *
 * @param total every seller that matched, shown or not
 */
public record SearchResult(SearchQuery query, List<SearchGroup> groups, int total) {

    public SearchResult {
        groups = List.copyOf(groups);
    }

    public int shown() {
        return groups.stream().mapToInt(group -> group.sellers().size()).sum();
    }

    /** More matched than are shown: the resident should say more precisely what they look for. */
    public boolean isCapped() {
        return shown() < total;
    }
}
