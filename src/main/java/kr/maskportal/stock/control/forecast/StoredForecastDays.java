package kr.maskportal.stock.control.forecast;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import kr.maskportal.feed.control.FeedState;
import kr.maskportal.platform.DatabaseMigrations;
import kr.maskportal.platform.persistence.Jdbc;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.entity.StockBand;

/**
 * The forecasts' tables ({@code forecast_learned}, {@code seller_day}, {@code forecast_day}): a sales day is read
 * from the feed history and the reports once, when it is over, and only its digest is read back afterwards.
 */
@ApplicationScoped
public class StoredForecastDays {

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    /** One seller's raw day: its feed changes and its "sold out" reports. */
    public record RawDay(String districtCode, List<FeedEvidence> feed, List<Instant> soldOut) {
    }

    /** A stored day of a seller, with its district. */
    public record StoredDay(String sellerCode, String districtCode, SellerDay day) {
    }

    public Set<LocalDate> learnedSince(LocalDate from) {
        Set<LocalDate> days = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            Jdbc.query(connection, "SELECT sales_day FROM forecast_learned WHERE sales_day >= ?", new Object[] {from},
                    rs -> days.add(rs.getDate(1).toLocalDate()));
            return days;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the forecasts' days failed", e);
        }
    }

    /** The day's feed changes and "sold out" reports, by seller; one day, never the whole history. */
    public Map<String, RawDay> readRaw(LocalDate day) {
        Instant from = day.atStartOfDay(Korea.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(Korea.ZONE).toInstant();
        Map<String, RawDay> sellers = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            Calendar utc = Jdbc.utc();
            Jdbc.query(connection, "SELECT h.seller_code, s.district_code, h.band, h.stock_at, h.created_at, "
                    + "h.observed_at FROM feed_history h JOIN seller s ON s.code = h.seller_code "
                    + "WHERE h.observed_at >= ? AND h.observed_at < ? ORDER BY h.seller_code, h.observed_at, h.id",
                    new Object[] {from, to}, rs -> {
                        String band = rs.getString(3);
                        String district = rs.getString(2);
                        sellers.computeIfAbsent(rs.getString(1),
                                code -> new RawDay(district, new ArrayList<>(), new ArrayList<>()))
                                .feed().add(new FeedEvidence(new FeedState(band == null ? null : StockBand.valueOf(band),
                                        Jdbc.instant(rs, 4, utc), Jdbc.instant(rs, 5, utc)), Jdbc.instant(rs, 6, utc)));
                    });
            Jdbc.query(connection, "SELECT r.seller_code, r.reported_at FROM report r WHERE r.kind = 'SOLD_OUT' "
                    + "AND r.undone_at IS NULL AND r.reported_at >= ? AND r.reported_at < ?",
                    new Object[] {from, to}, rs -> {
                        RawDay raw = sellers.get(rs.getString(1));
                        if (raw != null) {
                            raw.soldOut().add(Jdbc.instant(rs, 2, utc));
                        }
                    });
            return sellers;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the history of " + day + " failed", e);
        }
    }

    /** Stores a day's digest; a day stored before is replaced. */
    public synchronized void write(LocalDate day, List<StoredDay> sellers, Map<String, ForecastRecord> records,
            Instant learnedAt) {
        Jdbc.inTransaction(dataSource, "storing the forecasts' digest of " + day, connection -> {
            Jdbc.update(connection, "DELETE FROM seller_day WHERE sales_day = ?", day);
            Jdbc.update(connection, "DELETE FROM forecast_day WHERE sales_day = ?", day);
            Jdbc.update(connection, "DELETE FROM forecast_learned WHERE sales_day = ?", day);
            Jdbc.update(connection, "INSERT INTO forecast_learned (sales_day, learned_at) VALUES (?, ?)", day,
                    learnedAt);
            Jdbc.insertRows(connection, "seller_day (sales_day, seller_code, district_code, delivered_at, some_at, "
                    + "few_at, empty_at, reported_sold_out_at)", sellers.stream().map(s -> new Object[] {day,
                            s.sellerCode(), s.districtCode(), s.day().deliveredAt(), s.day().someAt(),
                            s.day().fewAt(), s.day().emptyAt(), s.day().reportedSoldOutAt()}).toList());
            Jdbc.insertRows(connection, "forecast_day (sales_day, district_code, forecasts, right_ones)",
                    records.entrySet().stream().map(r -> new Object[] {day, r.getKey(), r.getValue().forecasts(),
                            r.getValue().right()}).toList());
        });
    }

    /** The stored sellers' days from {@code from} on. */
    public List<StoredDay> daysSince(LocalDate from) {
        List<StoredDay> days = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            Calendar utc = Jdbc.utc();
            Jdbc.query(connection, "SELECT sales_day, seller_code, district_code, delivered_at, some_at, few_at, "
                    + "empty_at, reported_sold_out_at FROM seller_day WHERE sales_day >= ?", new Object[] {from},
                    rs -> days.add(new StoredDay(rs.getString(2), rs.getString(3),
                            new SellerDay(rs.getDate(1).toLocalDate(), Jdbc.instant(rs, 4, utc),
                                    Jdbc.instant(rs, 5, utc), Jdbc.instant(rs, 6, utc), Jdbc.instant(rs, 7, utc),
                                    Jdbc.instant(rs, 8, utc)))));
            return days;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the sellers' days failed", e);
        }
    }

    /** Each district's forecasts from {@code from} on, added up. */
    public Map<String, ForecastRecord> recordsSince(LocalDate from) {
        Map<String, ForecastRecord> records = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            Jdbc.query(connection, "SELECT district_code, forecasts, right_ones FROM forecast_day "
                    + "WHERE sales_day >= ?", new Object[] {from}, rs -> records.merge(rs.getString(1),
                    new ForecastRecord(rs.getInt(2), rs.getInt(3)), ForecastRecord::plus));
            return records;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the forecasts' records failed", e);
        }
    }
}
