package kr.maskportal.details.entity;

/**
 * One day of the hours as typed into the form.
 *
 * @param state  {@code NONE} (not given), {@code CLOSED} or {@code OPEN}, as the form's choice sends it
 * @param opens  as typed, may be null or blank
 * @param closes as typed, may be null or blank
 */
public record DayDraft(String state, String opens, String closes) {

    /** The form's choices for a day. */
    public enum State {
        NONE, CLOSED, OPEN
    }

    public static DayDraft of(DayHours hours) {
        if (hours == null) {
            return new DayDraft(State.NONE.name(), null, null);
        }
        return hours.closed() ? new DayDraft(State.CLOSED.name(), null, null)
                : new DayDraft(State.OPEN.name(), hours.opens(), hours.closes());
    }
}
