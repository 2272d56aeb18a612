package kr.maskportal.feed.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kr.maskportal.feed.replay.PolledReplay;
import kr.maskportal.feed.replay.ReplayFeed;
import kr.maskportal.feed.replay.SalesDay;
import kr.maskportal.feed.replay.StoreInfo;
import kr.maskportal.platform.DatabaseMigrations;
import kr.maskportal.platform.DatabaseSettings;
import kr.maskportal.platform.persistence.Jdbc;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.seller.entity.SellerType;

/**
 * The one-command demo's past week: on the embedded default with the replay on, a database without feed history
 * before the demo day gets the 7 days before it for the sellers of 서울특별시 ({@link #PROVINCE}), as the portal would
 * have stored them polling the replay (same seed and lag, {@link PolledReplay}), and "sold out" reported within two
 * minutes of the real sell-out at a share of the pharmacies, chosen by code. So the forecasts
 * ({@code ForecastLearning}) have a week to learn from, and the demo shows "likely sold out", the usual times and
 * the districts' hit rates from its first minute.
 *
 * <p>A start-up singleton that the feed poller, the forecasts and the lag warm-up depend on: they read the
 * history at start-up, so they must find the week in place (and the poller's rows of the demo day must come after
 * it). Each {@code @DependsOn} names one singleton, the chain being SellerListLoader, AccountBootstrap (the demo
 * accounts the reports are made with), this: Payara refused {@code {"SellerListLoader", "DemoHistory"}} as a
 * "cyclic dependency" although there is none. Outside the demo it returns before touching the database.
 */
