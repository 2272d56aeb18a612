package kr.maskportal.testing;

import java.sql.Connection;
import java.sql.SQLException;

/** Staff accounts an integration test stores for itself (and removes afterwards), straight into the database. */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** Stores an account with a ready PBKDF2 hash and answers its id. */
    public static long insert(Connection db, String login, String role, boolean enabled, String hash)
            throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO account (login, display_name, password_hash, account_role, "
                + "enabled, all_districts, created_at) VALUES (?, ?, ?, ?, ?, FALSE, UTC_TIMESTAMP(3))",
                new String[] {"id"})) {
            insert.setString(1, login);
            insert.setString(2, "통합 시험 " + login);
            insert.setString(3, hash);
            insert.setString(4, role);
            insert.setBoolean(5, enabled);
            insert.executeUpdate();
            var keys = insert.getGeneratedKeys();
            keys.next();
            return keys.getLong(1);
        }
    }

    public static long insert(Connection db, String login, String role, String hash) throws SQLException {
        return insert(db, login, role, true, hash);
    }
}
