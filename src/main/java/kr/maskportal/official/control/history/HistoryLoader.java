package kr.maskportal.official.control.history;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kr.maskportal.feed.control.FeedState;
import kr.maskportal.platform.DatabaseMigrations;
import kr.maskportal.platform.persistence.Jdbc;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.seller.control.DirectoryDistrict;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.SellerDirectory;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.merge.ReportEvidence;
import kr.maskportal.stock.entity.StockBand;

/**
 * Reads {@link SellerHistory} for the officials' reports. Plain JDBC rather than JPA: a week of the whole country
 * is hundreds of thousands of rows, nothing here is changed, and building them through the persistence context
 * took most of the country-wide lag report's time.
 */
@ApplicationScoped
public class HistoryLoader {

    /**
     * How far before a span the feed's latest change is looked for: the feed's overnight reset makes a row at least
     * once a sales day, so a day back always holds the feed's word at the span's start.
     */
    static final Duration FEED_LOOKBACK = Duration.ofDays(1);

    private static final String FEED_COLUMNS = "SELECT h.seller_code, h.observed_at, h.band, h.stock_at, "
            + "h.created_at FROM ";
    private static final String REPORT_COLUMNS = "SELECT r.seller_code, r.kind, r.amount, r.notice, "
            + "r.reported_at, r.id FROM ";

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    SellerDirectory directory;

    /** Every seller of the district, those with no history at all included, in the directory's order. */
    public List<SellerHistory> district(String districtCode, Instant from, Instant to) {
        List<String> codes = directory.current().district(districtCode).map(DirectoryDistrict::getSellers)
                .orElse(List.of()).stream().map(DirectorySeller::getCode).toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        Sellers sellers = new Sellers("(SELECT s.code AS seller_code FROM seller s WHERE s.district_code = ?) w",
                districtCode);
        Map<String, List<FeedEvidence>> feed = feed(sellers, from, to);
        Map<String, List<ReportEvidence>> reports = reports(sellers, from, to);
        List<SellerHistory> histories = new ArrayList<>(codes.size());
        for (String code : codes) {
            histories.add(new SellerHistory(code, districtCode, feed.getOrDefault(code, List.of()),
                    reports.getOrDefault(code, List.of())));
        }
        return histories;
    }

