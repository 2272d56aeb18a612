package kr.maskportal.stock.control.forecast;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import kr.maskportal.platform.time.Korea;

/**
 * Learns {@link SellerPattern}s from {@link SellerDay}s. Pure: the days are handed in, so a pattern can be learned
 * again for one seller when its day ends, without reading anybody else's history.
 */
public final class PatternLearner {

    private PatternLearner() {
    }

    /**
     * The district's feed lag: the median of how far its feed ran behind its pharmacists' "sold out" reports;
     * {@code settings.defaultFeedLag()} when nobody reported.
     */
    public static Duration feedLag(Collection<SellerDay> districtDays, ForecastSettings settings) {
        List<Duration> lags = districtDays.stream().map(SellerDay::feedLag).filter(Objects::nonNull).toList();
        return lags.isEmpty() ? settings.defaultFeedLag() : quantile(lags, 0.5);
    }

    /**
     * The seller's own pattern for a day of {@code weekday}: from its days of that weekday when there are enough,
     * else of that kind of day (weekday or weekend), else all of its days; empty when it has too few.
     */
    public static Optional<SellerPattern> forSeller(Collection<SellerDay> days, DayOfWeek weekday, Duration feedLag,
            ForecastSettings settings) {
        List<SellerDay> delivered = days.stream().filter(SellerDay::delivered).toList();
        List<Predicate<SellerDay>> levels = List.of(
                d -> d.day().getDayOfWeek() == weekday,
                d -> isWeekend(d.day().getDayOfWeek()) == isWeekend(weekday),
                d -> true);
        PatternBasis[] bases = {PatternBasis.SAME_WEEKDAY, PatternBasis.SAME_KIND_OF_DAY, PatternBasis.ALL_DAYS};
        for (int i = 0; i < levels.size(); i++) {
            List<SellerDay> chosen = delivered.stream().filter(levels.get(i)).toList();
            Optional<SellerPattern> pattern = learn(bases[i], chosen, feedLag, settings);
            if (pattern.isPresent()) {
                return pattern;
            }
        }
        return Optional.empty();
    }

    /** The district's pooled pattern, for its sellers with too little history of their own. */
    public static Optional<SellerPattern> forDistrict(Collection<SellerDay> districtDays, DayOfWeek weekday,
            Duration feedLag, ForecastSettings settings) {
        List<SellerDay> delivered = districtDays.stream().filter(SellerDay::delivered).toList();
        List<SellerDay> sameKind = delivered.stream()
                .filter(d -> isWeekend(d.day().getDayOfWeek()) == isWeekend(weekday)).toList();
        return learn(PatternBasis.DISTRICT, sameKind, feedLag, settings)
                .or(() -> learn(PatternBasis.DISTRICT, delivered, feedLag, settings));
    }

    /**
     * The patterns for a day of {@code weekday} from the stored days: every seller's own, where it has enough days,
     * and every district's pooled days, for its sellers with too little history or none (a pharmacy that opened last
     * week is told its district's usual times). Each district's feed lag is its own.
     */
    public static Patterns forDay(Collection<StoredForecastDays.StoredDay> stored, DayOfWeek weekday,
            ForecastSettings settings) {
        Map<String, List<SellerDay>> bySeller = new HashMap<>();
        Map<String, String> districtOf = new HashMap<>();
        Map<String, List<SellerDay>> byDistrict = new HashMap<>();
        for (StoredForecastDays.StoredDay s : stored) {
            bySeller.computeIfAbsent(s.sellerCode(), c -> new ArrayList<>()).add(s.day());
            districtOf.put(s.sellerCode(), s.districtCode());
            if (s.districtCode() != null) {
                byDistrict.computeIfAbsent(s.districtCode(), c -> new ArrayList<>()).add(s.day());
            }
        }
        Map<String, Duration> lags = new HashMap<>();
        byDistrict.forEach((district, days) -> lags.put(district, feedLag(days, settings)));
        Map<String, SellerPattern> sellers = new HashMap<>();
        bySeller.forEach((code, days) -> forSeller(days, weekday,
                lags.getOrDefault(districtOf.get(code), settings.defaultFeedLag()), settings)
                .ifPresent(pattern -> sellers.put(code, pattern)));
        Map<String, SellerPattern> districts = new HashMap<>();
        byDistrict.forEach((district, days) -> forDistrict(days, weekday, lags.get(district), settings)
                .ifPresent(pattern -> districts.put(district, pattern)));
        return new Patterns(sellers, districts);
    }

    /** The seller's own when it has one, else the district's, else none. */
    public static Optional<SellerPattern> choose(Optional<SellerPattern> own, Optional<SellerPattern> district) {
        return own.or(() -> district);
    }

