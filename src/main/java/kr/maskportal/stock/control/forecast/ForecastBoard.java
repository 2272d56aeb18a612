package kr.maskportal.stock.control.forecast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import kr.maskportal.stock.control.StockBoard;
import kr.maskportal.stock.control.merge.SellOutForecast;

/**
 * The forecasts behind the public pages, in memory: every seller's pattern for today, and where forecasts are
 * switched off. Replaced whole when a sales day has been learned ({@link ForecastLearning}).
 */
@ApplicationScoped
public class ForecastBoard {

    @Inject
    StockBoard stock;

    private volatile Learned learned = Learned.NONE;
    private volatile long version;

    /** What one learning left: the day it is for, the patterns, and each district's record over the window. */
    public record Learned(LocalDate forDay, Patterns patterns, Map<String, ForecastRecord> records) {
        static final Learned NONE = new Learned(null, Patterns.NONE, Map.of());
    }

    /** The merge's input for one seller now. */
    public SellOutForecast forecast(String sellerCode, String districtCode) {
        return pattern(sellerCode, districtCode)
                .map(p -> new SellOutForecast(p, switchedOff(districtCode), stock.someAt(sellerCode)))
                .orElse(SellOutForecast.NONE);
    }

    /** The seller's pattern, else its district's for a seller without history; empty when neither exists. */
    public Optional<SellerPattern> pattern(String sellerCode, String districtCode) {
        return learned.patterns().of(sellerCode, districtCode);
    }

    /** False for a seller the directory could not place (null): it has no district to be judged in. */
    public boolean switchedOff(String districtCode) {
        return record(districtCode).switchedOff();
    }

    /** The district's forecasts over the judged window; {@link ForecastRecord#NONE} when there were none. */
    public ForecastRecord record(String districtCode) {
        // the immutable map refuses to look a null key up
        return districtCode == null ? ForecastRecord.NONE
                : learned.records().getOrDefault(districtCode, ForecastRecord.NONE);
    }

    public LocalDate learnedFor() {
        return learned.forDay();
    }

    /** Changes whenever a page's forecast words may have changed, for caching rendered pages. */
    public long version() {
        return version;
    }

    synchronized void replace(Learned next) {
        learned = new Learned(next.forDay(), next.patterns(), Map.copyOf(next.records()));
        version++;
    }
}
