package kr.maskportal.stock.control.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.SplittableRandom;
import kr.maskportal.feed.control.FeedState;
import kr.maskportal.feed.replay.DayToDay;
import kr.maskportal.feed.replay.FeedRow;
import kr.maskportal.feed.replay.PolledReplay;
import kr.maskportal.feed.replay.ReplayFeed;
import kr.maskportal.feed.replay.SalesDay;
import kr.maskportal.feed.replay.StoreInfo;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.seller.entity.SellerType;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.ShownStatus;
import kr.maskportal.stock.control.merge.EffectiveStatus;
import kr.maskportal.stock.control.merge.MergeSettings;
import kr.maskportal.stock.control.merge.ReportEvidence;
import kr.maskportal.stock.control.merge.SellOutForecast;
import kr.maskportal.stock.control.merge.StatusMerge;
import kr.maskportal.stock.entity.StockBand;

/**
 * The forecasts' backtest (src/bench/forecast-backtest.sh): a week of replayed history, then a day judged minute by
 * minute against the replay's truth, for the raw feed, the feed with pharmacists' reports layered on, and that with
 * forecasts. Patterns are learned from what the portal would have stored (feed rows as polled, reports), never from
 * the truth; the truth only scores.
 * <p>
 * Arguments: seed, sellers per district, feed lag in minutes, share of reporting pharmacists, how many times
 * {@link DayToDay#USUAL} the sellers' days stray from their habits, and optionally the two quantiles and the steady
 * spread of {@link ForecastSettings}.
 */
public final class ForecastBacktest {

    private static final LocalDate FIRST_HISTORY_DAY = LocalDate.of(2020, 3, 9);
    private static final int HISTORY_DAYS = 7;
    private static final LocalDate FORECAST_DAY = FIRST_HISTORY_DAY.plusDays(HISTORY_DAYS);
    private static final Duration REPORT_WITHIN = Duration.ofMinutes(2);
    private static final int MINUTES = 24 * 60;
    private static final String[] DISTRICTS = {"서울특별시 마포구", "서울특별시 강남구", "경기도 양평군", "강원도 홍천군"};

    private final long seed;
    private final Duration lag;
    private final double reportingShare;
    private final ForecastSettings settings;
    private final DayToDay variation;
    private final List<StoreInfo> stores = new ArrayList<>();
    private final Map<String, String> districtOf = new HashMap<>();
    private final Map<String, Boolean> reports = new HashMap<>();
    private final Map<String, Long> reportDelaySeconds = new HashMap<>();

    private ForecastBacktest(long seed, int perDistrict, Duration lag, double reportingShare, DayToDay variation,
            ForecastSettings settings) {
        this.seed = seed;
        this.variation = variation;
        this.lag = lag;
        this.reportingShare = reportingShare;
        this.settings = settings;
        var random = new SplittableRandom(seed);
        int n = 0;
        for (String district : DISTRICTS) {
            for (int i = 0; i < perDistrict; i++) {
                double kind = random.nextDouble();
                SellerType type = kind < 0.85 ? SellerType.PHARMACY
                        : kind < 0.95 ? SellerType.POST_OFFICE : SellerType.NONGHYUP_MART;
                String code = String.format("%08d", 10_000_000 + n++);
                stores.add(new StoreInfo(code, "판매처 " + code, district + " 어느길 " + i, type, null, null));
                districtOf.put(code, district);
                reports.put(code, random.nextDouble() < reportingShare);
                reportDelaySeconds.put(code, random.nextLong(REPORT_WITHIN.getSeconds() + 1));
            }
        }
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        int perDistrict = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        Duration lag = Duration.ofMinutes(args.length > 2 ? Long.parseLong(args[2]) : 10);
        double share = args.length > 3 ? Double.parseDouble(args[3]) : 0.5;
        DayToDay variation = DayToDay.USUAL.scaled(args.length > 4 ? Double.parseDouble(args[4]) : 1);
        ForecastSettings settings = args.length > 6
                ? ForecastSettings.DEFAULTS.withQuantiles(Double.parseDouble(args[5]), Double.parseDouble(args[6]))
                : ForecastSettings.DEFAULTS;
        if (args.length > 7) {
            settings = settings.withSteadySpread(Double.parseDouble(args[7]));
        }
        new ForecastBacktest(seed, perDistrict, lag, share, variation, settings).run();
    }