    private static Optional<SellerPattern> learn(PatternBasis basis, List<SellerDay> days, Duration feedLag,
            ForecastSettings settings) {
        List<Duration> toSoldOut = known(days, d -> d.toSoldOut(feedLag));
        if (days.size() < settings.minimumDays() || toSoldOut.size() < settings.minimumDays()) {
            return Optional.empty();
        }
        List<Duration> deliveries = days.stream()
                .map(d -> Duration.ofSeconds(d.deliveredAt().atZone(Korea.ZONE)
                        .toLocalTime().toSecondOfDay()))
                .toList();
        List<Duration> toFew = known(days, d -> d.toFew(feedLag));
        List<Duration> fewLasted = known(days, SellerDay::fewLasted);
        List<Double> fewPerSome = days.stream().map(SellerDay::fewPerSome).filter(Objects::nonNull).sorted().toList();
        LocalTime usualDelivery = LocalTime.ofSecondOfDay(quantile(deliveries, 0.5).getSeconds())
                .truncatedTo(ChronoUnit.MINUTES);
        Duration fewLasts = lastsMostDays(fewLasted, settings);
        Duration someLasts = lastsMostDays(known(days, SellerDay::someLasted), settings);
        Double fewPerSomeMostDays = fewPerSome.size() >= settings.minimumDays() && steady(fewPerSome, settings)
                ? fewPerSome.get(rank(fewPerSome.size(), settings.lastsQuantile())) : null;
        return Optional.of(new SellerPattern(basis, days.size(), usualDelivery,
                toFew.isEmpty() ? null : quantile(toFew, 0.5),
                quantile(toSoldOut, 0.5),
                fewLasts != null && rightOnEveryDay(days, SellerDay::fewLasted, d -> fewLasts, feedLag)
                        ? fewLasts : null,
                fewPerSomeMostDays != null && rightOnEveryDay(days, SellerDay::fewLasted,
                        d -> d.fewLastsAtPace(fewPerSomeMostDays), feedLag) ? fewPerSomeMostDays : null,
                someLasts != null && rightOnEveryDay(days, SellerDay::someLasted, d -> someLasts, feedLag)
                        ? someLasts : null,
                quantile(toSoldOut, 0),
                steady(millis(toSoldOut), settings) && keepsTime(toSoldOut, feedLag)
                        ? quantile(toSoldOut, settings.soldOutQuantile()) : null,
                feedLag));
    }

    /** How long a band lasted on most of the seller's days; null with too few days or too unsteady ones. */
    private static Duration lastsMostDays(List<Duration> lasted, ForecastSettings settings) {
        return enough(lasted, settings) && steady(millis(lasted), settings)
                ? quantile(lasted, settings.lastsQuantile()) : null;
    }

    /**
     * Whether a figure varies little enough from day to day to forecast by: a seller whose days differ widely is
     * better left to the feed and its pharmacist than forecast wrongly.
     */
    private static boolean steady(List<Double> sorted, ForecastSettings settings) {
        return sorted.get(0) > 0 && sorted.get(sorted.size() - 1) / sorted.get(0) <= settings.steadySpread();
    }

    /**
     * Whether forecasting by a figure would have been right on each of the seller's own days: a band never lasted
     * longer than the figure said by more than the feed's lag, the margin a forecast is judged by
     * ({@link ForecastRecord#wasRight}). A quantile alone lets through the seller whose slow days are much
     * slower than its usual ones; those forecasts would be switched off in its district, and its neighbours' with
     * them.
     *
     * @param lasted how long the band lasted on a day; null where the day does not tell
     * @param said   how long the figure said it would last on a day; null where it says nothing
     */
    private static boolean rightOnEveryDay(List<SellerDay> days, Function<SellerDay, Duration> lasted,
            Function<SellerDay, Duration> said, Duration feedLag) {
        for (SellerDay day : days) {
            Duration really = lasted.apply(day);
            Duration forecast = really == null ? null : said.apply(day);
            if (forecast != null && really.compareTo(forecast.plus(feedLag)) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the seller sells out at so nearly the same time after its delivery that a forecast by the clock is
     * wrong by less than the feed it replaces: its days lie within the feed's lag of each other. A slow seller whose
     * days differ by a quarter differs by an hour, where the time it lasts in {@code few} still tells well.
     */
    private static boolean keepsTime(List<Duration> durations, Duration feedLag) {
        Duration fastest = durations.stream().min(Duration::compareTo).orElseThrow();
        Duration slowest = durations.stream().max(Duration::compareTo).orElseThrow();
        return slowest.minus(fastest).compareTo(feedLag) <= 0;
    }

    private static List<Double> millis(List<Duration> durations) {
        return durations.stream().map(d -> (double) d.toMillis()).sorted().toList();
    }

    private static boolean enough(List<Duration> samples, ForecastSettings settings) {
        return samples.size() >= settings.minimumDays();
    }

    private static List<Duration> known(List<SellerDay> days, Function<SellerDay, Duration> figure) {
        List<Duration> known = new ArrayList<>();
        for (SellerDay day : days) {
            Duration d = figure.apply(day);
            if (d != null) {
                known.add(d);
            }
        }
        return known;
    }

    /** The nearest-rank quantile: a figure some past day really had, never one between two days. */
    static Duration quantile(List<Duration> samples, double q) {
        List<Duration> sorted = samples.stream().sorted().toList();
        return sorted.get(rank(sorted.size(), q));
    }

    private static int rank(int size, double q) {
        return Math.min(size - 1, Math.max(0, (int) Math.ceil(q * size) - 1));
    }

    private static boolean isWeekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
