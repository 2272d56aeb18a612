package kr.maskportal.stock.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How old evidence may be before it is shown as stale, and before it is shown as unknown (minutes). */
@ApplicationScoped
public class StatusThresholds {

    @Inject
    @ConfigProperty(name = "portal.status.stale-after", defaultValue = "30")
    long staleAfterMinutes;

    @Inject
    @ConfigProperty(name = "portal.status.unknown-after", defaultValue = "180")
    long unknownAfterMinutes;

    public Duration staleAfter() {
        return Duration.ofMinutes(staleAfterMinutes);
    }

    public Duration unknownAfter() {
        return Duration.ofMinutes(unknownAfterMinutes);
    }
}
