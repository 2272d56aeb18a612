package kr.maskportal.official.control.lag;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.maskportal.platform.time.Korea;

/**
 * After start-up, in the background: the past week's lag findings are judged and kept, so that a city-wide
 * official's first lag report after a restart does not wait for seven days of history to be read.
 */
@Startup
@Singleton
@DependsOn("SellerListLoader")
public class CountryLagWarmUp {

    private static final Logger LOG = Logger.getLogger(CountryLagWarmUp.class.getName());
    private static final int DAYS = 7;

    @Resource
    ManagedExecutorService executor;

    @Inject
    CountryLag lag;

    @Inject
    Clock clock;

    @PostConstruct
    void start() {
        executor.submit(() -> {
            try {
                Instant now = clock.instant();
                LocalDate today = LocalDate.ofInstant(now, Korea.ZONE);
                long started = System.nanoTime();
                int found = lag.days(today.minusDays(DAYS), today.minusDays(1), now).size();
                LOG.info(() -> "lag findings of the past " + DAYS + " days kept: " + found + " sellers' days in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
            } catch (RuntimeException e) {
                // only a head start: the report judges the days itself when asked
                LOG.log(Level.WARNING, "judging the past week's lag at start-up failed", e);
            }
        });
    }
}
