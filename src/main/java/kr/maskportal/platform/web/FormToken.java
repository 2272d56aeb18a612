package kr.maskportal.platform.web;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The synchroniser token of the staff forms (OWASP's CSRF defence): one random value per session, written into
 * every Faces form as the hidden field {@value #FIELD} ({@link FormTokenField}) and required on every post
 * ({@link SafeMethods}). The Faces view state (server-side state saving) already ties a post to a view of the
 * session; this token is checked before Faces runs at all, is named as scanners and reviewers look for it, and is
 * renewed at sign-in so that a session seen before sign-in gives nothing for afterwards.
 */
public final class FormToken {

    public static final String FIELD = "csrf_token";
    static final String ATTRIBUTE = "kr.maskportal.formToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormToken() {
    }

    /** The session's token, made on first use: 32 random bytes, URL-safe Base64. */
    public static String of(HttpSession session) {
        synchronized (session) {
            Object token = session.getAttribute(ATTRIBUTE);
            if (token instanceof String existing) {
                return existing;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, made);
            return made;
        }
    }

    /** Whether a posted value is the session's token; false without a session or a token yet. Constant time. */
    public static boolean matches(HttpSession session, String posted) {
        Object token = session == null ? null : session.getAttribute(ATTRIBUTE);
        return token instanceof String expected && posted != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                        posted.getBytes(StandardCharsets.UTF_8));
    }

    /** The next form rendered in this session gets a new token. */
    public static void forget(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
