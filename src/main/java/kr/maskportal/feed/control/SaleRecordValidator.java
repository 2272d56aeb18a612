package kr.maskportal.feed.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.maskportal.stock.entity.StockBand;

/** Checks the stock records of one refresh, in feed order, keeping the accepted ones and counting the rest. */
final class SaleRecordValidator {

    /** Upstream clocks ran a little fast; more than this is a wrong clock or zone, and would look fresh for hours. */
    static final Duration ALLOWED_SKEW = Duration.ofMinutes(10);

    private final Set<String> knownSellers;
    private final Instant latestAllowed;
    private final Set<String> acceptedCodes = new HashSet<>();
    private final List<SaleObservation> observations = new ArrayList<>();
    private final Map<SaleProblem, Integer> problems = new EnumMap<>(SaleProblem.class);

    SaleRecordValidator(Set<String> knownSellers, Instant now) {
        this.knownSellers = knownSellers;
        this.latestAllowed = now.plus(ALLOWED_SKEW);
    }

    void add(FeedRecord record) {
        SaleProblem problem = check(record);
        if (problem != null) {
            problems.merge(problem, 1, Integer::sum);
        }
    }

    private SaleProblem check(FeedRecord record) {
        String code = record.code();
        if (code == null) {
            return SaleProblem.MISSING_CODE;
        }
        if (!knownSellers.contains(code)) {
            return SaleProblem.UNKNOWN_SELLER;
        }
        StockBand band = null;
        if (record.remainStat() != null) {
            Optional<StockBand> known = StockBand.fromFeedCode(record.remainStat().toLowerCase(Locale.ROOT));
            if (known.isEmpty()) {
                return SaleProblem.UNKNOWN_REMAIN_STAT;
            }
            band = known.get();
        }
        Instant stockAt = time(record.stockAt());
        Instant createdAt = time(record.createdAt());
        if (stockAt == null && record.stockAt() != null || createdAt == null && record.createdAt() != null) {
            return SaleProblem.MALFORMED_TIME;
        }
        if (isFuture(stockAt) || isFuture(createdAt)) {
            return SaleProblem.FUTURE_TIME;
        }
        if (!acceptedCodes.add(code)) {
            return SaleProblem.DUPLICATE_CODE;
        }
        observations.add(new SaleObservation(code, band, stockAt, createdAt));
        return null;
    }

    private static Instant time(String text) {
        return text == null ? null : FeedTime.parse(text).orElse(null);
    }

    private boolean isFuture(Instant time) {
        return time != null && time.isAfter(latestAllowed);
    }

    List<SaleObservation> observations() {
        return Collections.unmodifiableList(observations);
    }

    Map<SaleProblem, Integer> problems() {
        return Collections.unmodifiableMap(problems);
    }
}
