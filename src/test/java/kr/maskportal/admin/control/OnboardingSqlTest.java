package kr.maskportal.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The onboarding view's queries on the embedded default's H2 (the integration test runs them on MariaDB): what
 * counts as a seller with an account, and as one that never reported.
 */
class OnboardingSqlTest {

    private static final String H2 = "jdbc:h2:mem:onboardingSql;DB_CLOSE_DELAY=-1;MODE=LEGACY";

    @BeforeAll
    static void storeADistrictAtEveryStage() throws SQLException {
        Flyway.configure().dataSource(H2, "sa", "").locations("filesystem:db-migrations").load().migrate();
        try (Connection db = connect(); var statement = db.createStatement()) {
            for (String seller : new String[] {"11000001", "11000002", "11000003", "11000004", "11000005",
                    "11000006"}) {
                statement.execute("INSERT INTO seller (code, name, seller_type, address, district_code, placed_by) "
                        + "VALUES ('" + seller + "', '약국 " + seller + "', '01', '서울특별시 마포구', '11440', 'ADDRESS')");
            }
            statement.execute("INSERT INTO seller (code, name, seller_type, address, district_code, placed_by) "
                    + "VALUES ('11000007', '강남 약국', '01', '서울특별시 강남구', '11680', 'ADDRESS')");
            statement.execute("UPDATE seller SET vanished_at = CURRENT_TIMESTAMP WHERE code = '11000006'");
            long enabled = account(db, "enabled", "PHARMACIST", true);
            long disabled = account(db, "disabled", "PHARMACIST", false);
            long official = account(db, "official", "OFFICIAL", true);
            bind(db, enabled, "11000001");
            bind(db, enabled, "11000002");
            bind(db, disabled, "11000003");
            bind(db, official, "11000004"); // not a binding an official can hold, but never counted as one
            report(db, enabled, "11000002", null);
            report(db, enabled, "11000002", null);
            report(db, enabled, "11000003", "2020-03-11 03:00:00"); // undone: reported nonetheless
        }
    }

    @Test
    void aDistrictCountsItsListedSellersTheirAccountsAndThoseThatNeverReported() throws SQLException {
        assertEquals(List.of(List.of("11", "11440", "5", "2", "3"), List.of("11", "11680", "1", "0", "1")),
                rows(Onboarding.countsSql(false)));
        try (Connection db = connect();
                var query = db.prepareStatement(Onboarding.countsSql(true).replace("?1", "?"))) {
            query.setString(1, "11680");
            var rs = query.executeQuery();
            rs.next();
            assertEquals("강남구", rs.getString(4));
            assertEquals(1, rs.getLong(5));
        }
    }

    @Test
    void theSilentSellersAreListedByNameWithWhetherAnAccountCouldReport() throws SQLException {
        List<String> silent = new ArrayList<>();
        try (Connection db = connect(); var query = db.prepareStatement(Onboarding.SILENT_SQL.replace("?1", "?"))) {
            query.setString(1, "11440");
            var rs = query.executeQuery();
            while (rs.next()) {
                silent.add(rs.getString(1) + ":" + rs.getInt(5));
            }
        }
        assertEquals(List.of("11000001:1", "11000004:0", "11000005:0"), silent);
    }

    private static List<List<String>> rows(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection db = connect(); var rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                rows.add(List.of(rs.getString(1), rs.getString(3), rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        }
        return rows;
    }

    private static long account(Connection db, String login, String role, boolean enabled) throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO account (login, display_name, password_hash, account_role, "
                + "enabled, all_districts, created_at) VALUES (?, ?, 'x', ?, ?, FALSE, CURRENT_TIMESTAMP)",
                new String[] {"id"})) {
            insert.setString(1, login);
            insert.setString(2, login);
            insert.setString(3, role);
            insert.setBoolean(4, enabled);
            insert.executeUpdate();
            var keys = insert.getGeneratedKeys();
            keys.next();
            return keys.getLong(1);
        }
    }

    private static void bind(Connection db, long account, String seller) throws SQLException {
        db.createStatement().execute("INSERT INTO account_seller VALUES (" + account + ", '" + seller + "')");
    }

    private static void report(Connection db, long account, String seller, String undoneAt) throws SQLException {
        db.createStatement().execute("INSERT INTO report (seller_code, kind, reported_at, account_id, undone_at) "
                + "VALUES ('" + seller + "', 'SOLD_OUT', CURRENT_TIMESTAMP, " + account + ", "
                + (undoneAt == null ? "NULL" : "'" + undoneAt + "'") + ")");
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(H2, "sa", "");
    }
}
