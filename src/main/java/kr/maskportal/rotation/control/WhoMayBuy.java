package kr.maskportal.rotation.control;

/** Who may buy public masks on a given day. */
public enum WhoMayBuy {

    /** No rotation rule is recorded for the day: before the 5부제 began on 2020-03-09. */
    NO_RULE,

    /** Those whose birth year ends in one of the day's digits (the 5부제 weekdays). */
    BIRTH_YEAR_DIGITS,

    /** Anyone who has not bought in this week, Monday to Sunday (the 5부제 weekends). */
    NOT_BOUGHT_THIS_WEEK,

    /** Anyone, whatever their birth year (after the 5부제 ended). */
    ANYONE
}
