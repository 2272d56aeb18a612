package kr.maskportal.rotation.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kr.maskportal.platform.DatabaseMigrations;
import kr.maskportal.platform.time.Korea;

/**
 * The purchase policy held in memory for the whole portal: read from the database once (at start-up, by
 * {@link RotationPolicyLoader}), so a page asks no query to say who may buy today.
 */
@ApplicationScoped
public class PurchaseRotation {

    private static final Logger LOG = Logger.getLogger(PurchaseRotation.class.getName());

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    private final Clock clock;

    private volatile RotationPolicy policy;

    @Inject
    public PurchaseRotation(Clock clock) {
        this.clock = clock;
    }

    /** Without a database: the policy given, on the clock given. */
    public PurchaseRotation(Clock clock, RotationPolicy policy) {
        this.clock = clock;
        this.policy = policy;
    }

    /** For CDI's proxy only. */
    protected PurchaseRotation() {
        this.clock = null;
    }

    /** Reads the policy from the database and uses it from now on. */
    public void load() {
        try (var connection = dataSource.getConnection()) {
            RotationPolicy read = new RotationPolicyReader().read(connection);
            policy = read;
            LOG.info(() -> "purchase rotation policy read: " + read.schedules().size() + " rotation periods, "
                    + read.limits().size() + " purchase limits; today (" + today() + "): " + read.on(today()));
        } catch (SQLException e) {
            throw new IllegalStateException("the purchase rotation policy could not be read", e);
        }
    }

    /** Today in Korea on the portal's clock, whatever the server's zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Korea.ZONE);
    }

    /** What applies on a day (Korea). */
    public RotationRule on(LocalDate day) {
        return policy().on(day);
    }

    /** The most one person in a queue takes home at once on a day (Korea); empty when there is no limit. */
    public OptionalInt masksPerPerson(LocalDate day) {
        return policy().masksPerPerson(day);
    }

    /** {@link #masksPerPerson(LocalDate)} for today in Korea on the portal's clock. */
    public OptionalInt masksPerPersonToday() {
        return masksPerPerson(today());
    }

    // Read on first use should anything ask before the start-up loader has run; the loader still reads it at
    // start-up, so that a broken policy stops the deployment instead of the first page.
    private RotationPolicy policy() {
        RotationPolicy current = policy;
        if (current == null) {
            synchronized (this) {
                if (policy == null) {
                    load();
                }
                current = policy;
            }
        }
        return current;
    }
}
