package kr.maskportal.official.control.lag;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.maskportal.official.control.history.HistoryLoader;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.report.entity.ReportKind;

/**
 * The lag findings of every seller in the country that reported, day by day. A day that is over is read and judged
 * once and then kept, in memory and in the database ({@link StoredLagDays}): its feed history and reports are final
 * (the feed is only ever stored at the time it is seen, and a report can only be taken back on its own day), so a
 * city-wide week is mostly kept days and today, even on the first request after a restart. A kept day is checked
 * against the day's {@link HistoryLoader.Fingerprint} on every use, so rows written into the past all the same (an
 * import, a test) are never hidden by findings kept before them.
 */
@ApplicationScoped
public class CountryLag {

    /** The reports that can disagree with the feed (see {@link LagRules}). */
    public static final Set<ReportKind> STOCK_REPORTS = EnumSet.of(ReportKind.SOLD_OUT, ReportKind.REMAINING,
            ReportKind.CLOSED);

    /** Two months of days: a day is tens of thousands of small findings. */
    private static final int DAYS_KEPT = 62;

    private static final Logger LOG = Logger.getLogger(CountryLag.class.getName());

    @Inject
    HistoryLoader history;

    @Inject
    StoredLagDays stored;

    @Resource
    ManagedExecutorService executor;

    private record Kept(HistoryLoader.Fingerprint fingerprint, List<SellerLag> findings) {
    }

    private final Map<LocalDate, Kept> daysOver = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<LocalDate, Kept> eldest) {
                    return size() > DAYS_KEPT;
                }
            });

    /** Each reporting seller's findings for each Korean day from {@code first} to {@code last}, inclusive. */
    public List<SellerLag> days(LocalDate first, LocalDate last, Instant now) {
        List<SellerLag> found = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Instant start = day.atStartOfDay(Korea.ZONE).toInstant();
            Instant end = day.plusDays(1).atStartOfDay(Korea.ZONE).toInstant();
            if (!end.isAfter(now)) {
                found.addAll(kept(day, start, end, now));
            } else if (start.isBefore(now)) {
                found.addAll(judge(start, end, now));
            }
        }
        return found;
    }

    private List<SellerLag> kept(LocalDate day, Instant start, Instant end, Instant now) {
        HistoryLoader.Fingerprint fingerprint = history.fingerprint(start, end);
        Kept kept = daysOver.get(day);
        if (kept != null && kept.fingerprint().equals(fingerprint)) {
            return kept.findings();
        }
        Optional<List<SellerLag>> read = stored.read(day, fingerprint);
        kept = new Kept(fingerprint, read.orElseGet(() -> judge(start, end, now)));
        daysOver.put(day, kept);
        if (read.isEmpty()) {
            store(day, kept, now);
        }
        return kept.findings();
    }

    /** In the background: the report that judged the day need not wait for its findings to be written. */
    private void store(LocalDate day, Kept kept, Instant now) {
        try {
            executor.execute(() -> {
                try {
                    stored.write(day, kept.fingerprint(), kept.findings(), now);
                } catch (RuntimeException e) {
                    // only a head start for the next restart: the day is judged again then
                    LOG.log(Level.WARNING, "the lag findings of " + day + " were not stored", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "the lag findings of " + day + " were not stored: no thread to write them", e);
        }
    }

    private List<SellerLag> judge(Instant start, Instant end, Instant now) {
        return history.reportingSellers(STOCK_REPORTS, start, end).stream().map(h -> SellerLag.of(h, now)).toList();
    }
}
