package kr.maskportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The notice on the public pages follows the database: its version changes only when the state does. */
class DatabaseHealthTest {

    private static final Instant FIRST = Instant.parse("2020-03-11T01:00:00Z");

    @Test
    void anOutageIsRememberedFromItsFirstFailureUntilTheDatabaseAnswers() {
        var health = new DatabaseHealth();
        long up = health.version();
        assertFalse(health.isDown());

        health.failed(FIRST);
        long down = health.version();
        health.failed(FIRST.plusSeconds(3));

        assertTrue(health.isDown());
        assertEquals(FIRST, health.downSince(), "the outage began at its first failure");
        assertNotEquals(up, down, "pages kept in memory are rendered again with the notice");
        assertEquals(down, health.version(), "more failures of the same outage change nothing");

        health.answered();
        assertFalse(health.isDown());
        assertNull(health.downSince());
        assertNotEquals(down, health.version(), "and again without it");
        long back = health.version();
        health.answered();
        assertEquals(back, health.version());
    }
}
