package kr.maskportal.seller.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kr.maskportal.testing.NationalDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search on the national list as shipped and placed: the hits are exactly the sellers a plain filter over the
 * file finds, grouped in order. The time a search takes is printed as a sanity check, not asserted.
 */
class SellerSearchRealListTest {


    private static List<DirectorySeller> placed;
    private static SellerSearch search;

    @BeforeAll
    static void buildTheDirectory() throws Exception {
        NationalDirectory national = NationalDirectory.load("sellerSearchRealList");
        placed = national.sellers().stream().filter(s -> s.getDistrictCode() != null).toList();
        DirectorySnapshot snapshot = national.snapshot();
        long start = System.nanoTime();
        search = new SellerSearch(snapshot);
        System.out.printf("SellerSearchRealListTest: index of %d sellers built in %d ms%n", placed.size(),
                (System.nanoTime() - start) / 1_000_000);
        printHowLongASearchTakes();
    }

    @ParameterizedTest
    @ValueSource(strings = {"서교동", "월드컵로", "중앙약국", "온누리 약국 역삼동", "우체국 세종", "하나로마트 읍"})
    void theHitsAreExactlyTheSellersWhoseNameOrAddressHoldsEveryTerm(String typed) {
        SearchQuery query = SearchQuery.of(typed);
        SearchResult result = search.find(query, Integer.MAX_VALUE);
        List<String> expected = placed.stream()
                .filter(s -> query.terms().stream().allMatch(t -> s.getName().contains(t) || s.getAddress().contains(t)))
                .map(DirectorySeller::getCode).sorted().toList();
        List<String> found = result.groups().stream().flatMap(g -> g.sellers().stream())
                .map(DirectorySeller::getCode).sorted().toList();
        assertTrue(expected.size() > 0, "the list has sellers for " + typed);
        assertEquals(expected, found, typed);
        assertEquals(expected.size(), result.total());
        result.groups().forEach(g -> g.sellers().forEach(s -> assertEquals(g.district().getCode(), s.getDistrictCode())));
    }

    @Test
    void aCommonNameSpansProvincesWithDistrictsInCodeOrderEachOnce() {
        SearchResult result = search.find(SearchQuery.of("중앙약국"));
        List<String> codes = result.groups().stream().map(g -> g.district().getCode()).toList();
        assertEquals(codes.stream().sorted().distinct().toList(), codes);
        assertTrue(result.groups().stream().map(g -> g.province().getCode()).distinct().count() > 5,
                "중앙약국 is a name found all over the country");
    }

    @Test
    void aWordInNearlyEveryNameIsCappedAtAHundredAndCountedInFull() {
        SearchResult result = search.find(SearchQuery.of("약국"));
        assertEquals(SellerSearch.MOST_SHOWN, result.shown());
        assertTrue(result.total() > 20_000, "total " + result.total());
        assertTrue(result.isCapped());
    }

    /** A sanity check to read in the build's output, not an assertion: machines differ. */
    private static void printHowLongASearchTakes() {
        String[] queries = {"서교동", "월드컵로", "약국", "중앙약국", "온누리 약국 역삼동", "없는동네이름"};
        for (int i = 0; i < 200; i++) {
            search.find(SearchQuery.of(queries[i % queries.length]));
        }
        int runs = 600;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            search.find(SearchQuery.of(queries[i % queries.length]));
        }
        System.out.printf("SellerSearchRealListTest: %.2f ms per search over %d sellers%n",
                (System.nanoTime() - start) / 1e6 / runs, placed.size());
    }
}
