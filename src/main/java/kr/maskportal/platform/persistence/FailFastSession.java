package kr.maskportal.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed for want of a connection three times, waiting five seconds before each
 * new connection: with the database down, a pharmacist's report then took ten seconds and more to be refused. One
 * immediate retry is kept (it covers a pooled connection that died since the pool checked it); then the failure
 * goes to the request, which answers "not saved, try again" at once. Named in persistence.xml.
 */
public class FailFastSession implements SessionCustomizer {

    static final int RETRIES = 1;
    static final int DELAY_MILLIS = 0;

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(RETRIES);
        session.getLogin().setDelayBetweenConnectionAttempts(DELAY_MILLIS);
    }
}
