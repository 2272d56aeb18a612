package kr.maskportal.official.control.history;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kr.maskportal.feed.control.FeedState;
import kr.maskportal.platform.DatabaseMigrations;
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
 * took most of the country-wide lag report's time. Times are stored as DATETIME(3) in UTC, as everywhere.
 */
@ApplicationScoped
public class HistoryLoader {

    /**
     * How far before a span the feed's changes are read: the feed's overnight reset makes a row at least once a
     * sales day, so a day back always holds the feed's word at the span's start.
     */
    static final Duration FEED_LOOKBACK = Duration.ofDays(1);

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

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
        // from the district's sellers into each one's feed by (seller_code, observed_at): a few hundred index ranges
        Map<String, List<FeedEvidence>> feed = feed(FEED_COLUMNS + "seller s JOIN feed_history h "
                + "ON h.seller_code = s.code WHERE s.district_code = ? AND h.observed_at >= ? AND h.observed_at < ?",
                districtCode, from.minus(FEED_LOOKBACK), to);
        Map<String, List<ReportEvidence>> reports = reports(REPORT_COLUMNS + "seller s JOIN report r "
                + "ON r.seller_code = s.code WHERE s.district_code = ? AND r.reported_at >= ? AND r.reported_at < ? "
                + "AND r.undone_at IS NULL", districtCode, from, to);
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
        String reporting = "(SELECT DISTINCT k.seller_code FROM report k WHERE k.reported_at >= ? "
                + "AND k.reported_at < ? AND k.undone_at IS NULL AND k.kind IN (" + kindList + ")) w";
        Map<String, List<ReportEvidence>> reports = reports(REPORT_COLUMNS + reporting + " JOIN report r "
                + "ON r.seller_code = w.seller_code WHERE r.reported_at >= ? AND r.reported_at < ? "
                + "AND r.undone_at IS NULL", from, to, from, to);
        Map<String, List<FeedEvidence>> feed = feed(FEED_COLUMNS + reporting + " JOIN feed_history h "
                + "ON h.seller_code = w.seller_code WHERE h.observed_at >= ? AND h.observed_at < ?",
                from, to, from.minus(FEED_LOOKBACK), to);
        DirectorySnapshot snapshot = directory.current();
        List<SellerHistory> histories = new ArrayList<>(reports.size());
        reports.forEach((code, made) -> histories.add(new SellerHistory(code,
                snapshot.seller(code).map(DirectorySeller::getDistrictCode).orElse(null),
                feed.getOrDefault(code, List.of()), made)));
        return histories;
    }

    private Map<String, List<FeedEvidence>> feed(String sql, Object... parameters) {
        Map<String, List<FeedEvidence>> bySeller = new HashMap<>();
        Calendar utc = Calendar.getInstance(UTC);
        query(sql, parameters, rs -> bySeller.computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
                .add(new FeedEvidence(new FeedState(band(rs.getString(3)), instant(rs, 4, utc), instant(rs, 5, utc)),
                        instant(rs, 2, utc))));
        return bySeller;
    }

    private Map<String, List<ReportEvidence>> reports(String sql, Object... parameters) {
        Map<String, List<ReportEvidence>> bySeller = new LinkedHashMap<>();
        Calendar utc = Calendar.getInstance(UTC);
        query(sql, parameters, rs -> {
            int amount = rs.getInt(3);
            Integer number = rs.wasNull() ? null : amount;
            bySeller.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(new ReportEvidence(
                    ReportKind.valueOf(rs.getString(2)), number, rs.getString(4), instant(rs, 5, utc), rs.getLong(6)));
        });
        return bySeller;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Object[] parameters, RowReader reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                if (value instanceof Instant at) {
                    statement.setTimestamp(i + 1, Timestamp.from(at), Calendar.getInstance(UTC));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            statement.setFetchSize(5_000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the feed and report history failed", e);
        }
    }

    /**
     * Read with a UTC calendar rather than {@code getObject(column, LocalDateTime.class)}: the server's JDBC wrapper
     * looks that method up by reflection on every call, which cost seconds over a week of the country.
     */
    private static Instant instant(ResultSet rs, int column, Calendar utc) throws SQLException {
        Timestamp stored = rs.getTimestamp(column, utc);
        return stored == null ? null : stored.toInstant();
    }

    private static StockBand band(String stored) {
        return stored == null ? null : StockBand.valueOf(stored);
    }
}
