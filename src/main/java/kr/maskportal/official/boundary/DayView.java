package kr.maskportal.official.boundary;

import java.util.List;
import java.util.Optional;

/**
 * One district's day report as the page shows it: the summary's figures, the two charts' Chart.js configurations
 * and the four tables (each also a CSV), all built from one {@code DayReport} by {@link DayTables}.
 *
 * @param firstSoldOut  the district's first sell-out of the day as "HH:mm (seller)"; null when nobody sold out
 * @param longestQueue  the longest queue reported that day, in people; null without queue reports
 * @param hoursOver     24 for a past day; for today, the hours that are over
 */
public record DayView(String districtName, String date, int sellers, int soldOut, int soldOutByFeed,
                      int soldOutByPharmacist, int soldOutByBoth, String firstSoldOut, int neverReported,
                      int queueReports, Integer longestQueue, int hoursOver, String shareChart, String queueChart,
                      ReportTable hourly, ReportTable queues, ReportTable soldOutTable, ReportTable silent) {

    public List<ReportTable> tables() {
        return List.of(hourly, queues, soldOutTable, silent);
    }

    public Optional<ReportTable> table(String id) {
        return tables().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public boolean isWholeDay() {
        return hoursOver == 24;
    }

    // getters for EL, which does not read record components
    public String getDistrictName() {
        return districtName;
    }

    public String getDate() {
        return date;
    }

    public int getSellers() {
        return sellers;
    }

    public int getSoldOut() {
        return soldOut;
    }

    public int getSoldOutByFeed() {
        return soldOutByFeed;
    }

    public int getSoldOutByPharmacist() {
        return soldOutByPharmacist;
    }

    public int getSoldOutByBoth() {
        return soldOutByBoth;
    }

    public String getFirstSoldOut() {
        return firstSoldOut;
    }

    public int getNeverReported() {
        return neverReported;
    }

    public int getQueueReports() {
        return queueReports;
    }

    public Integer getLongestQueue() {
        return longestQueue;
    }

    public int getHoursOver() {
        return hoursOver;
    }

    public String getShareChart() {
        return shareChart;
    }

    public String getQueueChart() {
        return queueChart;
    }

    public ReportTable getHourly() {
        return hourly;
    }

    public ReportTable getQueues() {
        return queues;
    }

    public ReportTable getSoldOutTable() {
        return soldOutTable;
    }

    public ReportTable getSilent() {
        return silent;
    }
}
