package kr.maskportal.official.boundary;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import kr.maskportal.official.boundary.ReportTable.Column;
import kr.maskportal.official.control.day.DayReport;
import kr.maskportal.official.control.day.HourQueues;
import kr.maskportal.official.control.day.HourShare;
import kr.maskportal.official.control.day.SellerDay;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.stock.control.merge.StatusSource;

/**
 * A {@link DayReport} in words and numbers for the page and its CSV files: every cell is a string already (Korea
 * time, one decimal for shares and averages), so that the page, the charts and the downloads say the same.
 */
final class DayTables {

    static final String HOURLY = "hourly";
    static final String QUEUES = "queues";
    static final String SOLD_OUT = "soldout";
    static final String SILENT = "silent";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Korea.ZONE);

    private final ResourceBundle msg;
    private final Locale locale;

    DayTables(ResourceBundle msg, Locale locale) {
        this.msg = msg;
        this.locale = locale;
    }

    /**
     * @param sellers the district's sellers by code, for names, types and addresses; a seller missing from it is
     *                named by its code
     */
    DayView view(DayReport report, String districtName, Map<String, DirectorySeller> sellers) {
        List<String> caption = List.of(districtName, report.date().toString());
        List<SellerDay> soldOut = report.sellers().stream().filter(SellerDay::soldOut)
                .sorted(Comparator.comparing(SellerDay::soldOutAt)).toList();
        String first = soldOut.isEmpty() ? null
                : time(soldOut.get(0).soldOutAt()) + " (" + name(sellers, soldOut.get(0).sellerCode()) + ")";
        int queueReports = report.queues().stream().mapToInt(HourQueues::reports).sum();
        Integer longest = report.queues().stream().filter(q -> q.longest().isPresent())
                .map(q -> q.longest().getAsInt()).max(Integer::compare).orElse(null);
        return new DayView(districtName, report.date().toString(), report.sellers().size(), soldOut.size(),
                count(soldOut, StatusSource.FEED), count(soldOut, StatusSource.PHARMACIST),
                count(soldOut, StatusSource.BOTH), first, report.neverReported().size(), queueReports, longest,
                report.hoursOver(), shareChart(report), queueChart(report),
                hourly(report, caption), queues(report, caption), soldOut(report, soldOut, sellers, caption),
                silent(report, sellers, caption));
    }

    private ReportTable hourly(DayReport report, List<String> caption) {
        List<List<String>> rows = new ArrayList<>();
        for (HourShare hour : report.hours()) {
            rows.add(List.of(hourLabel(hour.hour()), Integer.toString(hour.withMasks()),
                    decimal(hour.withMasksPercent()), Integer.toString(hour.soldOut()),
                    Integer.toString(hour.notSelling()), Integer.toString(hour.unknown()),
                    decimal(hour.unknownPercent())));
        }
        return new ReportTable(HOURLY, "official.day.hourly.caption", caption, List.of(
                Column.text("official.day.col.hour"),
                Column.number("official.day.col.withMasks"),
                Column.number("official.day.col.withMasksPercent"),
                Column.number("official.day.col.soldOut"),
                Column.number("official.day.col.notSelling"),
                Column.number("official.day.col.unknown"),
                Column.number("official.day.col.unknownPercent")), rows);
    }

    private ReportTable queues(DayReport report, List<String> caption) {
        List<List<String>> rows = new ArrayList<>();
        for (HourQueues hour : report.queues()) {
            rows.add(List.of(hourLabel(hour.hour()), Integer.toString(hour.reports()),
                    Integer.toString(hour.sellers()),
                    hour.average().isPresent() ? decimal(hour.average().getAsDouble()) : "",
                    hour.longest().isPresent() ? Integer.toString(hour.longest().getAsInt()) : ""));
        }
        return new ReportTable(QUEUES, "official.day.queues.caption", caption, List.of(
                Column.text("official.day.col.hour"),
                Column.number("official.day.col.queueReports"),
                Column.number("official.day.col.queueSellers"),
                Column.number("official.day.col.queueAverage"),
                Column.number("official.day.col.queueLongest")), rows);
    }

    /** Those that sold out, earliest first, then those that never did, in the district's order. */
    private ReportTable soldOut(DayReport report, List<SellerDay> soldOut, Map<String, DirectorySeller> sellers,
            List<String> caption) {
        List<List<String>> rows = new ArrayList<>();
        for (SellerDay day : soldOut) {
            String at = time(day.soldOutAt());
            rows.add(List.of(name(sellers, day.sellerCode()), day.sellerCode(),
                    day.fromDayBefore() ? format("official.day.soldOut.fromDayBefore", at) : at,
                    msg.getString("status.source." + day.source().name()),
                    day.masksAgainAt() == null ? "" : time(day.masksAgainAt())));
        }
        for (SellerDay day : report.sellers()) {
            if (!day.soldOut()) {
                rows.add(List.of(name(sellers, day.sellerCode()), day.sellerCode(),
                        msg.getString("official.day.soldOut.never"), "", ""));
            }
        }
        return new ReportTable(SOLD_OUT, "official.day.soldOut.caption", caption, List.of(
                Column.text("official.day.col.seller"),
                Column.text("official.day.col.code"),
                Column.text("official.day.col.soldOutAt"),
                Column.text("official.day.col.source"),
                Column.text("official.day.col.masksAgainAt")), rows);
    }

    private ReportTable silent(DayReport report, Map<String, DirectorySeller> sellers, List<String> caption) {
        List<List<String>> rows = new ArrayList<>();
        for (String code : report.neverReported()) {
            DirectorySeller seller = sellers.get(code);
            rows.add(List.of(name(sellers, code), code,
                    seller == null || seller.getType() == null ? "" : msg.getString("seller.type." + seller.getType().name()),
                    seller == null || seller.getAddress() == null ? "" : seller.getAddress()));
        }
        return new ReportTable(SILENT, "official.day.silent.caption", caption, List.of(
                Column.text("official.day.col.seller"),
                Column.text("official.day.col.code"),
                Column.text("official.day.col.type"),
                Column.text("official.day.col.address")), rows);
    }

    /** The same numbers as the hourly table; the hours not over yet are gaps. */
    private String shareChart(DayReport report) {
        List<Double> withMasks = new ArrayList<>();
        List<Double> unknown = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            HourShare share = hour < report.hoursOver() ? report.hours().get(hour) : null;
            withMasks.add(share == null ? null : round(share.withMasksPercent()));
            unknown.add(share == null ? null : round(share.unknownPercent()));
        }
        return ChartJson.line(hourLabels(), List.of(
                new ChartJson.Series(msg.getString("official.day.col.withMasksPercent"), withMasks),
                new ChartJson.Series(msg.getString("official.day.col.unknownPercent"), unknown)),
                msg.getString("official.day.chart.percent"), 100);
    }

    private String queueChart(DayReport report) {
        List<Double> average = new ArrayList<>();
        List<Integer> longest = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            HourQueues queues = hour < report.queues().size() ? report.queues().get(hour) : null;
            average.add(queues == null || queues.average().isEmpty() ? null : round(queues.average().getAsDouble()));
            longest.add(queues == null || queues.longest().isEmpty() ? null : queues.longest().getAsInt());
        }
        return ChartJson.bar(hourLabels(), List.of(
                new ChartJson.Series(msg.getString("official.day.col.queueAverage"), average),
                new ChartJson.Series(msg.getString("official.day.col.queueLongest"), longest)),
                msg.getString("official.day.chart.people"), false);
    }

    private static List<String> hourLabels() {
        List<String> labels = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            labels.add(hourLabel(hour));
        }
        return labels;
    }

    /** "09:00–10:00"; the last hour ends at 24:00, the day's end. */
    static String hourLabel(int hour) {
        return String.format(Locale.ROOT, "%02d:00–%02d:00", hour, hour + 1);
    }

    private static String time(Instant at) {
        return TIME.format(at);
    }

    /** One decimal, a point whatever the language, as spreadsheets read it. */
    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Exactly the number the table shows. */
    private static double round(double value) {
        return Double.parseDouble(decimal(value));
    }

    private static int count(List<SellerDay> days, StatusSource source) {
        return (int) days.stream().filter(d -> d.source() == source).count();
    }

    private static String name(Map<String, DirectorySeller> sellers, String code) {
        DirectorySeller seller = sellers.get(code);
        return seller == null ? code : seller.getName();
    }

    private String format(String key, Object... params) {
        return new MessageFormat(msg.getString(key), locale).format(params);
    }
}
