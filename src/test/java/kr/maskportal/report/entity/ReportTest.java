package kr.maskportal.report.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.stream.Stream;
import kr.maskportal.report.entity.InvalidReport.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final Instant AT = Instant.parse("2020-03-11T03:00:00Z");

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("a queue needs a number", ReportKind.QUEUE, null, null, "number", Problem.NUMBER_MISSING),
                Arguments.of("a queue cannot be negative", ReportKind.QUEUE, -1, null, "number", Problem.NUMBER_OUT_OF_RANGE),
                Arguments.of("a queue over 999 is a typing error", ReportKind.QUEUE, 1000, null, "number", Problem.NUMBER_OUT_OF_RANGE),
                Arguments.of("a count over 100,000 masks", ReportKind.REMAINING, 100_001, null, "number", Problem.NUMBER_OUT_OF_RANGE),
                Arguments.of("a restock over 100,000 masks", ReportKind.RESTOCKED, 100_001, null, "number", Problem.NUMBER_OUT_OF_RANGE),
                Arguments.of("sold out carries no number", ReportKind.SOLD_OUT, 3, null, "number", Problem.NUMBER_NOT_ALLOWED),
                Arguments.of("a notice needs text", ReportKind.NOTICE, null, "   ", "notice", Problem.NOTICE_MISSING),
                Arguments.of("a notice of 201 characters", ReportKind.NOTICE, null, "가".repeat(201), "notice", Problem.NOTICE_TOO_LONG),
                Arguments.of("a notice is one line", ReportKind.NOTICE, null, "번호표\n13시", "notice", Problem.NOTICE_BAD_CHARACTERS),
                Arguments.of("no control characters", ReportKind.NOTICE, null, "번호표\u0000", "notice", Problem.NOTICE_BAD_CHARACTERS),
                Arguments.of("closed carries no text", ReportKind.CLOSED, null, "쉽니다", "notice", Problem.NOTICE_NOT_ALLOWED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWhatItsKindMayNotCarry(String rule, ReportKind kind, Integer number, String notice, String field,
            Problem problem) {
        InvalidReport refused = assertThrows(InvalidReport.class,
                () -> Report.of("11806923", kind, number, notice, AT, 1L, null));
        assertEquals(field, refused.field());
        assertEquals(problem, refused.problem());
    }

    @Test
    void acceptsTheEdgesOfEachRange() {
        assertEquals(0, Report.of("11806923", ReportKind.QUEUE, 0, null, AT, 1L, null).getAmount());
        assertEquals(999, Report.of("11806923", ReportKind.QUEUE, 999, null, AT, 1L, null).getAmount());
        assertEquals(100_000, Report.of("11806923", ReportKind.REMAINING, 100_000, null, AT, 1L, null).getAmount());
        String longest = "가".repeat(199) + "😷";
        assertEquals(longest, Report.of("11806923", ReportKind.NOTICE, null, longest, AT, 1L, null).getNotice(),
                "200 characters, an emoji counting as one");
    }

    @Test
    void keepsMarkupAsTextAndTrimsTheNotice() {
        Report notice = Report.of("11806923", ReportKind.NOTICE, null, "  <b>번호표 13시 배부</b>  ", AT, 1L, 7L);
        assertEquals("<b>번호표 13시 배부</b>", notice.getNotice());
        assertEquals(7L, notice.getApiTokenId());
        assertNull(Report.of("11806923", ReportKind.SOLD_OUT, null, "  ", AT, 1L, null).getNotice(),
                "an empty notice on another kind is no notice");
    }

    @Test
    void anUndoneReportStaysWithTheTimeItWasUndone() {
        Report report = Report.of("11806923", ReportKind.SOLD_OUT, null, null, AT, 1L, null);
        report.undo(AT.plusSeconds(60));
        assertTrue(report.isUndone());
        assertEquals(AT.plusSeconds(60), report.getUndoneAt());
        assertThrows(IllegalStateException.class, () -> report.undo(AT.plusSeconds(90)));
    }
}
