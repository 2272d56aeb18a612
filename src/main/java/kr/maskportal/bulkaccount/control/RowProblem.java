package kr.maskportal.bulkaccount.control;

/**
 * What can be wrong with one row of an account file; each has the message {@code admin.import.problem.<name>},
 * whose {0} is {@link RowIssue.Reason#getArgument()}.
 */
public enum RowProblem {
    /** Not three fields, or a quote never closed. */
    UNREADABLE,
    SELLER_MISSING,
    /** No seller with that code in the seller list. */
    SELLER_UNKNOWN,
    LOGIN_MISSING,
    LOGIN_TOO_SHORT,
    LOGIN_TOO_LONG,
    /** Anything but a-z, 0-9, '.', '-' and '_' (after lower-casing), or a mark first: {@code LoginPolicy}. */
    LOGIN_BAD_CHARACTERS,
    /** An account with that login exists already. */
    LOGIN_TAKEN,
    /** The same login on an earlier line of the file; that earlier line counts, this one is a duplicate. */
    DUPLICATE,
    CONTACT_MISSING,
    /** Neither an e-mail address nor a Korean phone number ({@link ContactCheck}). */
    CONTACT_BAD
}
