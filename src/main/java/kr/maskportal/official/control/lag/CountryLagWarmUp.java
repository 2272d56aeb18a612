package kr.maskportal.official.control.lag;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.maskportal.platform.time.Korea;

/**
 * In the background, from start-up and then every hour: the past week's lag findings are judged (or read back from
 * the database) and kept, so that a city-wide official's lag report never waits for a day of history to be judged,
 * neither after a restart nor on the first morning after a day ended.
 */
@Startup
@Singleton
// after the seller list and the demo's replayed week (DemoHistory), so that the warm-up judges the week written
@DependsOn("DemoHistory")
public class CountryLagWarmUp {

    private static final Logger LOG = Logger.getLogger(CountryLagWarmUp.class.getName());
    private static final int DAYS = 7;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    CountryLag lag;

    @Inject
    Clock clock;

    private ScheduledFuture<?> hourly;

    @PostConstruct
    void start() {
        hourly = executor.scheduleAtFixedRate(this::keepPastWeek, 0, 1, TimeUnit.HOURS);
    }

    @PreDestroy
    void stop() {
        hourly.cancel(false);
    }

    private void keepPastWeek() {
        try {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, Korea.ZONE);
            long started = System.nanoTime();
            int found = lag.days(today.minusDays(DAYS), today.minusDays(1), now).size();
            LOG.info(() -> "lag findings of the past " + DAYS + " days kept: " + found + " sellers' days in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            // only a head start: the report judges the days itself when asked
            LOG.log(Level.WARNING, "judging the past week's lag failed", e);
        }
    }
}
