package kr.maskportal.openapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import kr.maskportal.report.control.ReportBoard;
import kr.maskportal.seller.control.AddressLookup;
import kr.maskportal.seller.control.AddressLookup.AddressedPlace;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.SellerCatalog;
import kr.maskportal.seller.control.SellerDirectory;
import kr.maskportal.stock.control.StatusSettings;
import kr.maskportal.stock.control.StockBoard;
import kr.maskportal.stock.control.forecast.ForecastBoard;

/**
 * The corrected feed's data: a {@link StockSnapshot} per version of what it is judged from (the directory, the
 * feed, the reports) and per minute, since statuses age by the clock (stale after 30 minutes, unknown after 3 hours,
 * a queue gone after 30). A snapshot is judged by the first request that finds the data changed, one request at a
 * time; meanwhile the others are answered from the snapshot before, at most one judging's time behind. Only the very
 * first snapshot is waited for. The sellers' store fields are prepared again only when the directory changes.
 */
@ApplicationScoped
public class CorrectedFeed {

    private static final Logger LOG = Logger.getLogger(CorrectedFeed.class.getName());

    @Inject
    SellerDirectory directory;

    @Inject
    StockBoard board;

    @Inject
    ForecastBoard forecasts;

    @Inject
    ReportBoard reports;

    @Inject
    StatusSettings settings;

    @Inject
    SellerCatalog catalog;

    @Inject
    Clock clock;

    private final ReentrantLock judging = new ReentrantLock();
    private volatile Judged current;
    private volatile AddressLookup addresses;

    /** The snapshot of now, or of a moment ago while another request judges the next one. */
    public StockSnapshot current() {
        Instant now = clock.instant();
        // read before the data: data newer than its version is judged once more, never missed
        var version = new DataVersion(directory.version(), board.version(), reports.version(), forecasts.version(),
                Math.floorDiv(now.toEpochMilli(), 60_000));
        Judged last = current;
        if (last != null && last.version().equals(version)) {
            return last.snapshot();
        }
        if (last == null) {
            judging.lock();
        } else if (!judging.tryLock()) {
            return last.snapshot();
        }
        try {
            Judged latest = current;
            if (latest != null && latest.version().equals(version)) {
                return latest.snapshot(); // judged while this request waited
            }
            long start = System.nanoTime();
            DirectorySnapshot sellers = directory.current();
            SellerIndex index = latest != null && latest.snapshot().sellers().directory() == sellers
                    ? latest.snapshot().sellers() : new SellerIndex(sellers);
            StockSnapshot snapshot = StockSnapshot.judge(index, board::feedEvidence, reports::reports,
                    seller -> forecasts.forecast(seller.getCode(), seller.getDistrictCode()), settings.merge(), now);
            current = new Judged(version, snapshot);
            LOG.fine(() -> "corrected feed of " + index.size() + " sellers judged in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
            return snapshot;
        } finally {
            judging.unlock();
        }
    }

    /** The districts an address names; empty when it names none. */
    public Optional<AddressedPlace> place(String address) {
        AddressLookup lookup = addresses;
        if (lookup == null) {
            // the reference changes only with a migration: read once
            lookup = new AddressLookup(catalog.places());
            addresses = lookup;
        }
        return lookup.find(address);
    }

    private record DataVersion(long directory, long board, long reports, long forecasts, long minute) {
    }

    private record Judged(DataVersion version, StockSnapshot snapshot) {
    }
}
