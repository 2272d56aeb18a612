package kr.maskportal.official.control.lag;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import kr.maskportal.official.control.history.SellerHistory;

/**
 * The feed lag and discrepancy report over a selection of sellers and Korean days, from their histories by
 * {@link LagRules}: totals, the lag histogram, figures per district and day and per day, and the sellers whose
 * feed disagreed with their pharmacist most often. Pure.
 *
 * @param histogram      every bucket, in order, with its count of episodes (zero included)
 * @param byDistrictDay  only districts and days with at least one episode, by district code, then day
 * @param byDay          every day of the span, in order, zero figures included
 * @param topSellers     at most {@link #TOP_SELLERS}, most disagreements first
 */
public record LagReport(LagFigures total, Map<LagBucket, Integer> histogram, List<DistrictDay> byDistrictDay,
                        List<DayFigures> byDay, List<SellerDisagreements> topSellers, int disagreements) {

    public static final int TOP_SELLERS = 20;

    /** @param districtCode null for sellers the directory could not place */
    public record DistrictDay(String districtCode, LocalDate day, LagFigures figures) {
    }

    public record DayFigures(LocalDate day, LagFigures figures) {
    }

    /**
     * @param medianLag of the seller's agreed episodes in the selection (nearest rank); null without one
     */
    public record SellerDisagreements(String sellerCode, String districtCode, int disagreements, int episodes,
                                      Duration medianLag) {
    }

    /**
     * @param firstDay the span's first Korean day; reports outside the span must not be in the histories
     * @param lastDay  its last, inclusive
     * @param now      cuts off today's episodes that are still open (see {@link LagRules})
     */
    public static LagReport of(List<SellerHistory> histories, LocalDate firstDay, LocalDate lastDay, Instant now) {
        return ofSellers(histories.stream().map(h -> SellerLag.of(h, now)).toList(), firstDay, lastDay);
    }

    /**
     * The same report from what the rules found per seller, which may come in parts (a seller's days apart): parts
     * of one seller are put together before the sellers are ranked.
     */
    public static LagReport ofSellers(List<SellerLag> parts, LocalDate firstDay, LocalDate lastDay) {
        Map<String, SellerLag> sellers = new HashMap<>();
        for (SellerLag part : parts) {
            sellers.merge(part.sellerCode(), part, SellerLag::and);
        }
        List<LagEpisode> episodes = new ArrayList<>();
        int disagreements = 0;
        for (SellerLag seller : sellers.values()) {
            episodes.addAll(seller.episodes());
            disagreements += seller.disagreements();
        }

        Map<LagBucket, Integer> histogram = new EnumMap<>(LagBucket.class);
        for (LagBucket bucket : LagBucket.values()) {
            histogram.put(bucket, 0);
        }
        for (LagEpisode e : episodes) {
            if (e.outcome() == LagOutcome.AGREED) {
                histogram.merge(LagBucket.of(e.lag()), 1, Integer::sum);
            } else if (e.outcome() == LagOutcome.NEVER_AGREED) {
                histogram.merge(LagBucket.NEVER, 1, Integer::sum);
            }
        }

        Map<String, Map<LocalDate, List<LagEpisode>>> byDistrict = new TreeMap<>(
                Comparator.nullsLast(Comparator.naturalOrder()));
        Map<LocalDate, List<LagEpisode>> byDay = new TreeMap<>();
        for (LagEpisode e : episodes) {
            byDistrict.computeIfAbsent(e.districtCode(), d -> new TreeMap<>())
                    .computeIfAbsent(e.day(), d -> new ArrayList<>()).add(e);
            byDay.computeIfAbsent(e.day(), d -> new ArrayList<>()).add(e);
        }
        List<DistrictDay> districtDays = new ArrayList<>();
        byDistrict.forEach((district, days) -> days.forEach((day, those) ->
                districtDays.add(new DistrictDay(district, day, LagFigures.of(those)))));
        List<DayFigures> days = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            List<LagEpisode> those = byDay.get(day);
            days.add(new DayFigures(day, those == null ? LagFigures.NONE : LagFigures.of(those)));
        }

        List<SellerDisagreements> ranked = sellers.values().stream()
                .filter(seller -> seller.disagreements() > 0)
                .map(seller -> new SellerDisagreements(seller.sellerCode(), seller.districtCode(),
                        seller.disagreements(), seller.episodes().size(), LagFigures.of(seller.episodes()).median()))
                .sorted(RANKING).limit(TOP_SELLERS).toList();

        return new LagReport(LagFigures.of(episodes), histogram, districtDays, days, ranked, disagreements);
    }

    /** Most disagreements first; among equals, the longer median lag (none last), then the seller code. */
    static final Comparator<SellerDisagreements> RANKING = Comparator
            .comparingInt(SellerDisagreements::disagreements).reversed()
            .thenComparing(SellerDisagreements::medianLag, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(SellerDisagreements::sellerCode);

    public LagReport {
        Objects.requireNonNull(total);
        histogram = Collections.unmodifiableMap(new EnumMap<>(histogram));
        byDistrictDay = List.copyOf(byDistrictDay);
        byDay = List.copyOf(byDay);
        topSellers = List.copyOf(topSellers);
    }
}
