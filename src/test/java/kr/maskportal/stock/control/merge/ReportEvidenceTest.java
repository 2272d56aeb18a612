package kr.maskportal.stock.control.merge;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import kr.maskportal.report.entity.ReportKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A report the merge cannot read must fail where it is built, not show a wrong status later. */
class ReportEvidenceTest {

    private static final Instant AT = Instant.parse("2020-03-11T01:00:00Z");

    @ParameterizedTest(name = "{0} with number {1} is accepted: {2}")
    @CsvSource(nullValues = "", textBlock = """
            SOLD_OUT,    , true
            SOLD_OUT,   3, false
            QUEUE,      0, true
            QUEUE,       , false
            QUEUE,     -1, false
            REMAINING, 40, true
            REMAINING,   , false
            RESTOCKED, 250, true
            RESTOCKED,    , false
            CLOSED,      , true
            CLOSED,     1, false
            REOPENED,    , true
            """)
    void aNumberComesWithExactlyTheKindsThatCount(ReportKind kind, Integer number, boolean accepted) {
        if (accepted) {
            assertDoesNotThrow(() -> new ReportEvidence(kind, number, null, AT, 1));
        } else {
            assertThrows(IllegalArgumentException.class, () -> new ReportEvidence(kind, number, null, AT, 1));
        }
    }

    @Test
    void onlyANoticeCarriesText() {
        assertThrows(IllegalArgumentException.class, () -> new ReportEvidence(ReportKind.NOTICE, null, null, AT, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new ReportEvidence(ReportKind.SOLD_OUT, null, "마감", AT, 1));
        assertThrows(IllegalArgumentException.class, () -> new ReportEvidence(ReportKind.NOTICE, 3, "x", AT, 1));
    }

    @Test
    void aNoticeOf200CharactersFitsAnd201DoNot() {
        assertDoesNotThrow(() -> new ReportEvidence(ReportKind.NOTICE, null, "가".repeat(200), AT, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new ReportEvidence(ReportKind.NOTICE, null, "가".repeat(201), AT, 1));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneCountsOnce() {
        String twoHundredEmoji = "😷".repeat(200);
        assertDoesNotThrow(() -> new ReportEvidence(ReportKind.NOTICE, null, twoHundredEmoji, AT, 1));
    }
}
