package kr.maskportal.platform.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Plain JDBC for the few reads and writes of many rows where building entities costs more than the work itself
 * (a week of the country's history). Times are stored as DATETIME(3) in UTC, as everywhere, and are bound and read
 * with a UTC calendar rather than {@code getObject(column, LocalDateTime.class)}: the server's JDBC wrapper looks that
 * method up by reflection on every call, which cost seconds over a week of the country.
 */
public final class Jdbc {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final int FETCH_SIZE = 5_000;

    private Jdbc() {
    }

    /** Reads one row of a result: called once per row, in order. */
    public interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs a query on the connection and hands every row to the reader. */
    public static void query(Connection connection, String sql, Object[] parameters, RowReader reader)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** Binds {@link Instant}s as UTC times and {@link LocalDate}s as dates; anything else as it is. */
    public static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Instant at) {
                statement.setTimestamp(i + 1, Timestamp.from(at), utc());
            } else if (value instanceof LocalDate day) {
                statement.setDate(i + 1, Date.valueOf(day));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** A calendar to read times with: one per query, as a calendar is not for sharing between threads. */
    public static Calendar utc() {
        return Calendar.getInstance(UTC);
    }

    /** A stored UTC time, or null; {@code utc} from {@link #utc()}. */
    public static Instant instant(ResultSet rs, int column, Calendar utc) throws SQLException {
        Timestamp stored = rs.getTimestamp(column, utc);
        return stored == null ? null : stored.toInstant();
    }
}
