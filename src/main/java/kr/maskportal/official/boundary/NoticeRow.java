package kr.maskportal.official.boundary;

import java.time.Instant;
import kr.maskportal.official.control.ListedNotice;

/** One notice in the official's list: where, what, when, who, its state, and the withdraw form's input. */
public class NoticeRow {

    /** Where a notice stands at the moment the list is read. */
    public enum State {
        IN_FORCE, UPCOMING, ENDED, WITHDRAWN
    }

    private final ListedNotice notice;
    private final String place;
    private final NoticeSpan span;
    private final State state;
    private final WithdrawInput input;

    NoticeRow(ListedNotice notice, String place, Instant now) {
        this.notice = notice;
        this.place = place;
        this.span = NoticeSpan.of(notice.startsAt(), notice.endsAt());
        this.state = stateOf(notice, now);
        this.input = new WithdrawInput(Long.toString(notice.id()));
    }

    static State stateOf(ListedNotice notice, Instant now) {
        if (notice.withdrawnAt() != null) {
            return State.WITHDRAWN;
        }
        if (!notice.endsAt().isAfter(now)) {
            return State.ENDED;
        }
        return notice.startsAt().isAfter(now) ? State.UPCOMING : State.IN_FORCE;
    }

    Instant startsAt() {
        return notice.startsAt();
    }

    public long getId() {
        return notice.id();
    }

    /** The form's id, with the notice's id in it, so the id stays the same whatever notices come before. */
    public String getFormId() {
        return "withdraw-" + notice.id();
    }

    public String getDistrictCode() {
        return notice.districtCode();
    }

    /** The district's name as residents read it ("서울특별시 마포구"), or its code when the directory lacks it. */
    public String getPlace() {
        return place;
    }

    public String getText() {
        return notice.text();
    }

    public NoticeSpan getSpan() {
        return span;
    }

    public String getAuthor() {
        return notice.author();
    }

    public State getState() {
        return state;
    }

    public String getStateKey() {
        return "official.notices.state." + state.name();
    }

    /** Still on the public pages, or about to be: worth taking down. */
    public boolean isWithdrawable() {
        return state == State.IN_FORCE || state == State.UPCOMING;
    }

    public WithdrawInput getInput() {
        return input;
    }

    /** The withdraw form's hidden field: which notice, as posted (an edited post names another). */
    public static class WithdrawInput {

        private String notice;

        WithdrawInput(String notice) {
            this.notice = notice;
        }

        public String getNotice() {
            return notice;
        }

        public void setNotice(String notice) {
            this.notice = notice;
        }
    }
}
