package kr.maskportal.details.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** V015 on the embedded default's H2 (the integration tests apply it to MariaDB): what the schema itself refuses. */
class SellerDetailsSchemaTest {

    private static final String H2 = "jdbc:h2:mem:sellerDetailsSchema;DB_CLOSE_DELAY=-1;MODE=LEGACY";

    @BeforeAll
    static void migrate() throws SQLException {
        Flyway.configure().dataSource(H2, "sa", "").locations("filesystem:db-migrations").load().migrate();
        try (Connection db = connect(); var statement = db.createStatement()) {
            statement.execute("INSERT INTO seller (code, name, seller_type, address, district_code, placed_by) "
                    + "VALUES ('11806923', '종오약국', '01', '서울특별시 마포구', '11440', 'ADDRESS')");
            statement.execute("INSERT INTO account (login, display_name, password_hash, account_role, enabled, "
                    + "all_districts, created_at) VALUES ('pharmacist', '약사', 'x', 'PHARMACIST', TRUE, FALSE, "
                    + "CURRENT_TIMESTAMP)");
            statement.execute("INSERT INTO seller_details_change (seller_code, account_id, changed_at) "
                    + "SELECT '11806923', id, '2020-03-11 03:00:00.123' FROM account");
            statement.execute("INSERT INTO seller_details (seller_code, phone, description, revision) "
                    + "SELECT '11806923', '0212345678', '번호표', MAX(id) FROM seller_details_change");
        }
    }

    @Test
    void hoursAreClosedOrOpenUntilLaterTheSameDay() throws SQLException {
        try (Connection db = connect()) {
            hours(db, "MON", "09:00", "18:00");
            hours(db, "SAT", "09:00", "24:00");
            hours(db, "SUN", null, null);
            hours(db, "HOL", null, null);
            assertThrows(SQLException.class, () -> hours(db, "TUE", "22:00", "02:00"), "no wrapping round midnight");
            assertThrows(SQLException.class, () -> hours(db, "WED", "09:00", null), "both times or neither");
            assertThrows(SQLException.class, () -> hours(db, "XYZ", null, null), "a day of the week or holidays");
            assertThrows(SQLException.class, () -> hours(db, "MON", "10:00", "11:00"), "one row a day");
            var rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM seller_hours");
            rs.next();
            assertEquals(4, rs.getInt(1));
        }
    }

    @Test
    void detailsNeedAKnownSellerAndTheChangeThatWroteThem() throws SQLException {
        try (Connection db = connect(); var statement = db.createStatement()) {
            assertThrows(SQLException.class, () -> statement.execute("INSERT INTO seller_details (seller_code, "
                    + "revision) SELECT '99999999', MAX(id) FROM seller_details_change"));
            assertThrows(SQLException.class, () -> statement.execute("UPDATE seller_details SET revision = 999"));
        }
    }

    private static void hours(Connection db, String day, String opens, String closes) throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO seller_hours (seller_code, day_code, opens_at, closes_at) "
                + "VALUES ('11806923', ?, ?, ?)")) {
            insert.setString(1, day);
            insert.setString(2, opens);
            insert.setString(3, closes);
            insert.executeUpdate();
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(H2, "sa", "");
    }
}
