package kr.maskportal.report.control.token;

/** A token was not created; the page puts the reason into words (messages {@code tokens.error.<reason>}). */
public class TokenNotIssued extends RuntimeException {

    public enum Reason {
        NAME_MISSING,
        NAME_TOO_LONG,
        NAME_BAD_CHARACTERS,
        TOO_MANY_ACTIVE
    }

    private final Reason reason;

    public TokenNotIssued(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
