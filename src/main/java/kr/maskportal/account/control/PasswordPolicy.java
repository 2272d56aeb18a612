package kr.maskportal.account.control;

/**
 * What a password must be to be stored. Length is what makes a password hard to guess; composition rules mostly
 * make it hard to remember (NIST SP 800-63B), so there are none.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Long enough for any passphrase, short enough that nobody makes the server hash a megabyte. */
    public static final int MAX_LENGTH = 1_000;

    private PasswordPolicy() {
    }

    /** Counted in characters as people see them (code points), so Korean passphrases count fairly. */
    public static boolean isAcceptable(String password) {
        if (password == null) {
            return false;
        }
        int length = password.codePointCount(0, password.length());
        return length >= MIN_LENGTH && password.length() <= MAX_LENGTH && !password.isBlank();
    }
}
