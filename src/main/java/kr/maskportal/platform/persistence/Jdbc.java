package kr.maskportal.platform.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import javax.sql.DataSource;

/**
 * Plain JDBC for the few reads and writes of many rows where building entities costs more than the work itself
 * (a week of the country's history). Times are stored as DATETIME(3) in UTC, as everywhere, and are bound and read
 * with a UTC calendar rather than {@code getObject(column, LocalDateTime.class)}: the server's JDBC wrapper looks that
 * method up by reflection on every call, which cost seconds over a week of the country.
 */
public final class Jdbc {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final int FETCH_SIZE = 5_000;
    private static final int ROWS_PER_INSERT = 500;

    private Jdbc() {
    }

    /** Statements that belong together: {@link #inTransaction} commits them all or none. */
    public interface Work {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work on a connection of its own in one transaction: committed when it returns, rolled back when it
     * throws. A failure is reported as {@code what} failed.
     */
    public static void inTransaction(DataSource dataSource, String what, Work work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + " failed", e);
        }
    }

    /**
     * Inserts the rows (each the values of every column, in order) with multi-row INSERTs of
     * {@value #ROWS_PER_INSERT}: a day's thousands of rows in a handful of round trips instead of one each, and
     * without the driver's batch rewriting, which the configured URL does not ask for.
     *
     * @param into the table and its columns, e.g. {@code "seller_day (sales_day, seller_code)"}
     */
    public static void insertRows(Connection connection, String into, List<Object[]> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            int columns = chunk.get(0).length;
            String row = "(" + "?, ".repeat(columns - 1) + "?)";
            String sql = "INSERT INTO " + into + " VALUES " + String.join(", ", Collections.nCopies(chunk.size(), row));
            update(connection, sql, chunk.stream().flatMap(Arrays::stream).toArray());
        }
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
