package kr.maskportal.report.boundary.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
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

    @Test
    void aBatchAnswersEachItemInItsPlaceAndABadOneSpoilsNothingElse() throws IOException {
        List<ReportBodyReader.BatchEntry> entries = batch("[{\"sellerCode\":\"11806923\",\"kind\":\"QUEUE\","
                + "\"queueLength\":4}, {\"kind\":\"SOLD_OUT\"}, 7, {\"sellerCode\":12,\"kind\":\"CLOSED\"},"
                + "{\"sellerCode\":\"11807121\",\"kind\":\"QUEUE\",\"queue\":3},"
                + "{\"sellerCode\":\"11807121\",\"kind\":\"NOTICE\",\"notice\":\"번호표\"}]");
        assertEquals(List.of(0, 1, 2, 3, 4, 5), entries.stream().map(ReportBodyReader.BatchEntry::index).toList());
        assertEquals("11806923", entries.get(0).sellerCode());
        assertEquals(4, entries.get(0).report().number());
        assertNull(entries.get(0).refusal());
        assertEquals("sellerCode", entries.get(1).refusal().field());
        assertEquals("SELLER_CODE_MISSING", entries.get(1).refusal().problem());
        assertEquals("NOT_A_JSON_OBJECT", entries.get(2).refusal().error());
        assertEquals("NOT_A_STRING", entries.get(3).refusal().problem());
        assertEquals("queue", entries.get(4).refusal().field());
        assertEquals("UNKNOWN_FIELD", entries.get(4).refusal().problem());
        assertEquals("번호표", entries.get(5).report().notice());
    }

    @Test
    void aSingleReportTakesNoSellerCodeItsAddressNamesIt() {
        ApiRefusal refusal = assertThrows(ApiRefusal.class,
                () -> read("{\"sellerCode\":\"11806923\",\"kind\":\"SOLD_OUT\"}"));
        assertEquals("sellerCode", refusal.field());
        assertEquals("UNKNOWN_FIELD", refusal.problem());
    }

    @Test
    void aBatchIsANonEmptyArrayOfAtMostAThousand() throws IOException {
        assertEquals("NOT_A_JSON_ARRAY", assertThrows(ApiRefusal.class, () -> batch("{\"kind\":\"SOLD_OUT\"}")).error());
        assertEquals("NO_REPORTS", assertThrows(ApiRefusal.class, () -> batch("[]")).error());
        assertEquals("MALFORMED_JSON", assertThrows(ApiRefusal.class, () -> batch("[{}")).error());
        String item = "{\"sellerCode\":\"11806923\",\"kind\":\"SOLD_OUT\"}";
        assertEquals(1_000, batch("[" + String.join(",", Collections.nCopies(1_000, item)) + "]").size());
        ApiRefusal tooMany = assertThrows(ApiRefusal.class,
                () -> batch("[" + String.join(",", Collections.nCopies(1_001, item)) + "]"));
        assertEquals(413, tooMany.status());
        assertEquals("TOO_MANY_REPORTS", tooMany.error());
        ApiRefusal tooLarge = assertThrows(ApiRefusal.class,
                () -> batch("[\"" + "x".repeat(ReportBodyReader.MAX_BATCH_BYTES) + "\"]"));
        assertEquals("BODY_TOO_LARGE", tooLarge.error());
    }

    private static List<ReportBodyReader.BatchEntry> batch(String json) throws IOException {
        return ReportBodyReader.readBatch(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static ReportBody read(String json) throws IOException {
        return ReportBodyReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
