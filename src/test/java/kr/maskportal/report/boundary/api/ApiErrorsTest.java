package kr.maskportal.report.boundary.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import kr.maskportal.platform.i18n.ApiMessages;
import org.junit.jupiter.api.Test;

/** How a failure that reached the API is answered: a database outage as "not saved, send again", never a 500. */
class ApiErrorsTest {

    @Test
    void aReportTheDatabaseCouldNotStoreIsA503WithRetryAfter() {
        var outage = new TransactionalException("rolled back", new PersistenceException(
                new SQLException("Communications link failure", "08S01")));

        ApiRefusal refusal = ApiErrors.refusalFor(outage);

        assertEquals(503, refusal.status());
        assertEquals(ApiRefusal.DATABASE_UNAVAILABLE, refusal.error());
        assertEquals(Map.of("Retry-After", "5"), refusal.headers());
        assertEquals("Not saved: the database cannot be reached right now. Send it again in 5 seconds.",
                ApiMessages.text(Locale.ENGLISH, refusal.messageKey(), refusal.arguments()));
    }

    @Test
    void anyOtherUnexpectedFailureStaysA500() {
        ApiRefusal refusal = ApiErrors.refusalFor(new PersistenceException(new SQLException("duplicate", "23000")));

        assertEquals(500, refusal.status());
        assertEquals(ApiRefusal.INTERNAL_ERROR, refusal.error());
    }
}
