package kr.maskportal.report.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import kr.maskportal.platform.persistence.Jdbc;
import kr.maskportal.report.entity.Report;

/**
 * A batch's reports written with one JDBC batch rather than through the persistence context: the database numbers
 * them in the order they were sent (the order the board puts reports of one seller in when their times are equal;
 * the persistence context writes new entities in an order of its own), without an entity and a change set each.
 * Times are bound as UTC with their milliseconds, as {@link Jdbc} binds them.
 */
final class ReportRows {

    private static final String INSERT = "INSERT INTO report (seller_code, kind, amount, notice, reported_at, "
            + "account_id, vendor_id, api_token_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private ReportRows() {
    }

    /** Inserts the reports, none of them stored yet, and answers their ids in the same order. */
    static List<Long> insert(Connection db, List<Report> reports) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            for (Report report : reports) {
                Jdbc.bind(insert, new Object[] {report.getSellerCode(), report.getKind().name(), report.getAmount(),
                        report.getNotice(), report.getReportedAt(), report.getAccountId(), report.getVendorId(),
                        report.getApiTokenId()});
                nullsTyped(insert, report);
                insert.addBatch();
            }
            insert.executeBatch();
            List<Long> ids = new ArrayList<>(reports.size());
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
            if (ids.size() != reports.size()) {
                throw new SQLException(reports.size() + " reports inserted, " + ids.size() + " ids answered");
            }
            return ids;
        }
    }

    /** Nulls with their column's type, which some drivers want even for a null. */
    private static void nullsTyped(PreparedStatement insert, Report report) throws SQLException {
        if (report.getAmount() == null) {
            insert.setNull(3, Types.INTEGER);
        }
        if (report.getNotice() == null) {
            insert.setNull(4, Types.VARCHAR);
        }
        if (report.getAccountId() == null) {
            insert.setNull(6, Types.BIGINT);
        }
        if (report.getVendorId() == null) {
            insert.setNull(7, Types.BIGINT);
        }
        if (report.getApiTokenId() == null) {
            insert.setNull(8, Types.BIGINT);
        }
    }
}
