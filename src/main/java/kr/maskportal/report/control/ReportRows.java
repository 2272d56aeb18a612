package kr.maskportal.report.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kr.maskportal.platform.persistence.Jdbc;
import kr.maskportal.report.entity.Report;

/**
 * A batch's reports written with a few multi-row INSERTs rather than through the persistence context: the database
 * numbers them in the order they were sent (the order the board puts reports of one seller in when their times are
 * equal; the persistence context writes new entities in an order of its own), in a handful of round trips instead of
 * a thousand, without an entity and a change set each. The ids of a multi-row INSERT are consecutive with MariaDB's
 * and MySQL's default {@code innodb_autoinc_lock_mode} (1, "consecutive"; also 0), which the driver relies on to
 * answer them, as it does for {@code rewriteBatchedStatements}; H2 answers every id itself. Times are bound as UTC
 * with their milliseconds, as {@link Jdbc} binds them.
 */
final class ReportRows {

    /** Rows per INSERT: 800 parameters, far inside every database's limit, and statements of a few kilobytes. */
    static final int ROWS_PER_INSERT = 100;
    private static final String INSERT = "INSERT INTO report (seller_code, kind, amount, notice, reported_at, "
            + "account_id, vendor_id, api_token_id) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int COLUMNS = 8;

    private ReportRows() {
    }

    /** Inserts the reports, none of them stored yet, and answers their ids in the same order. */
    static List<Long> insert(Connection db, List<Report> reports) throws SQLException {
        List<Long> ids = new ArrayList<>(reports.size());
        for (int from = 0; from < reports.size(); from += ROWS_PER_INSERT) {
            List<Report> chunk = reports.subList(from, Math.min(reports.size(), from + ROWS_PER_INSERT));
            String sql = INSERT + String.join(", ", Collections.nCopies(chunk.size(), ROW));
            try (PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < chunk.size(); i++) {
                    bind(insert, i * COLUMNS, chunk.get(i));
                }
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
            }
        }
        if (ids.size() != reports.size()) {
            throw new SQLException(reports.size() + " reports inserted, " + ids.size() + " ids answered");
        }
        return ids;
    }

    /** One row's values from parameter {@code offset + 1} on; nulls with their column's type, as drivers like. */
    private static void bind(PreparedStatement insert, int offset, Report report) throws SQLException {
        insert.setString(offset + 1, report.getSellerCode());
        insert.setString(offset + 2, report.getKind().name());
        setInteger(insert, offset + 3, report.getAmount());
        if (report.getNotice() == null) {
            insert.setNull(offset + 4, Types.VARCHAR);
        } else {
            insert.setString(offset + 4, report.getNotice());
        }
        insert.setTimestamp(offset + 5, Timestamp.from(report.getReportedAt()), Jdbc.utc());
        setLong(insert, offset + 6, report.getAccountId());
        setLong(insert, offset + 7, report.getVendorId());
        setLong(insert, offset + 8, report.getApiTokenId());
    }

    private static void setInteger(PreparedStatement insert, int index, Integer value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.INTEGER);
        } else {
            insert.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement insert, int index, Long value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.BIGINT);
        } else {
            insert.setLong(index, value);
        }
    }
}
