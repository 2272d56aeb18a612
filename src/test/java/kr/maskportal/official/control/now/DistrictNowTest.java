package kr.maskportal.official.control.now;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.entity.SellerType;
import kr.maskportal.stock.control.Freshness;
import kr.maskportal.stock.control.ShownStatus;
import kr.maskportal.stock.control.merge.EffectiveStatus;
import kr.maskportal.stock.control.merge.PharmacistNotice;
import kr.maskportal.stock.control.merge.QueueLength;
import kr.maskportal.stock.control.merge.StatusSource;
import org.junit.jupiter.api.Test;

class DistrictNowTest {

    private static final Instant NOW = Instant.parse("2020-03-10T03:00:00Z");

    private static DirectorySeller seller(String code, String name) {
        return new DirectorySeller(code, name, SellerType.PHARMACY, "서울특별시 마포구", "11440", null);
    }

    private static EffectiveStatus status(ShownStatus shown, Freshness freshness, QueueLength queue,
            PharmacistNotice notice) {
        return new EffectiveStatus(shown, false, StatusSource.FEED, NOW.minusSeconds(60), freshness, queue, notice,
                null);
    }

    private static QueueLength queue(int people, int minutesAgo) {
        return new QueueLength(people, NOW.minus(Duration.ofMinutes(minutesAgo)), Duration.ofMinutes(people));
    }

    @Test
    void countsEveryStatusTheStaleOnesAndThoseWithMasks() {
        var a = seller("1", "가약국");
        var b = seller("2", "나약국");
        var c = seller("3", "다약국");
        var d = seller("4", "라약국");
        var e = seller("5", "마약국");
        Map<DirectorySeller, EffectiveStatus> statuses = Map.of(
                a, status(ShownStatus.PLENTY, Freshness.FRESH, null, null),
                b, status(ShownStatus.FEW, Freshness.STALE, null, null),
                c, status(ShownStatus.EMPTY, Freshness.FRESH, null, null),
                d, status(ShownStatus.UNKNOWN, Freshness.UNKNOWN, null, null),
                // "not delivered yet" is no stale colour, however old the feed's morning row is
                e, status(ShownStatus.NO_DATA, Freshness.STALE, null, null));

        DistrictNow now = DistrictNow.of("11440", List.of(a, b, c, d, e), statuses::get);

        assertEquals(5, now.sellers());
        assertEquals(1, now.count(ShownStatus.PLENTY));
        assertEquals(0, now.count(ShownStatus.SOME));
        assertEquals(1, now.count(ShownStatus.FEW));
        assertEquals(1, now.count(ShownStatus.EMPTY));
        assertEquals(0, now.count(ShownStatus.BREAK));
        assertEquals(1, now.count(ShownStatus.UNKNOWN));
        assertEquals(1, now.count(ShownStatus.NO_DATA));
        assertEquals(2, now.withMasks());
        assertEquals(1, now.stale());
    }

    @Test
    void listsValidQueuesLongestFirstAndNoticesNewestFirst() {
        var a = seller("1", "가약국");
        var b = seller("2", "나약국");
        var c = seller("3", "다약국");
        Map<DirectorySeller, EffectiveStatus> statuses = Map.of(
                a, status(ShownStatus.SOME, Freshness.FRESH, queue(12, 5),
                        new PharmacistNotice("번호표 배부", NOW.minusSeconds(600))),
                b, status(ShownStatus.FEW, Freshness.FRESH, queue(40, 20),
                        new PharmacistNotice("오후 2시 입고", NOW.minusSeconds(60))),
                c, status(ShownStatus.EMPTY, Freshness.FRESH, null, null));

        DistrictNow now = DistrictNow.of("11440", List.of(a, b, c), statuses::get);

        assertEquals(List.of("나약국", "가약국"), now.queues().stream().map(SellerQueue::name).toList());
        assertEquals(List.of(40, 12), now.queues().stream().map(q -> q.queue().people()).toList());
        assertEquals(List.of("오후 2시 입고", "번호표 배부"),
                now.notices().stream().map(n -> n.notice().text()).toList());
    }

    @Test
    void anEmptyDistrictHasZeroEverywhere() {
        DistrictNow now = DistrictNow.of("11440", List.of(), s -> null);
        assertEquals(0, now.sellers());
        assertEquals(0, now.withMasks());
        for (ShownStatus status : ShownStatus.values()) {
            assertEquals(0, now.count(status));
        }
    }
}
