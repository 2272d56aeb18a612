package kr.maskportal.details.boundary;

import kr.maskportal.details.entity.DayDraft;
import kr.maskportal.details.entity.OpeningDay;

/** One day's row of the hours form, as typed: the choice (not given, closed, open) and the two times. */
public final class DayInput {

    private final OpeningDay day;
    private String state;
    private String opens;
    private String closes;

    DayInput(OpeningDay day, DayDraft draft) {
        this.day = day;
        this.state = draft.state();
        this.opens = draft.opens();
        this.closes = draft.closes();
    }

    DayDraft draft() {
        return new DayDraft(state, opens, closes);
    }

    /** {@code MON} … {@code HOL}: part of the fields' ids ({@code details:MON-opens}). */
    public String getCode() {
        return day.name();
    }

    public String getDayKey() {
        return "details.day." + day.name();
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getOpens() {
        return opens;
    }

    public void setOpens(String opens) {
        this.opens = opens;
    }

    public String getCloses() {
        return closes;
    }

    public void setCloses(String closes) {
        this.closes = closes;
    }
}