    /**
     * The sellers of the whole country that made at least one report of the given kinds in the span, with all
     * their history in it: what the country-wide lag report needs, without the feed of sellers nobody reported for.
     */
    public List<SellerHistory> reportingSellers(Set<ReportKind> kinds, Instant from, Instant to) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        // kinds are enum names, never typed by anyone: safe to write into the statement
        String kindList = kinds.stream().map(k -> "'" + k.name() + "'").sorted().collect(Collectors.joining(","));
        Sellers sellers = new Sellers("(SELECT DISTINCT k.seller_code FROM report k WHERE k.reported_at >= ? "
                + "AND k.reported_at < ? AND k.undone_at IS NULL AND k.kind IN (" + kindList + ")) w", from, to);
        Map<String, List<ReportEvidence>> reports = reports(sellers, from, to);
        Map<String, List<FeedEvidence>> feed = feed(sellers, from, to);
        DirectorySnapshot snapshot = directory.current();
        List<SellerHistory> histories = new ArrayList<>(reports.size());
        reports.forEach((code, made) -> histories.add(new SellerHistory(code,
                snapshot.seller(code).map(DirectorySeller::getDistrictCode).orElse(null),
                feed.getOrDefault(code, List.of()), made)));
        return histories;
    }

    /**
     * What the history of a span holds, counted cheaply along the time indexes: findings kept for a span are still
     * right while its fingerprint is the same. History of a day that is over only changes when rows are written
     * into the past (an import, a test), and then this changes too.
     */
    public record Fingerprint(long feedRows, long lastFeedId, long reports, long lastReportId, long undone) {
    }

    public Fingerprint fingerprint(Instant from, Instant to) {
        long[] feed = new long[2];
        long[] reports = new long[3];
        query("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM feed_history WHERE observed_at >= ? AND observed_at < ?",
                new Object[] {from, to}, rs -> {
                    feed[0] = rs.getLong(1);
                    feed[1] = rs.getLong(2);
                });
        query("SELECT COUNT(*), COALESCE(MAX(id), 0), COUNT(undone_at) FROM report WHERE reported_at >= ? "
                + "AND reported_at < ?", new Object[] {from, to}, rs -> {
                    reports[0] = rs.getLong(1);
                    reports[1] = rs.getLong(2);
                    reports[2] = rs.getLong(3);
                });
        return new Fingerprint(feed[0], feed[1], reports[0], reports[1], reports[2]);
    }

    /**
     * Which sellers to read: a derived table {@code w} with a column {@code seller_code}, and its parameters.
     * Joined into the history tables, so that each seller's rows are read along the (seller, time) indexes.
     */
    private record Sellers(String table, Object... parameters) {

        Object[] with(Object... more) {
            Object[] all = new Object[parameters.length + more.length];
            System.arraycopy(parameters, 0, all, 0, parameters.length);
            System.arraycopy(more, 0, all, parameters.length, more.length);
            return all;
        }
    }

    /**
     * The feed's changes in the span and, before them, each seller's latest change of the day before: the feed's
     * word at the span's start, found by the database rather than by shipping a day of rows to be thrown away.
     */
    private Map<String, List<FeedEvidence>> feed(Sellers sellers, Instant from, Instant to) {
        Map<String, List<FeedEvidence>> bySeller = feed(FEED_COLUMNS + "feed_history h JOIN (SELECT f.seller_code, "
                + "MAX(f.observed_at) AS latest FROM " + sellers.table() + " JOIN feed_history f "
                + "ON f.seller_code = w.seller_code WHERE f.observed_at >= ? AND f.observed_at < ? "
                + "GROUP BY f.seller_code) x ON h.seller_code = x.seller_code AND h.observed_at = x.latest",
                sellers.with(from.minus(FEED_LOOKBACK), from));
        feed(FEED_COLUMNS + sellers.table() + " JOIN feed_history h ON h.seller_code = w.seller_code "
                + "WHERE h.observed_at >= ? AND h.observed_at < ?", sellers.with(from, to))
                .forEach((code, changes) -> bySeller.computeIfAbsent(code, c -> new ArrayList<>()).addAll(changes));
        return bySeller;
    }

    private Map<String, List<ReportEvidence>> reports(Sellers sellers, Instant from, Instant to) {
        return reports(REPORT_COLUMNS + sellers.table() + " JOIN report r ON r.seller_code = w.seller_code "
                + "WHERE r.reported_at >= ? AND r.reported_at < ? AND r.undone_at IS NULL", sellers.with(from, to));
    }

    private Map<String, List<FeedEvidence>> feed(String sql, Object[] parameters) {
        Map<String, List<FeedEvidence>> bySeller = new HashMap<>();
        Calendar utc = Jdbc.utc();
        query(sql, parameters, rs -> bySeller.computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
                .add(new FeedEvidence(new FeedState(band(rs.getString(3)), Jdbc.instant(rs, 4, utc),
                        Jdbc.instant(rs, 5, utc)), Jdbc.instant(rs, 2, utc))));
        return bySeller;
    }

    private Map<String, List<ReportEvidence>> reports(String sql, Object[] parameters) {
        Map<String, List<ReportEvidence>> bySeller = new LinkedHashMap<>();
        Calendar utc = Jdbc.utc();
        query(sql, parameters, rs -> {
            int amount = rs.getInt(3);
            Integer number = rs.wasNull() ? null : amount;
            bySeller.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(new ReportEvidence(
                    ReportKind.valueOf(rs.getString(2)), number, rs.getString(4), Jdbc.instant(rs, 5, utc),
                    rs.getLong(6)));
        });
        return bySeller;
    }

    private void query(String sql, Object[] parameters, Jdbc.RowReader reader) {
        try (Connection connection = dataSource.getConnection()) {
            Jdbc.query(connection, sql, parameters, reader);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the feed and report history failed", e);
        }
    }

    private static StockBand band(String stored) {
        return stored == null ? null : StockBand.valueOf(stored);
    }
}
