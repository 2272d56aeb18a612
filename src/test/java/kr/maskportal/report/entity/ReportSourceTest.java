package kr.maskportal.report.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportSourceTest {

    @Test
    void aReportRecordsAPersonOrAVendorNeverBoth() {
        Report byVendor = Report.of("11806923", ReportKind.SOLD_OUT, null, null, Instant.EPOCH, ReportSource.vendor(7, 70));
        assertNull(byVendor.getAccountId());
        assertEquals(7L, byVendor.getVendorId());
        assertEquals(70L, byVendor.getApiTokenId());
        Report byPerson = Report.of("11806923", ReportKind.SOLD_OUT, null, null, Instant.EPOCH, 3L, null);
        assertEquals(3L, byPerson.getAccountId());
        assertNull(byPerson.getVendorId());
        assertTrue(ReportSource.vendor(7, 70).isVendor());
        assertFalse(ReportSource.person(3L, 30L).isVendor());
        assertThrows(IllegalArgumentException.class, () -> new ReportSource(3L, 7L, 70L));
        assertThrows(IllegalArgumentException.class, () -> new ReportSource(null, null, 70L));
        assertThrows(NullPointerException.class, () -> new ReportSource(null, 7L, null), "a vendor reports by token");
    }

    @Test
    void aRotatedTokenWorksUntilItsOverlapEndsAndARevokedOneNotAtAll() {
        ApiToken token = ApiToken.forVendor(7, "본사 서버", "a".repeat(64), Instant.EPOCH);
        assertTrue(token.worksAt(Instant.EPOCH.plusSeconds(1)));
        token.expireAt(Instant.EPOCH.plusSeconds(60));
        assertTrue(token.worksAt(Instant.EPOCH.plusSeconds(59)));
        assertFalse(token.worksAt(Instant.EPOCH.plusSeconds(60)));
        token.expireAt(Instant.EPOCH.plusSeconds(600));
        assertEquals(Instant.EPOCH.plusSeconds(60), token.getExpiresAt(), "a rotation never lengthens a life");
        token.revoke(Instant.EPOCH.plusSeconds(10));
        assertFalse(token.worksAt(Instant.EPOCH.plusSeconds(11)));
        assertNull(token.getAccountId());
        assertEquals(7L, token.getVendorId());
    }
}
