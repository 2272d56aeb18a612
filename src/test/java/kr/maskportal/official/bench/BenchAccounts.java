package kr.maskportal.official.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import kr.maskportal.account.control.Pbkdf2Hashes;

/**
 * The accounts of the benchmark, stored straight into the database as the integration tests store theirs: a
 * handful of pharmacists that the generated reports are made by (each bound to its share of the reporting sellers),
 * an official of every district and an official of one. All logins start with {@code bench-}; an earlier run's are
 * removed first (their bindings go with them; their reports must be gone already).
 */
final class BenchAccounts {

    static final String OFFICIAL_ALL = "bench-official-all";
    static final String OFFICIAL_ONE = "bench-official-one";
    static final int PHARMACISTS = 12;

    private final List<Long> pharmacists;

    private BenchAccounts(List<Long> pharmacists) {
        this.pharmacists = pharmacists;
    }

    /** The pharmacist that reports for the {@code n}th reporting seller. */
    long pharmacistOf(int n) {
        return pharmacists.get(n % pharmacists.size());
    }

    /**
     * @param reportingSellers the sellers the pharmacists report for, bound round-robin
     * @param officialPassword the officials' password (the pharmacists get the same one; nobody signs in as them)
     * @param district         the district of the one-district official
     */
    static BenchAccounts create(Connection db, List<String> reportingSellers, String officialPassword,
            String district) throws SQLException {
        try (var statement = db.createStatement()) {
            statement.executeUpdate("DELETE FROM account WHERE login LIKE 'bench-%'");
        }
        String hash = Pbkdf2Hashes.hash(officialPassword);
        List<Long> pharmacists = new ArrayList<>();
        for (int i = 1; i <= PHARMACISTS; i++) {
            pharmacists.add(insert(db, "bench-pharmacist-%02d".formatted(i), "벤치 약사 %02d".formatted(i),
                    "PHARMACIST", false, hash));
        }
        try (var bind = db.prepareStatement("INSERT INTO account_seller (account_id, seller_code) VALUES (?, ?)")) {
            for (int n = 0; n < reportingSellers.size(); n++) {
                bind.setLong(1, pharmacists.get(n % PHARMACISTS));
                bind.setString(2, reportingSellers.get(n));
                bind.addBatch();
            }
            bind.executeBatch();
        }
        insert(db, OFFICIAL_ALL, "벤치 전국 담당관", "OFFICIAL", true, hash);
        long one = insert(db, OFFICIAL_ONE, "벤치 구 담당관", "OFFICIAL", false, hash);
        try (var bind = db.prepareStatement("INSERT INTO account_district (account_id, district_code) VALUES (?, ?)")) {
            bind.setLong(1, one);
            bind.setString(2, district);
            bind.executeUpdate();
        }
        db.commit();
        return new BenchAccounts(pharmacists);
    }

    private static long insert(Connection db, String login, String name, String role, boolean allDistricts,
            String hash) throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO account (login, display_name, password_hash, account_role, "
                + "enabled, all_districts, created_at) VALUES (?, ?, ?, ?, TRUE, ?, UTC_TIMESTAMP(3))",
                new String[] {"id"})) {
            insert.setString(1, login);
            insert.setString(2, name);
            insert.setString(3, hash);
            insert.setString(4, role);
            insert.setBoolean(5, allDistricts);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
