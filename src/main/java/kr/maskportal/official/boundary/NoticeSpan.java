package kr.maskportal.official.boundary;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import kr.maskportal.platform.time.Korea;

/**
 * When a district notice is up, in Korea time, as parts for the bundle's sentence ("3월 11일 14:00부터 3월 12일
 * 14:00까지"), so that the words and their order stay in the bundles. An end at midnight is said as 24:00 of the day
 * before, as notices in Korea say it ("11일 24:00까지"), so that it does not read as a day longer than meant.
 */
public record NoticeSpan(int startMonth, int startDay, String startTime, int endMonth, int endDay, String endTime,
        String startIso, String endIso) {

    public static NoticeSpan of(Instant start, Instant end) {
        ZonedDateTime from = start.atZone(Korea.ZONE);
        ZonedDateTime to = end.atZone(Korea.ZONE);
        String endTime = time(to);
        if (to.toLocalTime().equals(LocalTime.MIDNIGHT) && to.isAfter(from)) {
            to = to.minusDays(1);
            endTime = "24:00";
        }
        return new NoticeSpan(from.getMonthValue(), from.getDayOfMonth(), time(from), to.getMonthValue(),
                to.getDayOfMonth(), endTime, iso(start), iso(end));
    }

    /** Whether it starts and ends on the same Korean day, which the sentence then names once. */
    public boolean isSameDay() {
        return startMonth == endMonth && startDay == endDay;
    }

    /** The bundle key of the sentence; its parameters are the six parts in order. */
    public String getMessageKey() {
        return isSameDay() ? "notice.span.sameDay" : "notice.span";
    }

    public int getStartMonth() {
        return startMonth;
    }

    public int getStartDay() {
        return startDay;
    }

    public String getStartTime() {
        return startTime;
    }

    public int getEndMonth() {
        return endMonth;
    }

    public int getEndDay() {
        return endDay;
    }

    public String getEndTime() {
        return endTime;
    }

    /** For a {@code datetime} attribute, e.g. {@code 2020-03-11T14:00+09:00}. */
    public String getStartIso() {
        return startIso;
    }

    public String getEndIso() {
        return endIso;
    }

    private static String time(ZonedDateTime at) {
        return String.format("%02d:%02d", at.getHour(), at.getMinute());
    }

    private static String iso(Instant at) {
        ZonedDateTime korea = at.atZone(Korea.ZONE);
        return (korea.getSecond() == 0 ? korea.truncatedTo(ChronoUnit.MINUTES) : korea.truncatedTo(ChronoUnit.SECONDS))
                .toOffsetDateTime().toString();
    }
}
