package kr.maskportal.official.control.now;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.stock.control.Freshness;
import kr.maskportal.stock.control.ShownStatus;
import kr.maskportal.stock.control.merge.EffectiveStatus;

/**
 * One district as an official sees it now: its sellers by effective status (what residents are shown), how many of
 * those statuses rest on stale evidence, the queues pharmacists reported while they are still valid, and the
 * pharmacists' notices of today. Pure: the statuses are merged by the caller at one instant.
 *
 * @param stale   statuses shown with a colour but marked as old (rule 6), unknown ones not included
 * @param queues  longest first, then by name
 * @param notices newest first
 */
public record DistrictNow(String districtCode, int sellers, Map<ShownStatus, Integer> counts, int stale,
                          List<SellerQueue> queues, List<SellerNotice> notices) {

    public DistrictNow {
        counts = Map.copyOf(counts);
        queues = List.copyOf(queues);
        notices = List.copyOf(notices);
    }

    public static DistrictNow of(String districtCode, List<DirectorySeller> sellers,
            Function<DirectorySeller, EffectiveStatus> statusOf) {
        Map<ShownStatus, Integer> counts = new EnumMap<>(ShownStatus.class);
        for (ShownStatus status : ShownStatus.values()) {
            counts.put(status, 0);
        }
        int stale = 0;
        List<SellerQueue> queues = new ArrayList<>();
        List<SellerNotice> notices = new ArrayList<>();
        for (DirectorySeller seller : sellers) {
            EffectiveStatus status = statusOf.apply(seller);
            counts.merge(status.status(), 1, Integer::sum);
            if (status.freshness() == Freshness.STALE && status.status() != ShownStatus.NO_DATA) {
                stale++;
            }
            if (status.queue() != null) {
                queues.add(new SellerQueue(seller.getCode(), seller.getName(), status.queue()));
            }
            if (status.notice() != null) {
                notices.add(new SellerNotice(seller.getCode(), seller.getName(), status.notice()));
            }
        }
        queues.sort(Comparator.comparingInt((SellerQueue q) -> q.queue().people()).reversed()
                .thenComparing(SellerQueue::name));
        notices.sort(Comparator.comparing((SellerNotice n) -> n.notice().reportedAt()).reversed()
                .thenComparing(SellerNotice::name));
        return new DistrictNow(districtCode, sellers.size(), counts, stale, queues, notices);
    }

    public int count(ShownStatus status) {
        return counts.getOrDefault(status, 0);
    }

    /** Sellers where a resident may expect masks now. */
    public int withMasks() {
        return counts.entrySet().stream().filter(e -> e.getKey().hasMasks()).mapToInt(Map.Entry::getValue).sum();
    }
}
