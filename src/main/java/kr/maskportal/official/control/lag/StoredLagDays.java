package kr.maskportal.official.control.lag;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import kr.maskportal.official.control.history.HistoryLoader.Fingerprint;
import kr.maskportal.platform.DatabaseMigrations;
import kr.maskportal.platform.persistence.Jdbc;

/**
 * The lag findings of days that are over, in the database ({@code lag_day}, {@code lag_seller_day},
 * {@code lag_episode}), so that a restarted portal reads a week of findings instead of judging a week of history.
 * A day's findings are only ever handed out under the fingerprint they were judged from.
 */
@ApplicationScoped
public class StoredLagDays {

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    /** The day's findings, if they were stored from history with this very fingerprint. */
    public Optional<List<SellerLag>> read(LocalDate day, Fingerprint fingerprint) {
        try (Connection connection = dataSource.getConnection()) {
            Fingerprint[] stored = new Fingerprint[1];
            Jdbc.query(connection, "SELECT feed_rows, last_feed_id, reports, last_report_id, undone FROM lag_day "
                    + "WHERE sales_day = ?", new Object[] {day}, rs -> stored[0] = new Fingerprint(rs.getLong(1),
                    rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
            if (!fingerprint.equals(stored[0])) {
                return Optional.empty();
            }
            Map<String, SellerRow> sellers = new LinkedHashMap<>();
            Jdbc.query(connection, "SELECT seller_code, district_code, disagreements FROM lag_seller_day "
                    + "WHERE sales_day = ? ORDER BY seller_code", new Object[] {day},
                    rs -> sellers.put(rs.getString(1), new SellerRow(rs.getString(2), rs.getInt(3))));
            Calendar utc = Jdbc.utc();
            Jdbc.query(connection, "SELECT seller_code, reported_at, reports, outcome, ended_at, lag_ms FROM lag_episode "
                    + "WHERE sales_day = ? ORDER BY seller_code, seq", new Object[] {day}, rs -> {
                        String seller = rs.getString(1);
                        long lag = rs.getLong(6);
                        Duration measured = rs.wasNull() ? null : Duration.ofMillis(lag);
                        sellers.get(seller).episodes.add(new LagEpisode(seller, sellers.get(seller).districtCode, day,
                                Jdbc.instant(rs, 2, utc), rs.getInt(3), LagOutcome.valueOf(rs.getString(4)),
                                Jdbc.instant(rs, 5, utc), measured));
                    });
            List<SellerLag> findings = new ArrayList<>(sellers.size());
            sellers.forEach((code, row) -> findings.add(new SellerLag(code, row.districtCode, row.episodes,
                    row.disagreements)));
            return Optional.of(findings);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the stored lag findings of " + day + " failed", e);
        }
    }

    /**
     * Replaces the day's stored findings with these, judged from history with this fingerprint. Sellers without an
     * episode or a disagreement add nothing to any report and are left out. One writer at a time: two requests
     * judging the same day would otherwise replace each other's rows at once.
     */
    public synchronized void write(LocalDate day, Fingerprint fingerprint, List<SellerLag> findings, Instant judgedAt) {
        List<SellerLag> telling = findings.stream()
                .filter(f -> !f.episodes().isEmpty() || f.disagreements() > 0).toList();
        Jdbc.inTransaction(dataSource, "storing the lag findings of " + day, connection -> {
            Jdbc.update(connection, "DELETE FROM lag_day WHERE sales_day = ?", day);
            Jdbc.update(connection, "INSERT INTO lag_day (sales_day, feed_rows, last_feed_id, reports, "
                    + "last_report_id, undone, judged_at) VALUES (?, ?, ?, ?, ?, ?, ?)", day, fingerprint.feedRows(),
                    fingerprint.lastFeedId(), fingerprint.reports(), fingerprint.lastReportId(),
                    fingerprint.undone(), judgedAt);
            List<Object[]> sellerRows = new ArrayList<>();
            List<Object[]> episodeRows = new ArrayList<>();
            for (SellerLag seller : telling) {
                sellerRows.add(new Object[] {day, seller.sellerCode(), seller.districtCode(),
                        seller.disagreements()});
                int seq = 0;
                for (LagEpisode e : seller.episodes()) {
                    episodeRows.add(new Object[] {day, seller.sellerCode(), seq++, e.reportedAt(), e.reports(),
                            e.outcome().name(), e.endedAt(), e.lag() == null ? null : e.lag().toMillis()});
                }
            }
            Jdbc.insertRows(connection, "lag_seller_day (sales_day, seller_code, district_code, disagreements)",
                    sellerRows);
            Jdbc.insertRows(connection, "lag_episode (sales_day, seller_code, seq, reported_at, reports, outcome, "
                    + "ended_at, lag_ms)", episodeRows);
        });
    }

    private static final class SellerRow {
        final String districtCode;
        final int disagreements;
        final List<LagEpisode> episodes = new ArrayList<>();

        SellerRow(String districtCode, int disagreements) {
            this.districtCode = districtCode;
            this.disagreements = disagreements;
        }
    }
}
