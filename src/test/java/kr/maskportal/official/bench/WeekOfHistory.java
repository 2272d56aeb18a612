package kr.maskportal.official.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import kr.maskportal.feed.replay.ReplayFeed;
import kr.maskportal.feed.replay.SalesDay;
import kr.maskportal.feed.replay.StoreInfo;
import kr.maskportal.seller.entity.SellerType;

/**
 * Writes a week of national history into a database the portal has migrated and loaded its sellers into: every
 * feed change the portal's poller would have stored polling the demo replay once a minute (each seller with a lag
 * of its own, {@link FeedLags}), the poller's refresh log, and the reports of the pharmacists who used the portal
 * ({@link PharmacistDay}), made by a handful of pharmacist accounts, with two officials to read them
 * ({@link BenchAccounts}). Earlier history is emptied first. The same seed gives the same rows.
 *
 * <p>Run by {@code src/bench/official-reports.sh}; by hand, with the test classpath:
 * {@code java -cp ... kr.maskportal.official.bench.WeekOfHistory}. The database comes from {@code PORTAL_DB_URL},
 * {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD}, as for the portal; settings are system properties:
 * {@code bench.from} (2020-03-09), {@code bench.days} (7), {@code bench.seed} (2020, the demo replay's),
 * {@code bench.reporting-share} (0.4), {@code bench.password} (bench-official-2020),
 * {@code bench.district} (11440, the one-district official's).
 */
public final class WeekOfHistory {

    /** A report drafted for a seller, before it is written with its pharmacist's account. */
    private record Made(String sellerCode, PharmacistDay.Draft draft) {
    }

    private WeekOfHistory() {
    }

    public static void main(String[] args) throws SQLException {
        LocalDate from = LocalDate.parse(System.getProperty("bench.from", "2020-03-09"));
        int days = Integer.parseInt(System.getProperty("bench.days", "7"));
        long seed = Long.parseLong(System.getProperty("bench.seed", "2020"));
        double reportingShare = Double.parseDouble(System.getProperty("bench.reporting-share", "0.4"));
        String password = System.getProperty("bench.password", "bench-official-2020");
        String district = System.getProperty("bench.district", "11440");
        String url = required("PORTAL_DB_URL");
        if (!url.contains("rewriteBatchedStatements")) {
            url += (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        }
        String user = System.getenv().getOrDefault("PORTAL_DB_USER", "root");
        String dbPassword = System.getenv().getOrDefault("PORTAL_DB_PASSWORD", "");

        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, user, dbPassword)) {
            db.setAutoCommit(false);
            List<StoreInfo> stores = sellers(db);
            if (stores.isEmpty()) {
                throw new IllegalStateException("no sellers: start the portal on this database once first");
            }
            var pick = new SplittableRandom(seed);
            List<String> reporting = stores.stream().map(StoreInfo::code)
                    .filter(code -> pick.nextDouble() < reportingShare).toList();
            Map<String, Integer> reporter = new HashMap<>();
            for (int n = 0; n < reporting.size(); n++) {
                reporter.put(reporting.get(n), n);
            }
            HistoryTables.clear(db);
            BenchAccounts accounts = BenchAccounts.create(db, reporting, password, district);
            System.out.printf("week-of-history: %d sellers, %d with a pharmacist reporting, %s to %s, seed %d%n",
                    stores.size(), reporting.size(), from, from.plusDays(days - 1), seed);

            var lags = new FeedLags(seed);
            Map<String, PolledFeed> pollers = new HashMap<>();
            stores.forEach(s -> pollers.put(s.code(), new PolledFeed(s.code())));
            long feedRows = 0;
            long reportRows = 0;
            long refreshRows = 0;
            long simulating = 0;
            long writing = 0;
            try (var tables = new HistoryTables(db)) {
                for (int d = 0; d < days; d++) {
                    LocalDate date = from.plusDays(d);
                    long t0 = System.nanoTime();
                    SalesDay day = SalesDay.simulate(stores, date, seed);
                    List<PolledFeed.Row> changes = new ArrayList<>();
                    for (StoreInfo store : stores) {
                        pollers.get(store.code()).pollDay(new ReplayFeed(day, lags.of(store.code(), date)),
                                changes::add);
                    }
                    // the poller writes each poll's changes together, sellers in the feed's order (by code)
                    changes.sort(Comparator.comparing(PolledFeed.Row::observedAt));
                    List<Made> reports = new ArrayList<>();
                    for (String code : reporting) {
                        var random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + date.toEpochDay() * 1_000_003L
                                + code.hashCode());
                        for (PharmacistDay.Draft draft : PharmacistDay.draw(day, code, random)) {
                            reports.add(new Made(code, draft));
                        }
                    }
                    reports.sort(Comparator.comparing(r -> r.draft().reportedAt()));
                    long t1 = System.nanoTime();

                    for (PolledFeed.Row row : changes) {
                        tables.feed(row);
                    }
                    for (Made made : reports) {
                        tables.report(made.sellerCode(), accounts.pharmacistOf(reporter.get(made.sellerCode())),
                                made.draft());
                    }
                    for (long minute = 0; minute < Duration.ofDays(1).toMinutes(); minute++) {
                        Instant poll = day.start().plus(PolledFeed.POLL_EVERY.multipliedBy(minute));
                        if (minute % 60 == 0) { // the store list, every 60th poll as the poller's default
                            tables.refresh("STORES", poll, poll.plusSeconds(1), stores.size());
                            refreshRows++;
                        }
                        tables.refresh("SALES", poll, poll.plus(PolledFeed.POLL_TAKES), stores.size());
                        refreshRows++;
                    }
                    tables.flush();
                    db.commit();
                    long t2 = System.nanoTime();
                    simulating += t1 - t0;
                    writing += t2 - t1;
                    feedRows += changes.size();
                    reportRows += reports.size();
                    System.out.printf("week-of-history: %s %-9s %,9d feed changes %,7d reports  simulated in %5.1f s,"
                                    + " written in %5.1f s%n", date, date.getDayOfWeek(), changes.size(),
                            reports.size(), seconds(t1 - t0), seconds(t2 - t1));
                }
            }
            System.out.printf("week-of-history: wrote %,d feed_history rows, %,d report rows, %,d feed_refresh rows "
                            + "in %.1f s (simulating %.1f s, writing %.1f s)%n", feedRows, reportRows, refreshRows,
                    seconds(System.nanoTime() - started), seconds(simulating), seconds(writing));
        }
    }

    /** The sellers the feed lists, in its order (by code), as the demo replay builds them. */
    private static List<StoreInfo> sellers(Connection db) throws SQLException {
        List<StoreInfo> stores = new ArrayList<>();
        try (var query = db.createStatement().executeQuery("SELECT code, name, address, seller_type, latitude, "
                + "longitude FROM seller WHERE vanished_at IS NULL ORDER BY code")) {
            while (query.next()) {
                var lat = query.getBigDecimal(5);
                var lng = query.getBigDecimal(6);
                stores.add(new StoreInfo(query.getString(1), query.getString(2), query.getString(3),
                        SellerType.fromCode(query.getString(4)).orElseThrow(), lat == null ? null : lat.doubleValue(),
                        lng == null ? null : lng.doubleValue()));
            }
        }
        // Java's order, not the collation's, as DemoReplay sorts
        stores.sort(Comparator.comparing(StoreInfo::code));
        return stores;
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " is not set");
        }
        return value;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
