package kr.maskportal.seller.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Residents' search across the whole country by seller name or a part of the address (동, 로/길): a seller is a hit
 * when every term of the query occurs in its name or its address. Built once per directory snapshot, with every
 * seller's name and address folded in advance and held in the order results are shown (district code, then name),
 * so a search is one linear scan with no sorting; on the 25,439 sellers of 2020 that takes a few milliseconds.
 * Sellers placed in no district are not found: they have no page to link to.
 */
public final class SellerSearch {

    /** Enough to find a seller by a street or a name; past that a resident should add a word, not scroll. */
    public static final int MOST_SHOWN = 100;

    private final DirectorySnapshot snapshot;
    private final List<Entry> entries;

    public SellerSearch(DirectorySnapshot snapshot) {
        this.snapshot = snapshot;
        List<Entry> all = new ArrayList<>(snapshot.sellerCount());
        snapshot.provinces().stream()
                .flatMap(province -> province.getDistricts().stream().map(district -> new Place(province, district)))
                .sorted(Comparator.comparing(place -> place.district().getCode()))
                .forEach(place -> place.district().getSellers().forEach(seller -> all.add(new Entry(place, seller,
                        SearchQuery.fold(seller.getName()) + "\n" + SearchQuery.fold(seller.getAddress())))));
        this.entries = List.copyOf(all);
    }

    /** The snapshot this search reads: a newer one needs a new search. */
    public DirectorySnapshot snapshot() {
        return snapshot;
    }

    public SearchResult find(SearchQuery query) {
        return find(query, MOST_SHOWN);
    }

    /** The first {@code most} hits in group order, and the number of all of them; nothing for a query not run. */
    public SearchResult find(SearchQuery query, int most) {
        if (!query.isRunnable()) {
            return new SearchResult(query, List.of(), 0);
        }
        List<SearchGroup> groups = new ArrayList<>();
        Place place = null;
        List<DirectorySeller> hits = new ArrayList<>();
        int total = 0;
        for (Entry entry : entries) {
            if (!entry.matches(query.terms())) {
                continue;
            }
            total++;
            if (total > most) {
                continue;
            }
            if (entry.place() != place) {
                if (place != null) {
                    groups.add(new SearchGroup(place.province(), place.district(), hits));
                }
                place = entry.place();
                hits = new ArrayList<>();
            }
            hits.add(entry.seller());
        }
        if (place != null) {
            groups.add(new SearchGroup(place.province(), place.district(), hits));
        }
        return new SearchResult(query, groups, total);
    }

    private record Place(DirectoryProvince province, DirectoryDistrict district) {
    }

    /** A term cannot contain the line break, so no term matches across the end of the name into the address. */
    private record Entry(Place place, DirectorySeller seller, String folded) {

        boolean matches(List<String> terms) {
            for (String term : terms) {
                if (!folded.contains(term)) {
                    return false;
                }
            }
            return true;
        }
    }
}
