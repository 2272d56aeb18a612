package kr.maskportal.feed.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import kr.maskportal.stock.control.StockBoard;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The feed's figures for MicroProfile Metrics: refresh duration (ms), records accepted and rejected by reason, and
 * how old the last accepted refresh is.
 */
@ApplicationScoped
public class FeedMetrics {

    private static final Metadata DURATION = Metadata.builder().withName("feed.refresh.duration.ms")
            .withDescription("milliseconds spent fetching, checking and applying one poll of one endpoint").build();

    @Inject
    MetricRegistry registry;

    @Inject
    StockBoard board;

    @Inject
    Clock clock;

    private volatile boolean ageRegistered;

    public void refreshed(RefreshSummary summary, Duration took) {
        Tag endpointTag = new Tag("endpoint", summary.endpoint().name());
        // a histogram of plain milliseconds rather than a Timer or a unit: Payara 6's Prometheus output labels
        // both as seconds while printing other numbers (nanoseconds, milliseconds)
        registry.histogram(DURATION, endpointTag).update(took.toMillis());
        registry.counter("feed.refresh", endpointTag, new Tag("outcome", summary.outcome())).inc();
        registry.counter("feed.records.accepted", endpointTag).inc(summary.accepted());
        summary.reasons().forEach((reason, count) ->
                registry.counter("feed.records.rejected", endpointTag, new Tag("reason", reason.name())).inc(count));
        registerAge();
    }

    private void registerAge() {
        if (!ageRegistered) {
            registry.gauge("feed.age.seconds", board, b -> b.health().lastSuccessAt() == null ? -1
                    : Duration.between(b.health().lastSuccessAt(), clock.instant()).toSeconds());
            ageRegistered = true;
        }
    }
}
