package kr.maskportal.report.control.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** V007 on the embedded default's H2 (the integration tests apply it to MariaDB): what the schema itself refuses. */
class ApiTokenSchemaTest {

    private static final String H2 = "jdbc:h2:mem:apiTokenSchema;DB_CLOSE_DELAY=-1;MODE=LEGACY";
    private static final String SELLER = "11806923";

    @BeforeAll
    static void migrate() throws SQLException {
        Flyway.configure().dataSource(H2, "sa", "").locations("filesystem:db-migrations").load().migrate();
        try (Connection db = connect()) {
            db.createStatement().execute("INSERT INTO seller (code, name, seller_type, address, district_code, placed_by) "
                    + "VALUES ('" + SELLER + "', '종오약국', '01', '서울특별시 마포구 만리재로 130', '11440', 'ADDRESS')");
        }
    }

    @Test
    void aHashBelongsToOneTokenOnly() throws SQLException {
        try (Connection db = connect()) {
            long account = insertPharmacist(db, "hash-kim");
            insertToken(db, account, "a".repeat(64));
            assertThrows(SQLException.class, () -> insertToken(db, account, "a".repeat(64)));
        }
    }

    @Test
    void aReportNamesARealTokenAndKeepsItFromBeingDeleted() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            long account = insertPharmacist(db, "report-lee");
            long token = insertToken(db, account, "b".repeat(64));
            assertThrows(SQLException.class, () -> insertReport(db, account, 999_999L));
            insertReport(db, account, token);
            assertThrows(SQLException.class, () -> sql.execute("DELETE FROM api_token WHERE id = " + token),
                    "revoked, never deleted, while reports hold it");
        }
    }

    @Test
    void tokensGoWithTheirAccount() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            long account = insertPharmacist(db, "gone-park");
            insertToken(db, account, "c".repeat(64));
            sql.execute("DELETE FROM account WHERE id = " + account);
            var rs = sql.executeQuery("SELECT COUNT(*) FROM api_token WHERE account_id = " + account);
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    private static long insertPharmacist(Connection db, String login) throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO account (login, display_name, password_hash, account_role, "
                + "enabled, all_districts, created_at) VALUES (?, ?, 'x', 'PHARMACIST', TRUE, FALSE, "
                + "CURRENT_TIMESTAMP)", new String[] {"id"})) {
            insert.setString(1, login);
            insert.setString(2, login);
            insert.executeUpdate();
            var keys = insert.getGeneratedKeys();
            keys.next();
            return keys.getLong(1);
        }
    }

    private static long insertToken(Connection db, long account, String hash) throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO api_token (account_id, name, token_hash, created_at) "
                + "VALUES (?, '계산대 1번', ?, CURRENT_TIMESTAMP)", new String[] {"id"})) {
            insert.setLong(1, account);
            insert.setString(2, hash);
            insert.executeUpdate();
            var keys = insert.getGeneratedKeys();
            keys.next();
            return keys.getLong(1);
        }
    }

    private static void insertReport(Connection db, long account, long token) throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO report (seller_code, kind, reported_at, account_id, "
                + "api_token_id) VALUES (?, 'SOLD_OUT', CURRENT_TIMESTAMP, ?, ?)")) {
            insert.setString(1, SELLER);
            insert.setLong(2, account);
            insert.setLong(3, token);
            insert.executeUpdate();
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(H2, "sa", "");
    }
}
