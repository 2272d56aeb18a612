package kr.maskportal.official.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes the generated history with JDBC batches (the driver turns them into multi-row INSERTs when the URL asks
 * for {@code rewriteBatchedStatements=true}). Times go in as UTC wall-clock values, as the portal stores them
 * (DATETIME(3) in UTC on a UTC session).
 */
final class HistoryTables implements AutoCloseable {

    private static final int BATCH = 5_000;

    private final PreparedStatement feed;
    private final PreparedStatement report;
    private final PreparedStatement refresh;
    private int pendingFeed;
    private int pendingReport;
    private int pendingRefresh;

    HistoryTables(Connection db) throws SQLException {
        feed = db.prepareStatement("INSERT INTO feed_history (seller_code, observed_at, band, stock_at, created_at) "
                + "VALUES (?, ?, ?, ?, ?)");
        report = db.prepareStatement("INSERT INTO report (seller_code, kind, amount, notice, reported_at, account_id, "
                + "api_token_id, undone_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)");
        refresh = db.prepareStatement("INSERT INTO feed_refresh (endpoint, started_at, finished_at, outcome, accepted, "
                + "rejected, reason_counts) VALUES (?, ?, ?, 'ACCEPTED', ?, 0, '{}')");
    }

    /** Empties what an earlier run wrote; the sellers and the accounts of others stay. */
    static void clear(Connection db) throws SQLException {
        try (var statement = db.createStatement()) {
            statement.executeUpdate("TRUNCATE TABLE feed_history");
            statement.executeUpdate("DELETE FROM report");
            statement.executeUpdate("DELETE FROM feed_refresh");
        }
        db.commit();
    }

    void feed(PolledFeed.Row row) throws SQLException {
        feed.setString(1, row.sellerCode());
        time(feed, 2, row.observedAt());
        feed.setString(3, row.band() == null ? null : row.band().name());
        time(feed, 4, row.stockAt());
        time(feed, 5, row.createdAt());
        feed.addBatch();
        if (++pendingFeed == BATCH) {
            feed.executeBatch();
            pendingFeed = 0;
        }
    }

    void report(String sellerCode, long accountId, PharmacistDay.Draft draft) throws SQLException {
        report.setString(1, sellerCode);
        report.setString(2, draft.kind().name());
        if (draft.amount() == null) {
            report.setNull(3, Types.INTEGER);
        } else {
            report.setInt(3, draft.amount());
        }
        report.setString(4, draft.notice());
        time(report, 5, draft.reportedAt());
        report.setLong(6, accountId);
        time(report, 7, draft.undoneAt());
        report.addBatch();
        if (++pendingReport == BATCH) {
            report.executeBatch();
            pendingReport = 0;
        }
    }

    /** One poll's line in the refresh log, as the poller writes it for an accepted refresh. */
    void refresh(String endpoint, Instant started, Instant finished, int accepted) throws SQLException {
        refresh.setString(1, endpoint);
        time(refresh, 2, started);
        time(refresh, 3, finished);
        refresh.setInt(4, accepted);
        refresh.addBatch();
        if (++pendingRefresh == BATCH) {
            refresh.executeBatch();
            pendingRefresh = 0;
        }
    }

    void flush() throws SQLException {
        for (var statement : List.of(feed, report, refresh)) {
            statement.executeBatch();
        }
        pendingFeed = 0;
        pendingReport = 0;
        pendingRefresh = 0;
    }

    private static void time(PreparedStatement statement, int index, Instant at) throws SQLException {
        if (at == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        }
    }

    @Override
    public void close() throws SQLException {
        feed.close();
        report.close();
        refresh.close();
    }
}
