package kr.maskportal.account.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one-time code with which a pharmacist whose account was created in bulk sets their own password: 12 symbols
 * of a 30-letter alphabet without look-alikes (no 0/O, 1/I/L, U), about 59 random bits, shown in groups of four
 * ({@code K7QD-MX3P-9WHT}) and read back case-insensitively with or without the dashes and spaces.
 * <p>
 * Stored as a salted SHA-256 ({@code sha256:salt:hash}), not with the 600,000 PBKDF2 iterations of a password:
 * slow hashing protects what people choose, whereas this code is 59 random bits that live 72 hours, so even a
 * stolen hash at ten billion guesses a second takes years to reverse, long after the code has expired. A fast hash
 * is also what lets 25,000 accounts be imported in seconds rather than hours. Online guessing is held off by the
 * login throttle, as passwords are.
 */
public final class ActivationCode {

    /** 30 letters and digits that cannot be mistaken for each other when read out or typed. */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;
    private static final String SCHEME = "sha256";
    private static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ActivationCode() {
    }

    /** A new code in its shown form, e.g. {@code K7QD-MX3P-9WHT}. */
    public static String generate() {
        var code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, without dashes, spaces and case; what is hashed. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length() && code.length() <= LENGTH; i++) {
            char c = typed.charAt(i);
            if (c != '-' && c != ' ' && c != '\t') {
                code.append(Character.toUpperCase(c));
            }
        }
        return code.toString();
    }

    public static String hash(String code) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        var base64 = Base64.getEncoder();
        return SCHEME + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(digest(salt, normalise(code)));
    }

    /** Whether the typed code is the one hashed; compared in constant time. False for anything unreadable. */
    public static boolean matches(String typed, String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 3 || !SCHEME.equals(parts[0])) {
            return false;
        }
        try {
            var base64 = Base64.getDecoder();
            return MessageDigest.isEqual(base64.decode(parts[2]), digest(base64.decode(parts[1]), normalise(typed)));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static byte[] digest(byte[] salt, String code) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
