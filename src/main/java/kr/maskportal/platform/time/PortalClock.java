package kr.maskportal.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock every part of the portal reads. Production uses the system clock; with PORTAL_CLOCK_START (e.g.
 * {@code 2020-03-11T08:00+09:00}) and PORTAL_CLOCK_SPEED the portal lives in a replayed day instead.
 */
@ApplicationScoped
public class PortalClock {

    private static final Logger LOG = Logger.getLogger(PortalClock.class.getName());

    private final Clock clock;

    @Inject
    public PortalClock(@ConfigProperty(name = "portal.clock.start") Optional<String> start,
            @ConfigProperty(name = "portal.clock.speed", defaultValue = "1") double speed) {
        this.clock = start.map(s -> replay(s, speed)).orElse(Clock.system(Korea.ZONE));
    }

    /** For CDI's proxy only. */
    protected PortalClock() {
        this.clock = null;
    }

    private static Clock replay(String start, double speed) {
        try {
            var at = OffsetDateTime.parse(start).toInstant();
            LOG.info(() -> "the portal's clock replays time from " + start + " at " + speed + "x");
            return new ReplayClock(Clock.system(Korea.ZONE), at, speed);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("PORTAL_CLOCK_START must look like 2020-03-11T08:00+09:00, was " + start, e);
        }
    }

    @Produces
    public Clock clock() {
        return clock;
    }
}
