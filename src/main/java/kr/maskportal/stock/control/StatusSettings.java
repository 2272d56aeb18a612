package kr.maskportal.stock.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import kr.maskportal.rotation.control.PurchaseRotation;
import kr.maskportal.stock.control.merge.MergeSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The status merge's settings from configuration: how long a queue report counts, when evidence is old, when it is
 * unknown (minutes), how long one sale takes (seconds), and how many masks one person may buy — today's limit of the purchase rotation where one is in
 * force, the configured one otherwise.
 */
@ApplicationScoped
public class StatusSettings {

    private final MergeSettings settings;

    @Inject
    PurchaseRotation rotation;

    @Inject
    public StatusSettings(
            @ConfigProperty(name = "portal.status.queue-valid-for", defaultValue = "30") long queueMinutes,
            @ConfigProperty(name = "portal.status.stale-after", defaultValue = "30") long staleMinutes,
            @ConfigProperty(name = "portal.status.unknown-after", defaultValue = "180") long unknownMinutes,
            @ConfigProperty(name = "portal.status.masks-per-person", defaultValue = "2") int masksPerPerson,
            @ConfigProperty(name = "portal.status.seconds-per-sale", defaultValue = "60") long secondsPerSale) {
        this.settings = new MergeSettings(Duration.ofMinutes(queueMinutes), Duration.ofMinutes(staleMinutes),
                Duration.ofMinutes(unknownMinutes), masksPerPerson, Duration.ofSeconds(secondsPerSale));
    }

    /** For CDI's proxy only. */
    protected StatusSettings() {
        this.settings = MergeSettings.DEFAULTS;
    }

    public MergeSettings merge() {
        return settings.withMasksPerPerson(rotation.masksPerPersonToday().orElse(settings.masksPerPerson()));
    }
}