@Startup
@Singleton
@DependsOn("AccountBootstrap")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoHistory {

    private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());
    static final int DAYS = 7;
    /** The pharmacies whose pharmacists report "sold out" in the demo's past week. */
    static final double REPORTING_SHARE = 0.4;
    static final Duration REPORTED_WITHIN = Duration.ofMinutes(2);
    /**
     * The sellers given a past week: 서울특별시's (district codes 11…), some 5,000, where the demo's official and
     * pharmacists are. The whole country's week is 750,000 feed rows, which the embedded H2 takes in at about
     * 10,000 a second with its indexes: over a minute of every first start.
     */
    static final String PROVINCE = "11";
    private static final int ROWS_PER_TRANSACTION = 5_000;

    /** What a start does about the past week. */
    enum Start {
        /** MySQL/MariaDB, or the replay is off: nothing, not even a query. */
        NOT_THE_DEMO,
        /** The demo database has history before the demo day already (an earlier start wrote it). */
        HISTORY_THERE,
        WRITE
    }

    @Inject
    DemoReplay replay;

    @Inject
    Clock clock;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    /** A sold-out report of the replayed week. */
    record SoldOut(String sellerCode, Instant reportedAt) {
    }

    @PostConstruct
    void start() {
        try {
            LocalDate demoDay = LocalDate.ofInstant(clock.instant(), Korea.ZONE);
            Start start = decide(replay.isEnabled(), DatabaseSettings.fromConfig().isEmbedded(),
                    () -> hasHistoryBefore(demoDay));
            if (start == Start.HISTORY_THERE) {
                LOG.info(() -> "demo history: the feed history before " + demoDay + " is there already");
            } else if (start == Start.WRITE) {
                write(demoDay);
            }
        } catch (RuntimeException e) {
            // the demo runs on without a past week: no forecasts until days of its own have ended
            LOG.log(Level.WARNING, "demo history: writing the past week failed", e);
        }
    }

    /** The demo only: the replay on the embedded H2 default, whose history before the demo day is empty. */
    static Start decide(boolean replayEnabled, boolean embeddedDatabase, BooleanSupplier historyBeforeDemoDay) {
        if (!replayEnabled || !embeddedDatabase) {
            return Start.NOT_THE_DEMO;
        }
        return historyBeforeDemoDay.getAsBoolean() ? Start.HISTORY_THERE : Start.WRITE;
    }

    /**
     * Whether the week is there: its last day has feed history (it is written last). Rows of earlier days without
     * it are what a start stopped while writing left; {@link #write} replaces them.
     */
    private boolean hasHistoryBefore(LocalDate demoDay) {
        boolean[] found = {false};
        try (Connection connection = dataSource.getConnection()) {
            Jdbc.query(connection, "SELECT 1 FROM feed_history WHERE observed_at >= ? AND observed_at < ? "
                    + "FETCH FIRST 1 ROWS ONLY", new Object[] {midnight(demoDay.minusDays(1)), midnight(demoDay)},
                    rs -> found[0] = true);
            return found[0];
        } catch (SQLException e) {
            throw new IllegalStateException("reading the feed history failed", e);
        }
    }

    private void write(LocalDate demoDay) {
        long started = System.nanoTime();
        LocalDate first = demoDay.minusDays(DAYS);
        List<StoreInfo> stores = replay.stores(seller -> seller.getDistrictCode() != null
                && seller.getDistrictCode().startsWith(PROVINCE));
        long seed = replay.seed();
        Duration lag = replay.lag();
        Map<String, Long> reporters = new HashMap<>();
        Jdbc.inTransaction(dataSource, "preparing the demo's past week", connection -> {
            reporters.putAll(reporters(connection, stores, seed));
            // what a start stopped while writing left, and days the forecasts learned while they were empty
            // (a demo database older than this history): written and learned again
            Jdbc.update(connection, "DELETE FROM feed_history WHERE observed_at < ?", midnight(demoDay));
            Jdbc.update(connection, "DELETE FROM report WHERE reported_at < ?", midnight(demoDay));
            Jdbc.update(connection, "DELETE FROM forecast_learned WHERE sales_day >= ? AND sales_day < ?", first,
                    demoDay);
        });
        long feedRows = 0;
        long reportRows = 0;
        long simulating = 0;
        var poller = new PolledReplay();
        for (LocalDate date = first; date.isBefore(demoDay); date = date.plusDays(1)) {
            long t0 = System.nanoTime();
            SalesDay day = SalesDay.simulate(stores, date, seed);
            List<Object[]> feed = poller.day(new ReplayFeed(day, lag)).stream().map(r -> new Object[] {
                r.sellerCode(), r.observedAt(), r.band() == null ? null : r.band().name(), r.stockAt(),
                r.createdAt()}).toList();
            List<Object[]> reports = soldOut(day, reporters.keySet(), seed).stream()
                    .map(r -> new Object[] {r.sellerCode(), "SOLD_OUT", r.reportedAt(),
                        reporters.get(r.sellerCode())})
                    .toList();
            simulating += System.nanoTime() - t0;
            // in transactions of a few thousand rows: one of a whole week costs H2 several times as much
            for (int from = 0; from < feed.size(); from += ROWS_PER_TRANSACTION) {
                List<Object[]> rows = feed.subList(from, Math.min(feed.size(), from + ROWS_PER_TRANSACTION));
                Jdbc.inTransaction(dataSource, "writing the demo's past week", connection -> Jdbc.insertRows(
                        connection, "feed_history (seller_code, observed_at, band, stock_at, created_at)", rows));
            }
            if (!reports.isEmpty()) {
                Jdbc.inTransaction(dataSource, "writing the demo's past week", connection -> Jdbc.insertRows(
                        connection, "report (seller_code, kind, reported_at, account_id)", reports));
            }
            feedRows += feed.size();
            reportRows += reports.size();
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        String summary = "demo history: wrote " + feedRows + " feed_history rows and " + reportRows
                + " sold-out reports of " + stores.size() + " sellers (district codes " + PROVINCE + "…) for "
                + first + " to " + demoDay.minusDays(1) + " in " + ms + " ms (simulating "
                + simulating / 1_000_000 + " ms)";
        LOG.info(summary);
    }

    private static Instant midnight(LocalDate day) {
        return day.atStartOfDay(Korea.ZONE).toInstant();
    }

    /**
     * The pharmacies that report, with the account each reports with: its own pharmacist's when it has one (the
     * demo pharmacists'), else the demo's administrator, standing in for pharmacists the demo has no accounts for.
     * None when the database has no administrator.
     */
    private static Map<String, Long> reporters(Connection connection, List<StoreInfo> stores, long seed)
            throws SQLException {
        Map<String, Long> bound = new HashMap<>();
        Jdbc.query(connection, "SELECT b.seller_code, MIN(b.account_id) FROM account_seller b JOIN account a "
                + "ON a.id = b.account_id WHERE a.account_role = 'PHARMACIST' GROUP BY b.seller_code", new Object[0],
                rs -> bound.put(rs.getString(1), rs.getLong(2)));
        Long[] administrator = {null};
        Jdbc.query(connection, "SELECT MIN(id) FROM account WHERE account_role = 'ADMINISTRATOR'", new Object[0],
                rs -> administrator[0] = rs.getObject(1) == null ? null : rs.getLong(1));
        Map<String, Long> reporters = new HashMap<>();
        for (StoreInfo store : stores) {
            Long account = bound.getOrDefault(store.code(), administrator[0]);
            if (account != null && reports(store, seed)) {
                reporters.put(store.code(), account);
            }
        }
        return reporters;
    }

    /** Whether the seller's pharmacist reports in the demo: a pharmacy, picked by its code, the same every start. */
    static boolean reports(StoreInfo store, long seed) {
        return store.type() == SellerType.PHARMACY
                && new SplittableRandom(seed * 0x9E3779B97F4A7C15L + store.code().hashCode()).nextDouble()
                        < REPORTING_SHARE;
    }

    /** The day's "sold out" of the reporting pharmacies: within two minutes after the last mask went. */
    static List<SoldOut> soldOut(SalesDay day, Set<String> reporting, long seed) {
        List<SoldOut> reports = new ArrayList<>();
        for (StoreInfo store : day.stores()) {
            if (reporting.contains(store.code())) {
                Instant lastSecond = day.start().plus(Duration.ofDays(1)).minusSeconds(1);
                long delay = new SplittableRandom(seed * 0xBF58476D1CE4E5B9L + day.date().toEpochDay() * 1_000_003L
                        + store.code().hashCode()).nextLong(REPORTED_WITHIN.toSeconds() + 1);
                day.soldOutAt(store.code()).map(at -> at.plusSeconds(delay))
                        .map(at -> at.isAfter(lastSecond) ? lastSecond : at)
                        .ifPresent(at -> reports.add(new SoldOut(store.code(), at)));
            }
        }
        return reports;
    }
}
