package kr.maskportal.report.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import kr.maskportal.report.control.Reports.Reporter;
import kr.maskportal.report.control.StoredReport;
import kr.maskportal.report.entity.ReportKind;
import org.junit.jupiter.api.Test;

class ReportLineTest {

    private static final Instant NOON_IN_SEOUL = Instant.parse("2020-03-11T03:00:59Z");

    @Test
    void showsKoreanTimeWhoAndTheNumberAsANumber() {
        var line = new ReportLine(new StoredReport(7, "11806923", ReportKind.REMAINING, 100_000, null, NOON_IN_SEOUL,
                false), new Reporter("종오약국 약사", false));
        assertEquals("12:00", line.getTime(), "Asia/Seoul, whatever the server's zone");
        assertEquals(100_000, line.getDetail(), "a number, so the message groups its digits");
        assertEquals("pharmacist.report.REMAINING", line.getWhatKey());
        assertEquals("종오약국 약사", line.getWho());
        assertFalse(line.isPointOfSale());
        assertFalse(line.isUndone());
    }

    @Test
    void aNoticeIsCarriedAsWrittenAndAnUndoneReportFromAProgramIsMarked() {
        var line = new ReportLine(new StoredReport(8, "11806923", ReportKind.NOTICE, null, "<b>번호표</b> 13시",
                NOON_IN_SEOUL, true), new Reporter("약사", true));
        assertEquals("<b>번호표</b> 13시", line.getDetail(), "escaping is the page's job, on output");
        assertTrue(line.isUndone());
        assertTrue(line.isPointOfSale());
    }

    @Test
    void theOneTapKindsHaveNoDetail() {
        var line = new ReportLine(new StoredReport(9, "11806923", ReportKind.SOLD_OUT, null, null, NOON_IN_SEOUL,
                false), null);
        assertNull(line.getDetail());
        assertNull(line.getWho());
    }
}
