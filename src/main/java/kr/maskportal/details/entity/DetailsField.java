package kr.maskportal.details.entity;

/** The parts of a seller's details a problem can be about: the form shows its message by that field. */
public enum DetailsField {
    PHONE,
    DESCRIPTION,
    /** A day's choice: not given, closed, or open. */
    DAY_STATE,
    DAY_OPENS,
    DAY_CLOSES
}
