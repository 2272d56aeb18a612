package kr.maskportal.official.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** V010 on the embedded default's H2 (the integration tests apply it to MariaDB): what the schema itself refuses. */
class DistrictNoticeSchemaTest {

    private static final String H2 = "jdbc:h2:mem:districtNoticeSchema;DB_CLOSE_DELAY=-1;MODE=LEGACY";
    private static long account;

    @BeforeAll
    static void migrate() throws SQLException {
        Flyway.configure().dataSource(H2, "sa", "").locations("filesystem:db-migrations").load().migrate();
        try (Connection db = connect(); var insert = db.prepareStatement("INSERT INTO account (login, display_name, "
                + "password_hash, account_role, enabled, all_districts, created_at) VALUES ('gangnam', '강남구 담당', "
                + "'x', 'OFFICIAL', TRUE, FALSE, CURRENT_TIMESTAMP)", new String[] {"id"})) {
            insert.executeUpdate();
            var keys = insert.getGeneratedKeys();
            keys.next();
            account = keys.getLong(1);
        }
    }

    @Test
    void aNoticeOfARealDistrictIsStoredWithItsTimesToTheMillisecond() throws SQLException {
        try (Connection db = connect()) {
            insert(db, "11680", "2020-03-11 05:00:00.123", "2020-03-12 05:00:00");
            var rs = db.createStatement().executeQuery("SELECT starts_at FROM district_notice WHERE district_code = '11680'");
            rs.next();
            assertEquals("2020-03-11T05:00:00.123", rs.getObject(1, java.time.LocalDateTime.class).toString());
        }
    }

    @Test
    void theSchemaRefusesAnUnknownDistrictAndAnEndNotAfterTheStart() throws SQLException {
        try (Connection db = connect()) {
            assertThrows(SQLException.class, () -> insert(db, "99999", "2020-03-11 05:00:00", "2020-03-12 05:00:00"));
            assertThrows(SQLException.class, () -> insert(db, "11680", "2020-03-11 05:00:00", "2020-03-11 05:00:00"));
        }
    }

    private static void insert(Connection db, String district, String start, String end) throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO district_notice (district_code, notice_text, starts_at, "
                + "ends_at, account_id, created_at) VALUES (?, '알림', ?, ?, ?, CURRENT_TIMESTAMP)")) {
            insert.setString(1, district);
            insert.setString(2, start);
            insert.setString(3, end);
            insert.setLong(4, account);
            insert.executeUpdate();
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(H2, "sa", "");
    }
}
