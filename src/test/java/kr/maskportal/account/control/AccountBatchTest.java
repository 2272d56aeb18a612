package kr.maskportal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.maskportal.account.entity.AccountActivation;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The batch insert of pharmacists on the embedded default's H2 with every migration (MariaDB: the ITs). */
class AccountBatchTest {

    private static final String H2 = "jdbc:h2:mem:accountBatch;DB_CLOSE_DELAY=-1;MODE=LEGACY";
    private static final Instant NOW = Instant.parse("2020-03-11T01:00:00Z");
    private static final Instant EXPIRES = NOW.plus(Activations.VALID_FOR);

    @BeforeAll
    static void migrate() throws SQLException {
        Flyway.configure().dataSource(H2, "sa", "").locations("filesystem:db-migrations").load().migrate();
        try (Connection db = connect()) {
            db.createStatement().execute("INSERT INTO seller (code, name, seller_type, address, district_code, placed_by) "
                    + "VALUES ('11806923', '종오약국', '01', '서울특별시 마포구 만리재로 130', '11440', 'ADDRESS')");
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(H2, "sa", "");
    }

    @Test
    void manyAccountsAreStoredBoundAndAwaitingActivationInChunks() throws SQLException {
        int count = AccountBatch.ROWS_PER_STATEMENT * 2 + 7;
        List<NewPharmacist> accounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            accounts.add(new NewPharmacist("batch-" + i, "종오약국", "11806923", i % 2 == 0 ? "010-1234-5678" : null,
                    ActivationCode.hash("CODE-" + i)));
        }
        try (Connection db = connect()) {
            AccountBatch.insert(db, accounts, NOW, EXPIRES);
            assertEquals(count, single(db, "SELECT COUNT(*) FROM account WHERE login LIKE 'batch-%' AND account_role = "
                    + "'PHARMACIST' AND enabled = TRUE AND password_hash = '" + AccountActivation.NO_PASSWORD_YET + "'"));
            assertEquals(count, single(db, "SELECT COUNT(*) FROM account_seller s JOIN account a ON a.id = s.account_id "
                    + "WHERE a.login LIKE 'batch-%' AND s.seller_code = '11806923'"));
            assertEquals(count, single(db, "SELECT COUNT(*) FROM account_activation x JOIN account a ON a.id = x.account_id "
                    + "WHERE a.login LIKE 'batch-%' AND x.expires_at = TIMESTAMP '2020-03-14 01:00:00'"));
            var rs = db.createStatement().executeQuery("SELECT x.code_hash, a.contact FROM account_activation x "
                    + "JOIN account a ON a.id = x.account_id WHERE a.login = 'batch-1006'");
            assertTrue(rs.next());
            assertTrue(ActivationCode.matches("CODE-1006", rs.getString(1)), "each account its own code");
            assertEquals("010-1234-5678", rs.getString(2));
        }
    }

    @Test
    void aTakenLoginFailsTheInsert() throws SQLException {
        try (Connection db = connect()) {
            AccountBatch.insert(db, List.of(new NewPharmacist("taken-kim", "종오약국", "11806923", null, "sha256:x:y")),
                    NOW, EXPIRES);
            assertThrows(SQLException.class, () -> AccountBatch.insert(db, List.of(
                    new NewPharmacist("taken-kim", "종오약국", "11806923", null, "sha256:x:y")), NOW, EXPIRES));
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        var rs = db.createStatement().executeQuery(sql);
        rs.next();
        return rs.getLong(1);
    }
}
