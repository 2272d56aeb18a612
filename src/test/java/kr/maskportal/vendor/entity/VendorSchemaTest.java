package kr.maskportal.vendor.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** V014 on the embedded default's H2 (the integration tests apply it to MariaDB): what the schema itself refuses. */
class VendorSchemaTest {

    private static final String H2 = "jdbc:h2:mem:vendorSchema;DB_CLOSE_DELAY=-1;MODE=LEGACY";
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
    void aTokenIsAnAccountsOrAVendorsNeverBothNorNobodys() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            long vendor = insertVendor(sql, "포스 회사 1");
            long account = insertPharmacist(sql, "vendor-schema-kim");
            assertDoesNotThrow(() -> sql.execute(token("NULL", Long.toString(vendor), "a")));
            assertDoesNotThrow(() -> sql.execute(token(Long.toString(account), "NULL", "b")));
            assertThrows(SQLException.class, () -> sql.execute(token(Long.toString(account), Long.toString(vendor), "c")));
            assertThrows(SQLException.class, () -> sql.execute(token("NULL", "NULL", "d")));
            assertThrows(SQLException.class, () -> sql.execute(token("NULL", "999999", "e")), "a real vendor");
        }
    }

    @Test
    void aReportIsAPersonsOrAVendorsNeverBothNorNobodys() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            long vendor = insertVendor(sql, "포스 회사 2");
            long account = insertPharmacist(sql, "vendor-schema-lee");
            assertDoesNotThrow(() -> sql.execute(report("NULL", Long.toString(vendor))));
            assertDoesNotThrow(() -> sql.execute(report(Long.toString(account), "NULL")));
            assertThrows(SQLException.class, () -> sql.execute(report(Long.toString(account), Long.toString(vendor))));
            assertThrows(SQLException.class, () -> sql.execute(report("NULL", "NULL")));
        }
    }

    @Test
    void aVendorIsBoundToRealSellersOnceEach() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            long vendor = insertVendor(sql, "포스 회사 3");
            sql.execute("INSERT INTO vendor_seller (vendor_id, seller_code) VALUES (" + vendor + ", '" + SELLER + "')");
            assertThrows(SQLException.class, () -> sql.execute(
                    "INSERT INTO vendor_seller (vendor_id, seller_code) VALUES (" + vendor + ", '" + SELLER + "')"));
            assertThrows(SQLException.class, () -> sql.execute(
                    "INSERT INTO vendor_seller (vendor_id, seller_code) VALUES (" + vendor + ", '99999999')"));
        }
    }

    private static String token(String account, String vendor, String hashLetter) {
        return "INSERT INTO api_token (account_id, vendor_id, name, token_hash, created_at) VALUES (" + account + ", "
                + vendor + ", '계산대', '" + hashLetter.repeat(64) + "', CURRENT_TIMESTAMP)";
    }

    private static String report(String account, String vendor) {
        return "INSERT INTO report (seller_code, kind, reported_at, account_id, vendor_id) VALUES ('" + SELLER
                + "', 'SOLD_OUT', CURRENT_TIMESTAMP, " + account + ", " + vendor + ")";
    }

    private static long insertVendor(Statement sql, String name) throws SQLException {
        sql.execute("INSERT INTO vendor (name, contact, created_at) VALUES ('" + name + "', '02-123-4567', "
                + "CURRENT_TIMESTAMP)", new String[] {"id"});
        var keys = sql.getGeneratedKeys();
        keys.next();
        return keys.getLong(1);
    }

    private static long insertPharmacist(Statement sql, String login) throws SQLException {
        sql.execute("INSERT INTO account (login, display_name, password_hash, account_role, enabled, all_districts, "
                + "created_at) VALUES ('" + login + "', '" + login + "', 'x', 'PHARMACIST', TRUE, FALSE, "
                + "CURRENT_TIMESTAMP)", new String[] {"id"});
        var keys = sql.getGeneratedKeys();
        keys.next();
        return keys.getLong(1);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(H2, "sa", "");
    }
}
