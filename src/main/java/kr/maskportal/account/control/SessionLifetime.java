package kr.maskportal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a staff session may last from sign-in, however busy it is (ASVS 3.3.4): the idle timeout (web.xml, 30
 * minutes) ends a forgotten session, this one ends a session that a shared counter computer keeps alive all day.
 * Twelve hours by default: a pharmacist's day, so nobody is signed out in the middle of one. Configurable
 * ({@code PORTAL_SESSION_ABSOLUTE_TIMEOUT}, in seconds) so that a test can watch a session end.
 */
@ApplicationScoped
public class SessionLifetime {

    /** The session attribute holding when its caller signed in, as epoch milliseconds. */
    public static final String SIGNED_IN_AT = "kr.maskportal.signedInAt";
    static final long DEFAULT_SECONDS = 12 * 60 * 60;

    private Duration limit;

    SessionLifetime() {
        // for CDI's proxy
    }

    @Inject
    public SessionLifetime(@ConfigProperty(name = "portal.session.absolute-timeout",
            defaultValue = "" + DEFAULT_SECONDS) long seconds) {
        if (seconds <= 0) {
            throw new IllegalArgumentException("portal.session.absolute-timeout must be positive: " + seconds);
        }
        this.limit = Duration.ofSeconds(seconds);
    }

    public Duration limit() {
        return limit;
    }

    /**
     * Whether a session whose caller signed in at {@code signedInAt} has outlived the limit. A session whose
     * sign-in time is unknown (null) was never signed in here and has nothing to end.
     */
    public boolean expired(Instant signedInAt, Instant now) {
        return signedInAt != null && !now.isBefore(signedInAt.plus(limit));
    }
}
