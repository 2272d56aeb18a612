package kr.maskportal.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** V004 on the embedded default's H2 (the integration tests apply it to MariaDB): what the schema itself refuses. */
class AccountSchemaTest {

    private static final String H2 = "jdbc:h2:mem:accountSchema;DB_CLOSE_DELAY=-1;MODE=LEGACY";

    @BeforeAll
    static void migrate() throws SQLException {
        Flyway.configure().dataSource(H2, "sa", "").locations("filesystem:db-migrations").load().migrate();
        try (Connection db = connect()) {
            db.createStatement().execute("INSERT INTO seller (code, name, seller_type, address, district_code, placed_by) "
                    + "VALUES ('11806923', '종오약국', '01', '서울특별시 마포구 만리재로 130', '11440', 'ADDRESS')");
        }
    }

    @Test
    void loginsAreUnique() throws SQLException {
        try (Connection db = connect()) {
            insertAccount(db, "unique-kim", "PHARMACIST", false);
            assertThrows(SQLException.class, () -> insertAccount(db, "unique-kim", "OFFICIAL", false));
        }
    }

    @Test
    void onlyKnownRolesAndOnlyOfficialsForAllDistricts() throws SQLException {
        try (Connection db = connect()) {
            assertThrows(SQLException.class, () -> insertAccount(db, "role-x", "SUPERUSER", false));
            assertThrows(SQLException.class, () -> insertAccount(db, "role-p", "PHARMACIST", true));
            insertAccount(db, "role-o", "OFFICIAL", true);
        }
    }

    @Test
    void bindingsNameRealSellersAndDistrictsAndGoWithTheirAccount() throws SQLException {
        try (Connection db = connect()) {
            long pharmacist = insertAccount(db, "bound-park", "PHARMACIST", false);
            db.createStatement().execute("INSERT INTO account_seller VALUES (" + pharmacist + ", '11806923')");
            assertThrows(SQLException.class, () -> db.createStatement()
                    .execute("INSERT INTO account_seller VALUES (" + pharmacist + ", '99999999')"));
            long official = insertAccount(db, "bound-choi", "OFFICIAL", false);
            db.createStatement().execute("INSERT INTO account_district VALUES (" + official + ", '11440')");
            assertThrows(SQLException.class, () -> db.createStatement()
                    .execute("INSERT INTO account_district VALUES (" + official + ", '99999')"));

            db.createStatement().execute("DELETE FROM account WHERE id IN (" + pharmacist + ", " + official + ")");
            var rs = db.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM account_seller WHERE account_id = "
                    + pharmacist + ") + (SELECT COUNT(*) FROM account_district WHERE account_id = " + official + ")");
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    private static long insertAccount(Connection db, String login, String role, boolean allDistricts) throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO account (login, display_name, password_hash, account_role, "
                + "enabled, all_districts, created_at) VALUES (?, ?, 'x', ?, TRUE, ?, CURRENT_TIMESTAMP)",
                new String[] {"id"})) {
            insert.setString(1, login);
            insert.setString(2, login);
            insert.setString(3, role);
            insert.setBoolean(4, allDistricts);
            insert.executeUpdate();
            var keys = insert.getGeneratedKeys();
            keys.next();
            return keys.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(H2, "sa", "");
    }
}
