package kr.maskportal.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.maskportal.report.entity.Report;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.report.entity.ReportSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A batch's rows on the embedded default's H2 (PointOfSaleApiIT writes them to MariaDB): ids in the order sent. */
class ReportRowsTest {

    private static final String H2 = "jdbc:h2:mem:reportRows;DB_CLOSE_DELAY=-1;MODE=LEGACY";

    @Test
    void aBatchIsNumberedInTheOrderSentWithItsTimesToTheMillisecond() throws SQLException {
        Flyway.configure().dataSource(H2, "sa", "").locations("filesystem:db-migrations").load().migrate();
        try (Connection db = DriverManager.getConnection(H2, "sa", "")) {
            var sql = db.createStatement();
            sql.execute("INSERT INTO seller (code, name, seller_type, address, district_code, placed_by) VALUES "
                    + "('11806923', '종오약국', '01', '서울특별시 마포구 만리재로 130', '11440', 'ADDRESS'), "
                    + "('11807121', '명성약국', '01', '서울특별시 마포구 신촌로 1', '11440', 'ADDRESS')");
            sql.execute("INSERT INTO vendor (name, contact, created_at) VALUES ('포스', '02', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO api_token (vendor_id, name, token_hash, created_at) VALUES "
                    + "((SELECT MAX(id) FROM vendor), 't', '" + "f".repeat(64) + "', CURRENT_TIMESTAMP)");
            var ids = sql.executeQuery("SELECT vendor_id, id FROM api_token");
            ids.next();
            ReportSource source = ReportSource.vendor(ids.getLong(1), ids.getLong(2));
            Instant at = Instant.parse("2020-03-11T03:00:05.123Z");
            List<Report> reports = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                reports.add(Report.of(i % 2 == 0 ? "11806923" : "11807121", ReportKind.QUEUE, i, null, at, source));
            }
            reports.add(Report.of("11807121", ReportKind.NOTICE, null, "번호표", at, source));

            List<Long> stored = ReportRows.insert(db, reports);
            assertEquals(301, stored.size());
            for (int i = 1; i < stored.size(); i++) {
                assertTrue(stored.get(i) > stored.get(i - 1), "in the order sent");
            }
            var rs = sql.executeQuery("SELECT amount, notice, reported_at, account_id FROM report WHERE id = "
                    + stored.get(299));
            rs.next();
            assertEquals(299, rs.getInt(1));
            assertEquals(null, rs.getObject(4), "no person");
            assertTrue(rs.getString(3).endsWith(".123"), "to the millisecond: " + rs.getString(3));
            rs = sql.executeQuery("SELECT notice FROM report WHERE id = " + stored.get(300));
            rs.next();
            assertEquals("번호표", rs.getString(1));
        }
    }
}
