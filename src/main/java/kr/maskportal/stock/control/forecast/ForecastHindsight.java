package kr.maskportal.stock.control.forecast;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.merge.SellOutForecast;
import kr.maskportal.stock.entity.StockBand;

/**
 * When residents were first shown "likely sold out" for a seller on a day that is over, replayed from the day's feed
 * changes with the same rule the merge used ({@link SellOutForecast#likelyFrom}); a pharmacist's "sold out" before
 * that moment means no forecast was shown. Pure.
 */
public final class ForecastHindsight {

    private ForecastHindsight() {
    }

    /**
     * @param feed    the day's feed changes, oldest first
     * @param soldOut the pharmacist's "sold out" reports of the day
     * @param dayEnd  the end of the sales day
     */
    public static Optional<Instant> firstShown(List<FeedEvidence> feed, List<Instant> soldOut, SellerPattern pattern,
            Instant dayEnd) {
        Instant firstReport = soldOut.stream().min(Instant::compareTo).orElse(null);
        Instant someAt = null;
        Instant someStock = null;
        for (int i = 0; i < feed.size(); i++) {
            FeedEvidence row = feed.get(i);
            if (row.state().band() == StockBand.SOME && row.state().stockAt() != null
                    && !row.state().stockAt().equals(someStock)) {
                someAt = row.evidenceAt();
                someStock = row.state().stockAt();
            }
            Instant start = row.observedAt();
            Instant end = i + 1 < feed.size() ? feed.get(i + 1).observedAt() : dayEnd;
            Instant pace = someStock != null && someStock.equals(row.state().stockAt()) ? someAt : null;
            Optional<Instant> from = new SellOutForecast(pattern, false, pace).likelyFrom(row)
                    .map(f -> f.isBefore(start) ? start : f)
                    .filter(f -> f.isBefore(end));
            if (from.isPresent()) {
                return from.filter(f -> firstReport == null || f.isBefore(firstReport));
            }
        }
        return Optional.empty();
    }
}
