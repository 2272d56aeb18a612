package kr.maskportal.account.control;

/** An account id that names no account, e.g. an edited address; pages answer 404. */
public class NoSuchAccount extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoSuchAccount(long id) {
        super("no account with id " + id);
    }
}