    private void run() {
        // the week of history is learned as the portal learns it (ForecastLearning): each day, once over, is judged
        // in hindsight by the patterns of the days before it, then added to the history
        List<StoredForecastDays.StoredDay> history = new ArrayList<>();
        Map<String, ForecastRecord> records = new LinkedHashMap<>();
        for (String district : DISTRICTS) {
            records.put(district, ForecastRecord.NONE);
        }
        var poller = new PolledReplay();
        for (int d = 0; d < HISTORY_DAYS; d++) {
            LocalDate date = FIRST_HISTORY_DAY.plusDays(d);
            ReplayFeed feed = new ReplayFeed(SalesDay.simulate(stores, date, seed, variation), lag);
            Map<String, SellerPattern> patterns = patterns(history, date);
            Instant dayEnd = feed.day().start().plus(Duration.ofDays(1));
            Map<String, List<FeedEvidence>> rows = stored(poller, feed);
            for (StoreInfo store : stores) {
                String code = store.code();
                List<FeedEvidence> seen = rows.getOrDefault(code, List.of());
                List<Instant> soldOut = pharmacistReports(feed.day(), code).stream()
                        .filter(r -> r.kind() == ReportKind.SOLD_OUT).map(ReportEvidence::reportedAt).toList();
                SellerDay day = SellerDay.of(date, seen.stream().map(FeedEvidence::state).toList(), soldOut);
                SellerPattern pattern = patterns.get(code);
                if (pattern != null) {
                    ForecastHindsight.firstShown(seen, soldOut, pattern, dayEnd).ifPresent(shown -> records.merge(
                            districtOf.get(code), ForecastRecord.NONE.plus(ForecastRecord.wasRight(shown,
                                    day.soldOutAt(pattern.feedLag()), pattern.feedLag())), ForecastRecord::plus));
                }
                if (day.delivered()) {
                    history.add(new StoredForecastDays.StoredDay(code, districtOf.get(code), day));
                }
            }
        }
        Set<String> off = new HashSet<>();
        records.forEach((district, record) -> {
            System.out.printf(Locale.ROOT, "%s to %s, %s: %d forecasts, right in hindsight %.1f%%%s%n",
                    FIRST_HISTORY_DAY, FORECAST_DAY.minusDays(1), district, record.forecasts(),
                    percent(record.right(), record.forecasts()), record.switchedOff() ? ", switched off" : "");
            if (record.switchedOff()) {
                off.add(district);
            }
        });
        Map<String, SellerPattern> patterns = patterns(history, FORECAST_DAY);
        long own = patterns.values().stream().filter(p -> p.basis() != PatternBasis.DISTRICT).count();
        System.out.printf(Locale.ROOT, "patterns: %d own, %d district, %d none; learned feed lag %s%n", own,
                patterns.size() - own, stores.size() - patterns.size(),
                PatternLearner.feedLag(history.stream().map(StoredForecastDays.StoredDay::day).toList(), settings));
        judgeDay(new ReplayFeed(SalesDay.simulate(stores, FORECAST_DAY, seed, variation), lag), patterns, off);
    }

    /** As the portal's board has them for {@code date}: each seller's own pattern, else its district's. */
    private Map<String, SellerPattern> patterns(List<StoredForecastDays.StoredDay> history, LocalDate date) {
        Patterns learned = PatternLearner.forDay(history, date.getDayOfWeek(), settings);
        Map<String, SellerPattern> patterns = new HashMap<>();
        for (StoreInfo store : stores) {
            learned.of(store.code(), districtOf.get(store.code())).ifPresent(p -> patterns.put(store.code(), p));
        }
        return patterns;
    }

    /** What the portal stores polling once a minute, by its own rule ({@link PolledReplay}), by seller. */
    private static Map<String, List<FeedEvidence>> stored(PolledReplay poller, ReplayFeed feed) {
        Map<String, List<FeedEvidence>> rows = new HashMap<>();
        for (PolledReplay.Row row : poller.day(feed)) {
            rows.computeIfAbsent(row.sellerCode(), c -> new ArrayList<>()).add(new FeedEvidence(
                    new FeedState(row.band(), row.stockAt(), row.createdAt()), row.observedAt()));
        }
        return rows;
    }

    private static boolean changed(FeedState before, FeedState now) {
        return before.band() != now.band() || !Objects.equals(before.stockAt(), now.stockAt());
    }

    /** A reporting pharmacist says "sold out" or "closed" within two minutes of it happening. */
    private List<ReportEvidence> pharmacistReports(SalesDay day, String code) {
        if (!reports.get(code)) {
            return List.of();
        }
        long delay = reportDelaySeconds.get(code);
        List<ReportEvidence> said = new ArrayList<>();
        Optional<Instant> breakFrom = day.breakFrom(code);
        Optional<Instant> soldOut = day.soldOutAt(code);
        if (soldOut.isPresent() && breakFrom.map(b -> b.isAfter(soldOut.get())).orElse(true)) {
            said.add(new ReportEvidence(ReportKind.SOLD_OUT, null, null, soldOut.get().plusSeconds(delay), 1));
        } else if (breakFrom.isPresent() && breakFrom.get().isAfter(day.start())) {
            said.add(new ReportEvidence(ReportKind.CLOSED, null, null, breakFrom.get().plusSeconds(delay), 1));
        }
        return said;
    }

