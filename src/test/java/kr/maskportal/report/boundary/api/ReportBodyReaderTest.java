package kr.maskportal.report.boundary.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import kr.maskportal.report.entity.ReportKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportBodyReaderTest {

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("{\"kind\":\"SOLD_OUT\"}", ReportKind.SOLD_OUT, null, null),
                Arguments.of("{\"kind\":\"QUEUE\",\"queueLength\":40}", ReportKind.QUEUE, 40, null),
                Arguments.of("{\"kind\":\"REMAINING\",\"remaining\":0}", ReportKind.REMAINING, 0, null),
                Arguments.of("{\"kind\":\"RESTOCKED\",\"remaining\":250}", ReportKind.RESTOCKED, 250, null),
                Arguments.of("{\"kind\":\"CLOSED\"}", ReportKind.CLOSED, null, null),
                Arguments.of("{\"kind\":\"REOPENED\",\"queueLength\":null,\"remaining\":null}", ReportKind.REOPENED, null, null),
                Arguments.of("{\"kind\":\"NOTICE\",\"notice\":\"번호표 13시 배부\"}", ReportKind.NOTICE, null, "번호표 13시 배부"),
                Arguments.of(" \n{ \"notice\" : \"<b>x</b>\", \"kind\" : \"NOTICE\" } ", ReportKind.NOTICE, null, "<b>x</b>"));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void readsEachKindWithTheFieldItTakes(String json, ReportKind kind, Integer number, String notice) throws IOException {
        ReportBody body = read(json);
        assertEquals(kind, body.kind());
        assertEquals(number, body.number());
        assertEquals(notice, body.notice());
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("{}", "kind", "KIND_MISSING"),
                Arguments.of("{\"kind\":null}", "kind", "KIND_MISSING"),
                Arguments.of("{\"kind\":\"sold_out\"}", "kind", "UNKNOWN_KIND"),
                Arguments.of("{\"kind\":\"EMPTY\"}", "kind", "UNKNOWN_KIND"),
                Arguments.of("{\"kind\":3}", "kind", "NOT_A_STRING"),
                Arguments.of("{\"kind\":\"QUEUE\",\"queueLength\":\"40\"}", "queueLength", "NOT_AN_INTEGER"),
                Arguments.of("{\"kind\":\"QUEUE\",\"queueLength\":4.5}", "queueLength", "NOT_AN_INTEGER"),
                Arguments.of("{\"kind\":\"QUEUE\",\"queueLength\":true}", "queueLength", "NOT_AN_INTEGER"),
                Arguments.of("{\"kind\":\"REMAINING\",\"remaining\":[1]}", "remaining", "NOT_AN_INTEGER"),
                Arguments.of("{\"kind\":\"REMAINING\",\"remaining\":99999999999999999999}", "remaining", "NUMBER_OUT_OF_RANGE"),
                Arguments.of("{\"kind\":\"NOTICE\",\"notice\":13}", "notice", "NOT_A_STRING"),
                Arguments.of("{\"kind\":\"QUEUE\",\"queue\":40}", "queue", "UNKNOWN_FIELD"),
                Arguments.of("{\"queueLength\":40,\"kind\":\"QUEUE\",\"x\":1}", "x", "UNKNOWN_FIELD"),
                Arguments.of("{\"kind\":\"QUEUE\",\"queueLength\":4,\"remaining\":5}", "remaining", "NUMBER_NOT_ALLOWED"),
                Arguments.of("{\"kind\":\"REMAINING\",\"queueLength\":4,\"remaining\":5}", "queueLength", "NUMBER_NOT_ALLOWED"),
                Arguments.of("{\"kind\":\"RESTOCKED\",\"queueLength\":4}", "queueLength", "NUMBER_NOT_ALLOWED"),
                Arguments.of("{\"kind\":\"SOLD_OUT\",\"queueLength\":0}", "queueLength", "NUMBER_NOT_ALLOWED"),
                Arguments.of("{\"kind\":\"CLOSED\",\"remaining\":0}", "remaining", "NUMBER_NOT_ALLOWED"),
                Arguments.of("{\"kind\":\"NOTICE\",\"remaining\":0,\"notice\":\"x\"}", "remaining", "NUMBER_NOT_ALLOWED"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void namesTheFieldAndTheProblem(String json, String field, String problem) {
        ApiRefusal refusal = assertThrows(ApiRefusal.class, () -> read(json));
        assertEquals(400, refusal.status());
        assertEquals("INVALID_FIELD", refusal.error());
        assertEquals(field, refusal.field());
        assertEquals(problem, refusal.problem());
        assertEquals("api.problem." + problem, refusal.messageKey());
    }

    @Test
    void theKindsNumberGoesUnderItsOwnNameAndTheRestIsLeftToReport() throws IOException {
        assertEquals("queueLength", read("{\"kind\":\"QUEUE\"}").jsonField("number"));
        assertEquals("remaining", read("{\"kind\":\"RESTOCKED\"}").jsonField("number"));
        assertEquals("notice", read("{\"kind\":\"NOTICE\"}").jsonField("notice"));
        assertEquals(-3, read("{\"kind\":\"QUEUE\",\"queueLength\":-3}").number(), "Report.of judges the range");
        assertEquals(1000, read("{\"kind\":\"QUEUE\",\"queueLength\":1000}").number());
        assertEquals(999, ReportBodyReader.limitOf("queueLength", ReportKind.QUEUE));
        assertEquals(100_000, ReportBodyReader.limitOf("remaining", ReportKind.RESTOCKED));
        assertEquals(200, ReportBodyReader.limitOf("notice", ReportKind.NOTICE));
    }

    @Test
    void anUnknownFieldsNameIsEchoedShort() {
        String name = "가".repeat(100);
        ApiRefusal refusal = assertThrows(ApiRefusal.class, () -> read("{\"" + name + "\":1}"));
        assertEquals("가".repeat(40) + "…", refusal.field());
    }

    @Test
    void whatIsNotJsonOrNotAnObjectIsSaidSo() {
        for (String json : new String[] {"", "   ", "{", "{\"kind\":\"QUEUE\",}", "kind=QUEUE", "{\"kind\":\"QUEUE\"} x",
                "\u0000"}) {
            ApiRefusal refusal = assertThrows(ApiRefusal.class, () -> read(json), json);
            assertEquals("MALFORMED_JSON", refusal.error(), json);
            assertEquals(400, refusal.status());
            assertNull(refusal.field());
        }
        for (String json : new String[] {"[]", "\"QUEUE\"", "40", "null"}) {
            assertEquals("NOT_A_JSON_OBJECT", assertThrows(ApiRefusal.class, () -> read(json), json).error(), json);
        }
    }

    @Test
    void aBodyLargerThanAnyReportIsRefusedUnread() {
        String padded = "{\"kind\":\"NOTICE\",\"notice\":\"" + "x".repeat(ReportBodyReader.MAX_BYTES) + "\"}";
        ApiRefusal refusal = assertThrows(ApiRefusal.class, () -> read(padded));
        assertEquals(413, refusal.status());
        assertEquals("BODY_TOO_LARGE", refusal.error());
    }

    private static ReportBody read(String json) throws IOException {
        return ReportBodyReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
