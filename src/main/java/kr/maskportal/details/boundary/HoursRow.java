package kr.maskportal.details.boundary;

import kr.maskportal.details.entity.DayHours;
import kr.maskportal.details.entity.OpeningDay;

/** One day's line of a seller's hours on the residents' pages. */
public final class HoursRow {

    private final OpeningDay day;
    private final DayHours hours;
    private final boolean today;

    HoursRow(OpeningDay day, DayHours hours, boolean today) {
        this.day = day;
        this.hours = hours;
        this.today = today;
    }

    /** {@code details.day.MON} … {@code details.day.HOL}. */
    public String getDayKey() {
        return "details.day." + day.name();
    }

    public boolean isClosed() {
        return hours.closed();
    }

    public String getOpens() {
        return hours.opens();
    }

    public String getCloses() {
        return hours.closes();
    }

    /** Whether this is today's day of the week (Korea time). */
    public boolean isToday() {
        return today;
    }
}
