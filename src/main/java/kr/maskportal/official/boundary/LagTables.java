package kr.maskportal.official.boundary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import kr.maskportal.official.boundary.ReportTable.Column;
import kr.maskportal.official.control.lag.LagBucket;
import kr.maskportal.official.control.lag.LagFigures;
import kr.maskportal.official.control.lag.LagReport;
import kr.maskportal.official.control.lag.LagReport.DayFigures;
import kr.maskportal.official.control.lag.LagReport.DistrictDay;
import kr.maskportal.official.control.lag.LagReport.SellerDisagreements;

/**
 * The lag report's tables and charts, in words, so that each chart and its table (and the table's CSV) carry the
 * same numbers. Lags are in minutes with one decimal ({@code 4.5} is four and a half minutes); a figure that does
 * not exist (no agreed episode that day) is a dash.
 */
public final class LagTables {

    public static final String HISTOGRAM = "histogram";
    public static final String DAYS = "days";
    public static final String DISTRICTS = "districts";
    public static final String SELLERS = "sellers";
    static final String NONE = "–";

    /**
     * @param selection    which caption variant: {@code one} (a district, named by {@code selectionName}),
     *                     {@code mine} (the official's districts, named) or {@code country}
     * @param words        bundle text by key, for labels that are cells
     * @param districtName a district's name by code (null code: the unplaced)
     * @param sellerName   a seller's name by code
     */
    public record Naming(String selection, String selectionName, String from, String to,
                         Function<String, String> words, Function<String, String> districtName,
                         Function<String, String> sellerName) {

        String caption(String table) {
            return "official.lag." + table + ".caption." + selection;
        }

        List<String> params() {
            return selectionName == null ? List.of(from, to) : List.of(from, to, selectionName);
        }
    }

    private LagTables() {
    }

    public static ReportTable histogram(LagReport report, Naming naming) {
        List<List<String>> rows = new ArrayList<>();
        report.histogram().forEach((bucket, count) ->
                rows.add(List.of(naming.words().apply(bucket.labelKey()), Integer.toString(count))));
        return new ReportTable(HISTOGRAM, naming.caption(HISTOGRAM), naming.params(),
                List.of(Column.text("official.lag.column.lag"), Column.number("official.lag.column.episodes")), rows);
    }

    public static ReportTable days(LagReport report, Naming naming) {
        List<List<String>> rows = new ArrayList<>();
        for (DayFigures day : report.byDay()) {
            List<String> row = new ArrayList<>();
            row.add(day.day().toString());
            row.addAll(figures(day.figures()));
            rows.add(row);
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("official.lag.column.day"));
        columns.addAll(FIGURE_COLUMNS);
        return new ReportTable(DAYS, naming.caption(DAYS), naming.params(), columns, rows);
    }

    public static ReportTable districts(LagReport report, Naming naming) {
        List<List<String>> rows = new ArrayList<>();
        for (DistrictDay day : report.byDistrictDay()) {
            List<String> row = new ArrayList<>();
            row.add(naming.districtName().apply(day.districtCode()));
            row.add(day.day().toString());
            row.addAll(figures(day.figures()));
            rows.add(row);
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("official.lag.column.district"));
        columns.add(Column.text("official.lag.column.day"));
        columns.addAll(FIGURE_COLUMNS);
        return new ReportTable(DISTRICTS, naming.caption(DISTRICTS), naming.params(), columns, rows);
    }

    public static ReportTable sellers(LagReport report, Naming naming) {
        List<List<String>> rows = new ArrayList<>();
        for (SellerDisagreements seller : report.topSellers()) {
            rows.add(List.of(naming.sellerName().apply(seller.sellerCode()), seller.sellerCode(),
                    naming.districtName().apply(seller.districtCode()), Integer.toString(seller.disagreements()),
                    Integer.toString(seller.episodes()), minutes(seller.medianLag())));
        }
        return new ReportTable(SELLERS, naming.caption(SELLERS), naming.params(), List.of(
                Column.text("official.lag.column.seller"), Column.text("official.lag.column.code"),
                Column.text("official.lag.column.district"), Column.number("official.lag.column.disagreements"),
                Column.number("official.lag.column.episodes"), Column.number("official.lag.column.medianLag")), rows);
    }

    /** The histogram's bars: the same counts as {@link #histogram}. */
    public static String histogramChart(LagReport report, Function<String, String> words) {
        List<String> labels = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (LagBucket bucket : LagBucket.values()) {
            labels.add(words.apply(bucket.labelKey()));
            counts.add(report.histogram().get(bucket));
        }
        return ChartJson.bar(labels, List.of(new ChartJson.Series(words.apply("official.lag.column.episodes"),
                counts)), words.apply("official.lag.column.episodes"), false);
    }

    /** Median and 90th percentile by day, in minutes: the same numbers as {@link #days}. */
    public static String daysChart(LagReport report, Function<String, String> words) {
        List<String> labels = new ArrayList<>();
        List<Double> median = new ArrayList<>();
        List<Double> p90 = new ArrayList<>();
        for (DayFigures day : report.byDay()) {
            labels.add(day.day().toString());
            median.add(minutesValue(day.figures().median()));
            p90.add(minutesValue(day.figures().p90()));
        }
        return ChartJson.line(labels, List.of(
                new ChartJson.Series(words.apply("official.lag.column.median"), median),
                new ChartJson.Series(words.apply("official.lag.column.p90"), p90)),
                words.apply("official.lag.chart.minutes"), null);
    }

    private static final List<Column> FIGURE_COLUMNS = List.of(
            Column.number("official.lag.column.episodes"), Column.number("official.lag.column.agreed"),
            Column.number("official.lag.column.median"), Column.number("official.lag.column.p90"),
            Column.number("official.lag.column.longest"), Column.number("official.lag.column.neverAgreed"),
            Column.number("official.lag.column.superseded"));

    private static List<String> figures(LagFigures f) {
        return List.of(Integer.toString(f.episodes()), Integer.toString(f.agreed()), minutes(f.median()),
                minutes(f.p90()), minutes(f.longest()), Integer.toString(f.neverAgreed()),
                Integer.toString(f.superseded()));
    }

    /** Minutes with one decimal, rounded half up; a dash for nothing. */
    public static String minutes(Duration lag) {
        return lag == null ? NONE : String.format(Locale.ROOT, "%.1f", lag.toMillis() / 60_000.0);
    }

    private static Double minutesValue(Duration lag) {
        return lag == null ? null : Math.round(lag.toMillis() / 6_000.0) / 10.0;
    }
}
