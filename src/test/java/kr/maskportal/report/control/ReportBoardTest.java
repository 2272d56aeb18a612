package kr.maskportal.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.stock.control.merge.ReportEvidence;
import org.junit.jupiter.api.Test;

class ReportBoardTest {

    private static final Instant NOON = Instant.parse("2020-03-11T03:00:00Z"); // 12:00 in Korea
    private static final Clock CLOCK = Clock.fixed(NOON, ZoneOffset.UTC);

    private final ReportBoard board = new ReportBoard();

    @Test
    void aCatchUpAddsReportsStoredElsewhereOnceEachInTheOrderMade() {
        board.restore(List.of(), LocalDate.of(2020, 3, 11));
        ReportEvidence mine = report(12, NOON.minusSeconds(10));
        board.add("A", mine, CLOCK);
        ReportEvidence earlierElsewhere = report(11, NOON.minusSeconds(20));

        board.follow(List.of(Map.entry("A", earlierElsewhere), Map.entry("A", mine)), List.of(), CLOCK);
        assertEquals(List.of(earlierElsewhere, mine), board.reports("A"));
    }

    @Test
    void aCatchUpTakesOffReportsUndoneElsewhere() {
        board.restore(List.of(Map.entry("A", report(1, NOON)), Map.entry("A", report(2, NOON))),
                LocalDate.of(2020, 3, 11));
        board.follow(List.of(), List.of(Map.entry("A", 1L), Map.entry("B", 5L)), CLOCK);
        assertEquals(List.of(report(2, NOON)), board.reports("A"));
    }

    @Test
    void theVersionChangesOnlyWhenACatchUpFoundSomething() {
        board.restore(List.of(Map.entry("A", report(1, NOON))), LocalDate.of(2020, 3, 11));
        long before = board.version();
        board.follow(List.of(Map.entry("A", report(1, NOON))), List.of(Map.entry("A", 9L)), CLOCK);
        assertEquals(before, board.version(), "cached pages stay valid");
        board.follow(List.of(Map.entry("B", report(2, NOON))), List.of(), CLOCK);
        assertNotEquals(before, board.version());
    }

    @Test
    void theSameReportAddedTwiceIsOnTheBoardOnce() {
        board.add("A", report(1, NOON), CLOCK);
        long version = board.version();
        board.add("A", report(1, NOON), CLOCK);
        assertEquals(1, board.reports("A").size());
        assertEquals(version, board.version());
    }

    @Test
    void aBatchChangesTheVersionOnceAndKeepsItsOrder() {
        long version = board.version();
        board.addAll(List.of(Map.entry("A", report(11, NOON)), Map.entry("B", report(12, NOON)),
                Map.entry("A", report(13, NOON))), CLOCK);
        assertEquals(version + 1, board.version(), "one new version for the whole batch");
        assertEquals(List.of(11L, 13L), board.reports("A").stream().map(ReportEvidence::sequence).toList());
        board.addAll(List.of(Map.entry("A", report(13, NOON))), CLOCK);
        assertEquals(version + 1, board.version(), "nothing new, no new version");
    }

    private static ReportEvidence report(long id, Instant at) {
        return new ReportEvidence(ReportKind.SOLD_OUT, null, null, at, id);
    }
}
