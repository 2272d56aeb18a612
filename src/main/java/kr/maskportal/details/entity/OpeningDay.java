package kr.maskportal.details.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The days opening hours are given for: Monday to Sunday, and public holidays, on which many pharmacies keep other
 * hours or close. The portal knows no calendar of holidays, so "today" is always a day of the week.
 */
public enum OpeningDay {
    MON, TUE, WED, THU, FRI, SAT, SUN, HOL;

    /** The day of the week of a date (never {@link #HOL}). */
    public static OpeningDay of(LocalDate date) {
        return values()[date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()];
    }
}
