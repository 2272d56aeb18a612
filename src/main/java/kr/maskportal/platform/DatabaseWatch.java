package kr.maskportal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Asks the database every few seconds whether it answers, and tells {@link DatabaseHealth}: requests notice an
 * outage themselves when they fail, but only this probe notices the end of one while nobody writes (the public pages
 * never touch the database). Real time, not the portal's replayed clock, since the notice is about now.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseWatch {

    static final int EVERY_SECONDS = 3;
    /** Short: a database that takes longer than this to say "valid" is as good as down for a resident's request. */
    private static final int VALID_WITHIN_SECONDS = 2;
    private static final Logger LOG = Logger.getLogger(DatabaseWatch.class.getName());

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DatabaseHealth health;

    private final Clock clock = Clock.systemUTC();
    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::probe, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    private void probe() {
        boolean wasDown = health.isDown();
        boolean answers;
        try (Connection connection = dataSource.getConnection()) {
            answers = connection.isValid(VALID_WITHIN_SECONDS);
        } catch (SQLException | RuntimeException e) {
            answers = false;
        }
        if (answers) {
            health.answered();
            if (wasDown) {
                LOG.info("the database answers again");
            }
        } else {
            health.failed(clock.instant());
            if (!wasDown) {
                LOG.warning("the database does not answer: public pages are served from memory, reports refused");
            }
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(true);
        }
    }
}
