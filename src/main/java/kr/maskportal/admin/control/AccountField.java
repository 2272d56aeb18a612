package kr.maskportal.admin.control;

/**
 * The fields of the account forms a problem can be about, in the order the forms show them; the pages turn them into
 * client ids.
 */
public enum AccountField {
    LOGIN,
    DISPLAY_NAME,
    ROLE,
    PASSWORD,
    SELLERS,
    DISTRICTS,
    /** Enabling or disabling: the problem is with the button, not a field. */
    STATUS
}
