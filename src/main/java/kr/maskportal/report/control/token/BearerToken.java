package kr.maskportal.report.control.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret a point-of-sale program sends as {@code Authorization: Bearer msp_…}: a fixed prefix, so that a token
 * pasted into the wrong place (a chat, a repository) can be recognised and found by secret scanners, then 32 random
 * bytes in URL-safe Base64 without padding. Only its {@link #hash()} is stored. Random enough that a plain SHA-256
 * is the right hash: there is nothing to guess, so nothing for a slow password hash to slow down.
 */
public final class BearerToken {

    public static final String PREFIX = "msp_";
    static final int RANDOM_BYTES = 32;
    /** 32 bytes are 43 Base64 characters without padding. */
    private static final Pattern FORM = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
    private static final String SCHEME = "Bearer";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private BearerToken(String value) {
        this.value = value;
    }

    public static BearerToken generate() {
        return generate(RANDOM);
    }

    static BearerToken generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new BearerToken(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /**
     * The token of an {@code Authorization} header, if it is the bearer scheme (in any case, as RFC 9110 wants) with
     * a token of the right form; anything else is nobody's token and needs no database look-up.
     */
    public static Optional<BearerToken> fromAuthorization(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String trimmed = header.strip();
        int space = trimmed.indexOf(' ');
        if (space < 0 || !trimmed.substring(0, space).equalsIgnoreCase(SCHEME)) {
            return Optional.empty();
        }
        String token = trimmed.substring(space + 1).strip();
        return FORM.matcher(token).matches() ? Optional.of(new BearerToken(token)) : Optional.empty();
    }

    /** Lower-case hex SHA-256 of the token as sent: what {@code api_token.token_hash} holds. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The secret itself: for the one page that shows it once, and nowhere else. */
    public String reveal() {
        return value;
    }

    /** Never the secret, so that a token logged by accident gives nothing away. */
    @Override
    public String toString() {
        return PREFIX + "…";
    }
}
