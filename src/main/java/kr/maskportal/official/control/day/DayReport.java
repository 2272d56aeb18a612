package kr.maskportal.official.control.day;

import java.time.LocalDate;
import java.util.List;

/**
 * What happened in one district on one Korean sales day, as {@link DayReports} replays it.
 *
 * @param sellers       every seller of the district, in the order handed in
 * @param hours         the hours that are over ({@code 0} to {@code hoursOver - 1}), each with the sellers' statuses
 *                      at its end
 * @param queues        the same hours, each with its queue reports
 * @param neverReported the codes of the sellers that made no report that day (undone ones do not count), in the
 *                      order handed in
 */
public record DayReport(LocalDate date, List<SellerDay> sellers, List<HourShare> hours, List<HourQueues> queues,
                        List<String> neverReported) {

    public DayReport {
        sellers = List.copyOf(sellers);
        hours = List.copyOf(hours);
        queues = List.copyOf(queues);
        neverReported = List.copyOf(neverReported);
    }

    /** 24 for a day that is over; fewer for today, whose later hours have not happened yet. */
    public int hoursOver() {
        return hours.size();
    }
}
