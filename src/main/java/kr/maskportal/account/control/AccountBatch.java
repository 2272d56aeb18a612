package kr.maskportal.account.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import kr.maskportal.account.entity.AccountActivation;
import kr.maskportal.account.entity.Role;
import kr.maskportal.platform.DatabaseMigrations;
import kr.maskportal.platform.persistence.Jdbc;

/**
 * Stores thousands of pharmacist accounts in one transaction. Plain JDBC with multi-row inserts of
 * {@value #ROWS_PER_STATEMENT} rows: JPA cannot batch inserts whose ids the database generates (it must read each id
 * back before the next insert), and the MariaDB driver sends a JDBC batch one row per round trip unless the URL asks
 * it to rewrite batches, which the portal's configured URL need not do. 25,000 accounts are then about 150
 * statements, not 75,000.
 */
@ApplicationScoped
public class AccountBatch {

    static final int ROWS_PER_STATEMENT = 500;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    /** Every stored login (lower case, as stored), for checking a file of thousands without a query per row. */
    @Transactional
    public Set<String> logins() {
        return column("SELECT login FROM account");
    }

    /** Every stored seller code, vanished sellers included: the foreign key of a binding accepts them too. */
    @Transactional
    public Set<String> sellerCodes() {
        return column("SELECT code FROM seller");
    }

    /**
     * Stores the accounts, each bound to its seller and waiting for its activation code, all or none: a login taken
     * meanwhile fails the whole transaction (the unique key), and the caller checks again.
     */
    @Transactional
    public void store(List<NewPharmacist> accounts, Instant now, Instant codesExpire) {
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, accounts, now, codesExpire);
        } catch (SQLException e) {
            throw new IllegalStateException("the accounts could not be stored", e);
        }
    }

    static void insert(Connection connection, List<NewPharmacist> accounts, Instant now, Instant codesExpire)
            throws SQLException {
        for (int from = 0; from < accounts.size(); from += ROWS_PER_STATEMENT) {
            List<NewPharmacist> chunk = accounts.subList(from, Math.min(accounts.size(), from + ROWS_PER_STATEMENT));
            List<Object> values = new ArrayList<>(chunk.size() * 8);
            for (NewPharmacist account : chunk) {
                Collections.addAll(values, account.login(), account.displayName(), AccountActivation.NO_PASSWORD_YET,
                        Role.PHARMACIST.name(), Boolean.TRUE, Boolean.FALSE, now, account.contact());
            }
            execute(connection, "INSERT INTO account (login, display_name, password_hash, account_role, enabled, "
                    + "all_districts, created_at, contact) VALUES ", 8, chunk.size(), values);
            Map<String, Long> ids = idsOf(connection, chunk);
            List<Object> bindings = new ArrayList<>(chunk.size() * 2);
            List<Object> codes = new ArrayList<>(chunk.size() * 4);
            for (NewPharmacist account : chunk) {
                Long id = ids.get(account.login());
                Collections.addAll(bindings, id, account.sellerCode());
                Collections.addAll(codes, id, account.codeHash(), now, codesExpire);
            }
            execute(connection, "INSERT INTO account_seller (account_id, seller_code) VALUES ", 2, chunk.size(),
                    bindings);
            execute(connection, "INSERT INTO account_activation (account_id, code_hash, issued_at, expires_at) VALUES ",
                    4, chunk.size(), codes);
        }
    }

    private static Map<String, Long> idsOf(Connection connection, List<NewPharmacist> chunk) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        Jdbc.query(connection, "SELECT id, login FROM account WHERE login IN (" + placeholders(1, chunk.size(), ", ")
                        + ")", chunk.stream().map(NewPharmacist::login).toArray(),
                rs -> ids.put(rs.getString(2), rs.getLong(1)));
        if (ids.size() != chunk.size()) {
            throw new SQLException("stored " + chunk.size() + " accounts but found " + ids.size());
        }
        return ids;
    }

    private static void execute(Connection connection, String insert, int columns, int rows, List<Object> values)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert + placeholders(columns, rows, ", "))) {
            Jdbc.bind(statement, values.toArray());
            statement.executeUpdate();
        }
    }

    /** {@code (?, ?), (?, ?)} for two rows of two columns; {@code ?, ?} for rows of one column. */
    private static String placeholders(int columns, int rows, String separator) {
        String row = columns == 1 ? "?" : "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return String.join(separator, Collections.nCopies(rows, row));
    }

    private Set<String> column(String sql) {
        Set<String> values = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            Jdbc.query(connection, sql, new Object[0], rs -> values.add(rs.getString(1).strip()));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read: " + sql, e);
        }
        return values;
    }
}
