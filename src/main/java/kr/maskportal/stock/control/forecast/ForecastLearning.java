package kr.maskportal.stock.control.forecast;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.forecast.StoredForecastDays.RawDay;
import kr.maskportal.stock.control.forecast.StoredForecastDays.StoredDay;

/**
 * Keeps the forecasts learned, incrementally: every few minutes it looks whether a sales day has ended that is not
 * learned yet; each such day is read from the feed history and the reports once, its forecasts are judged in
 * hindsight, its digest stored, and the patterns learned again from the stored digests of the last weeks.
 * Forecasts are judged in hindsight even where they are switched off (nobody sees them), so that a district whose
 * sellers have become steadier gets them back.
 */
@Startup
@Singleton
// after the seller list and the demo's replayed week (DemoHistory, which comes after the seller list): learning
// before the week is written would mark its days learned, empty
@DependsOn("DemoHistory")
public class ForecastLearning {

    private static final Logger LOG = Logger.getLogger(ForecastLearning.class.getName());
    /** The days patterns are learned from. */
    static final int LEARNING_DAYS = 28;
    /** The days a district's forecasts are judged over before they may be switched off. */
    static final int RECORD_DAYS = 7;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    StoredForecastDays store;

    @Inject
    ForecastBoard board;

    @Inject
    Clock clock;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = executor.scheduleWithFixedDelay(this::keepLearned, 0, 5, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
    }

    private void keepLearned() {
        try {
            learn(clock.instant());
        } catch (RuntimeException e) {
            // the pages go on without forecasts (or with yesterday's) until the next try
            LOG.log(Level.WARNING, "learning the forecasts failed", e);
        }
    }

    /** Learns every ended day not learned yet and sets the board for today; nothing when that is done already. */
    public synchronized void learn(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Korea.ZONE);
        if (today.equals(board.learnedFor())) {
            return;
        }
        ForecastSettings settings = ForecastSettings.DEFAULTS;
        LocalDate from = today.minusDays(LEARNING_DAYS);
        Set<LocalDate> learned = store.learnedSince(from);
        List<StoredDay> days = new ArrayList<>(store.daysSince(from));
        for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
            if (!learned.contains(day)) {
                days.addAll(learnDay(day, days, settings, now));
            }
        }
        LocalDate since = today.minusDays(RECORD_DAYS);
        List<StoredDay> window = days.stream().filter(d -> !d.day().day().isBefore(from)).toList();
        board.replace(new ForecastBoard.Learned(today,
                PatternLearner.forDay(window, today.getDayOfWeek(), settings), store.recordsSince(since)));
    }

    private List<StoredDay> learnDay(LocalDate day, List<StoredDay> before, ForecastSettings settings, Instant now) {
        Patterns patterns = PatternLearner.forDay(before.stream().filter(d -> d.day().day().isBefore(day)).toList(),
                day.getDayOfWeek(), settings);
        Instant dayEnd = day.plusDays(1).atStartOfDay(Korea.ZONE).toInstant();
        List<StoredDay> digest = new ArrayList<>();
        Map<String, ForecastRecord> records = new HashMap<>();
        store.readRaw(day).forEach((code, raw) -> {
            SellerDay sellerDay = SellerDay.of(day, raw.feed().stream().map(FeedEvidence::state).toList(),
                    raw.soldOut());
            if (sellerDay.delivered()) {
                digest.add(new StoredDay(code, raw.districtCode(), sellerDay));
            }
            // judged by the pattern residents were shown: the seller's own, else its district's
            judge(raw, sellerDay, patterns.of(code, raw.districtCode()).orElse(null), dayEnd)
                    .ifPresent(right -> records.merge(raw.districtCode(), ForecastRecord.NONE.plus(right),
                            ForecastRecord::plus));
        });
        records.remove(null);
        store.write(day, digest, records, now);
        return digest;
    }

    private static Optional<Boolean> judge(RawDay raw, SellerDay day, SellerPattern pattern, Instant dayEnd) {
        if (pattern == null || raw.districtCode() == null) {
            return Optional.empty();
        }
        Duration lag = pattern.feedLag();
        return ForecastHindsight.firstShown(raw.feed(), raw.soldOut(), pattern, dayEnd)
                .map(shown -> ForecastRecord.wasRight(shown, day.soldOutAt(lag), lag));
    }
}
