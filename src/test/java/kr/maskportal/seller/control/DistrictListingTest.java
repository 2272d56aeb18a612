package kr.maskportal.seller.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.maskportal.seller.entity.SellerType;
import kr.maskportal.stock.control.Freshness;
import kr.maskportal.stock.control.ShownStatus;
import kr.maskportal.stock.control.merge.EffectiveStatus;
import kr.maskportal.stock.control.merge.StatusSource;
import org.junit.jupiter.api.Test;

class DistrictListingTest {

    private static final Instant T = Instant.parse("2020-03-11T01:00:00Z");

    /** In name order, as the directory holds them. */
    private static final List<ListedSeller> BY_NAME = List.of(
            seller("가나약국", SellerType.PHARMACY, ShownStatus.UNKNOWN, T.minusSeconds(4 * 3600), false),
            seller("다라약국", SellerType.PHARMACY, ShownStatus.FEW, T.minusSeconds(600), false),
            seller("마포우체국", SellerType.POST_OFFICE, ShownStatus.PLENTY, T.minusSeconds(1200), false),
            seller("바사약국", SellerType.PHARMACY, ShownStatus.PLENTY, T.minusSeconds(60), true),
            seller("아자하나로마트", SellerType.NONGHYUP_MART, ShownStatus.NO_DATA, T, false),
            seller("차카약국", SellerType.PHARMACY, ShownStatus.EMPTY, T.minusSeconds(60), false),
            seller("타파약국", SellerType.PHARMACY, ShownStatus.SOME, null, false),
            seller("하약국", SellerType.PHARMACY, ShownStatus.BREAK, T.minusSeconds(1800), false));

    @Test
    void byNameKeepsTheDirectoryOrder() {
        assertEquals(names(BY_NAME), names(DistrictListing.shown(BY_NAME, ListingChoices.DEFAULT)));
    }

    @Test
    void byStatusPutsMasksFirstMostFirstThenTheNonAnswersWithTiesByName() {
        assertEquals(List.of("마포우체국", "바사약국", "타파약국", "다라약국", "차카약국", "하약국", "가나약국", "아자하나로마트"),
                names(DistrictListing.shown(BY_NAME, ListingChoices.DEFAULT.withSort(ListingSort.STATUS))));
    }

    @Test
    void byFreshnessPutsTheNewestEvidenceFirstAndNoEvidenceLast() {
        // "not delivered yet" shows no age, so it counts as no evidence however recent the feed row
        assertEquals(List.of("바사약국", "차카약국", "다라약국", "마포우체국", "하약국", "가나약국", "아자하나로마트", "타파약국"),
                names(DistrictListing.shown(BY_NAME, ListingChoices.DEFAULT.withSort(ListingSort.FRESHNESS))));
    }

    @Test
    void theTypeFilterKeepsOnlyThatType() {
        assertEquals(List.of("마포우체국"),
                names(DistrictListing.shown(BY_NAME, ListingChoices.DEFAULT.withType(SellerType.POST_OFFICE))));
        assertEquals(List.of("아자하나로마트"),
                names(DistrictListing.shown(BY_NAME, ListingChoices.DEFAULT.withType(SellerType.NONGHYUP_MART))));
    }

    @Test
    void likelyKeepsMasksThatWillNotRunOutBeforeYourTurn() {
        assertEquals(List.of("다라약국", "마포우체국", "타파약국"),
                names(DistrictListing.shown(BY_NAME, ListingChoices.DEFAULT.withLikelyOnly(true))));
    }

    @Test
    void filtersCombineWithEachOtherAndWithTheSort() {
        var choices = new ListingChoices(ListingSort.STATUS, SellerType.PHARMACY, true);
        assertEquals(List.of("타파약국", "다라약국"), names(DistrictListing.shown(BY_NAME, choices)));
    }

    @Test
    void countsNameEveryStatusInOrderAndAddUpToTheSellers() {
        Map<ShownStatus, Integer> counts = DistrictListing.counts(BY_NAME);
        assertEquals(List.of(ShownStatus.values()), List.copyOf(counts.keySet()));
        assertEquals(List.of(2, 1, 1, 0, 1, 1, 1, 1), List.copyOf(counts.values()));
        assertEquals(BY_NAME.size(), counts.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(0, DistrictListing.counts(List.of()).get(ShownStatus.PLENTY));
    }

    private static ListedSeller seller(String name, SellerType type, ShownStatus status, Instant evidenceAt,
            boolean soldOutBeforeYourTurn) {
        var seller = new DirectorySeller(String.valueOf(Math.abs(name.hashCode())), name, type, "서울 마포구", "11440", null);
        return new ListedSeller(seller, new EffectiveStatus(status, soldOutBeforeYourTurn,
                evidenceAt == null ? StatusSource.NONE : StatusSource.FEED, evidenceAt, Freshness.FRESH, null, null,
                null));
    }

    private static List<String> names(List<ListedSeller> sellers) {
        return sellers.stream().map(s -> s.seller().getName()).toList();
    }
}