    /**
     * Judges one day minute by minute: the raw feed, the feed with reports, with forecasts everywhere, and with
     * forecasts except in the districts {@code off}.
     */
    private void judgeDay(ReplayFeed feed, Map<String, SellerPattern> patterns, Set<String> off) {
        MergeSettings merge = MergeSettings.DEFAULTS;
        Map<String, FeedEvidence> seen = new HashMap<>();
        Map<String, Instant> someAt = new HashMap<>();
        Map<String, List<ReportEvidence>> said = new HashMap<>();
        for (StoreInfo store : stores) {
            said.put(store.code(), pharmacistReports(feed.day(), store.code()));
        }
        long all = 0;
        long withMasks = 0;
        long[] falseMasks = new long[4];
        long[] falseNone = new long[4];
        Map<String, long[]> byDistrict = new LinkedHashMap<>();
        for (String d : DISTRICTS) {
            byDistrict.put(d, new long[4]);
        }
        for (int m = 0; m < MINUTES; m++) {
            Instant now = feed.day().start().plusSeconds(60L * m);
            for (StoreInfo store : stores) {
                String code = store.code();
                FeedRow row = feed.feedRowAt(code, now).orElseThrow();
                FeedState state = new FeedState(row.remainStat(), row.stockAt(), row.createdAt());
                FeedEvidence before = seen.get(code);
                FeedEvidence evidence = before != null && !changed(before.state(), state)
                        && Objects.equals(before.state().createdAt(), state.createdAt())
                        ? before : new FeedEvidence(state, now);
                seen.put(code, evidence);
                if (state.band() == StockBand.SOME && someAt.get(code) == null) {
                    someAt.put(code, state.createdAt());
                }
                SellerPattern pattern = patterns.get(code);
                boolean districtOff = off.contains(districtOf.get(code));
                boolean truth = feed.realStateAt(code, now).orElseThrow().hasMasks();
                Optional<FeedEvidence> f = Optional.of(evidence);
                List<ReportEvidence> r = said.get(code);
                EffectiveStatus[] shown = {
                    StatusMerge.merge(f, List.of(), now, merge),
                    StatusMerge.merge(f, r, now, merge),
                    StatusMerge.merge(f, r, now, merge, new SellOutForecast(pattern, false, someAt.get(code))),
                    StatusMerge.merge(f, r, now, merge, new SellOutForecast(pattern, districtOff, someAt.get(code)))};
                all++;
                withMasks += truth ? 1 : 0;
                for (int v = 0; v < shown.length; v++) {
                    ShownStatus s = shown[v].status();
                    falseMasks[v] += s.hasMasks() && !truth ? 1 : 0;
                    falseNone[v] += truth && (s == ShownStatus.EMPTY || s == ShownStatus.BREAK
                            || s == ShownStatus.LIKELY_SOLD_OUT) ? 1 : 0;
                }
                long[] tally = byDistrict.get(districtOf.get(code));
                tally[2] += shown[0].status().hasMasks() && !truth ? 1 : 0;
                tally[3] += shown[2].status().hasMasks() && !truth ? 1 : 0;
                if (shown[2].status() == ShownStatus.LIKELY_SOLD_OUT) {
                    tally[0]++;
                    tally[1] += truth ? 0 : 1;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s (seed %d, %d sellers, feed lag %s, %.0f%% of pharmacists reporting within"
                + " %s): %d seller-minutes; %d with masks; the raw feed shows masks where there are none in %d%n",
                feed.day().date(), seed, stores.size(), lag, reportingShare * 100, REPORT_WITHIN, all, withMasks,
                falseMasks[0]);
        String[] names = {"raw feed", "feed + reports", "+ forecasts everywhere", "+ forecasts, switch-off"};
        for (int v = 0; v < names.length; v++) {
            System.out.printf(Locale.ROOT, "  %-24s false 'masks' %5.1f%% of the raw feed's; false 'none' %4.2f%% of"
                    + " all seller-minutes, %4.2f%% of those with masks%n", names[v],
                    percent(falseMasks[v], falseMasks[0]), percent(falseNone[v], all), percent(falseNone[v], withMasks));
        }
        byDistrict.forEach((district, tally) -> System.out.printf(Locale.ROOT,
                "  %s, forecasts everywhere: 'likely sold out' %d seller-minutes, sold out in %.1f%% of them;"
                + " false 'masks' %.1f%% of the raw feed's%s%n", district, tally[0], percent(tally[1], tally[0]),
                percent(tally[3], tally[2]), off.contains(district) ? " (switched off)" : ""));
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0.0 : 100.0 * part / whole;
    }
}
