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

    /** Stores an official bound to one district and answers the account's id. */
    public static long insertOfficial(Connection db, String login, String hash, String districtCode)
            throws SQLException {
        long id = insert(db, login, "OFFICIAL", hash);
        try (var bind = db.prepareStatement("INSERT INTO account_district VALUES (?, ?)")) {
            bind.setLong(1, id);
            bind.setString(2, districtCode);
            bind.executeUpdate();
        }
        return id;
    }

    /** Removes the accounts whose logins end with {@code run}, with the district notices they posted. */
    public static void removeRun(Connection db, String run) throws SQLException {
        try (var notices = db.prepareStatement(
                "DELETE FROM district_notice WHERE account_id IN (SELECT id FROM account WHERE login LIKE ?)");
                var accounts = db.prepareStatement("DELETE FROM account WHERE login LIKE ?")) {
            notices.setString(1, "%" + run);
            notices.executeUpdate();
            accounts.setString(1, "%" + run);
            accounts.executeUpdate();
        }
    }
}
