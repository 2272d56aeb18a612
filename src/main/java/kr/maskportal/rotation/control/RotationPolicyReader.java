package kr.maskportal.rotation.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the policy tables of migration V008 into a {@link RotationPolicy}, checking them on the way. */
public final class RotationPolicyReader {

    /** The connection is used, not closed. */
    public RotationPolicy read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            Map<LocalDate, Map<DayOfWeek, List<Integer>>> digits = new HashMap<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT effective_from, day_of_week, digit FROM rotation_day_digit")) {
                while (rs.next()) {
                    digits.computeIfAbsent(date(rs, 1), d -> new EnumMap<>(DayOfWeek.class))
                            .computeIfAbsent(DayOfWeek.of(rs.getInt(2)), d -> new ArrayList<>())
                            .add(rs.getInt(3));
                }
            }
            Map<LocalDate, Map<DayOfWeek, RotationDay>> days = new HashMap<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT effective_from, day_of_week, who FROM rotation_day")) {
                while (rs.next()) {
                    LocalDate from = date(rs, 1);
                    DayOfWeek dayOfWeek = DayOfWeek.of(rs.getInt(2));
                    List<Integer> dayDigits = digits.getOrDefault(from, Map.of()).getOrDefault(dayOfWeek, List.of());
                    days.computeIfAbsent(from, d -> new EnumMap<>(DayOfWeek.class))
                            .put(dayOfWeek, new RotationDay(named(WhoMayBuy.class, rs, 3), dayDigits));
                }
            }
            List<RotationSchedule> schedules = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT effective_from, kind FROM rotation_schedule")) {
                while (rs.next()) {
                    LocalDate from = date(rs, 1);
                    schedules.add(new RotationSchedule(from, named(RotationSchedule.Kind.class, rs, 2),
                            days.getOrDefault(from, Map.of())));
                }
            }
            List<PurchaseLimit> limits = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT effective_from, weekly_limit, per_purchase_limit, "
                    + "young_born_from, young_weekly_limit, bring FROM purchase_limit")) {
                while (rs.next()) {
                    limits.add(new PurchaseLimit(date(rs, 1), number(rs, 2), number(rs, 3), number(rs, 4),
                            number(rs, 5), rs.getString(6) == null ? null : named(Bring.class, rs, 6)));
                }
            }
            return new RotationPolicy(schedules, limits);
        }
    }

    // DATE columns are read as dates, never through java.sql.Date, which would shift them by the JVM's zone.
    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Integer number(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** CHAR-like columns come back blank-padded from some databases. */
    private static <E extends Enum<E>> E named(Class<E> type, ResultSet rs, int column) throws SQLException {
        String name = rs.getString(column).strip();
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("unknown " + type.getSimpleName() + " '" + name + "' in the rotation "
                    + "policy; known: " + List.of(type.getEnumConstants()), e);
        }
    }
}
