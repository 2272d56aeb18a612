package kr.maskportal.openapi.control;

import static kr.maskportal.openapi.control.OneSeller.pharmacy;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import kr.maskportal.feed.control.PageWindow;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.stock.entity.StockBand;
import org.junit.jupiter.api.Test;

/**
 * One seller's record in each state the effective status can be in, as an app reads it: the 2020 fields with the
 * effective status in {@code remain_stat}, the portal's fields after them, and JSON null, never an absent key, for
 * what is not known. Every record is also checked against the recorded 2020 shape ({@code OneSeller}).
 */
class SellerJsonTest {

    @Test
    void aFreshFeedRowIsRepublishedAsItIs() {
        JsonObject sale = pharmacy().feed(StockBand.SOME, "08:30", "10:45").sale("10:50");
        assertAll(() -> assertEquals("11806923", sale.getString("code")),
                () -> assertEquals("some", sale.getString("remain_stat")),
                () -> assertEquals("2020/03/11 08:30:00", sale.getString("stock_at")),
                () -> assertEquals("2020/03/11 10:45:00", sale.getString("created_at")),
                () -> assertEquals("feed", sale.getString("source")),
                () -> assertEquals(JsonValue.FALSE, sale.get("stale")),
                () -> assertEquals(JsonValue.NULL, sale.get("reported_at")),
                () -> assertEquals(JsonValue.NULL, sale.get("queue_length")),
                () -> assertEquals(JsonValue.NULL, sale.get("queue_reported_at")),
                () -> assertEquals(JsonValue.NULL, sale.get("notice")));
    }

    @Test
    void feedEvidenceIsStaleFromThirtyMinutesAndUnknownFromThreeHours() {
        OneSeller seller = pharmacy().feed(StockBand.SOME, "08:30", "10:45");
        assertEquals(JsonValue.FALSE, seller.sale("11:14").get("stale"));
        JsonObject stale = seller.sale("11:15");
        assertEquals(JsonValue.TRUE, stale.get("stale"), "30:00 old");
        assertEquals("some", stale.getString("remain_stat"), "still a colour");
        JsonObject unknown = seller.sale("13:45");
        assertEquals(JsonValue.NULL, unknown.get("remain_stat"), "3:00:00 old: no colour");
        assertEquals(JsonValue.TRUE, unknown.get("stale"));
        assertEquals("2020/03/11 10:45:00", unknown.getString("created_at"), "and how old it is");
        assertEquals("feed", unknown.getString("source"));
    }

    @Test
    void aSellerNobodySpokeOfIsAllNullsAndNotStale() {
        JsonObject sale = pharmacy().sale("10:00");
        for (String key : new String[] {"stock_at", "remain_stat", "created_at", "queue_length", "queue_reported_at",
            "source", "reported_at", "notice"}) {
            assertEquals(JsonValue.NULL, sale.get(key), key);
        }
        assertEquals(JsonValue.FALSE, sale.get("stale"));
    }

    @Test
    void aFeedRowWithoutABandSaysNothingOfTheStockButIsEvidenceOfItsTime() {
        JsonObject sale = pharmacy().feed(null, null, "07:00").sale("07:10");
        assertEquals(JsonValue.NULL, sale.get("remain_stat"));
        assertEquals(JsonValue.NULL, sale.get("stock_at"));
        assertEquals("2020/03/11 07:00:00", sale.getString("created_at"));
        assertEquals("feed", sale.getString("source"));
        assertEquals(JsonValue.TRUE, pharmacy().feed(null, null, "07:00").sale("07:30").get("stale"));
    }

    @Test
    void thePharmacistsSoldOutReplacesTheFeedsPlentyAndSaysWhen() {
        OneSeller seller = pharmacy().feed(StockBand.PLENTY, "08:00", "10:00").report("10:30", ReportKind.SOLD_OUT);
        JsonObject sale = seller.sale("10:40");
        assertAll(() -> assertEquals("empty", sale.getString("remain_stat")),
                () -> assertEquals("pharmacist", sale.getString("source")),
                () -> assertEquals("2020/03/11 10:30:00", sale.getString("reported_at")),
                () -> assertEquals("2020/03/11 10:30:00", sale.getString("created_at"), "updated at the report"),
                () -> assertEquals("2020/03/11 08:00:00", sale.getString("stock_at"), "the delivery is the feed's"),
                () -> assertEquals(JsonValue.FALSE, sale.get("stale")));
        assertEquals(JsonValue.FALSE, seller.sale("16:00").get("stale"), "sold out holds all day, never stale");
        assertEquals("empty", seller.sale("16:00").getString("remain_stat"));
    }

    @Test
    void closedIsABreakFromThePharmacist() {
        JsonObject sale = pharmacy().feed(StockBand.SOME, "08:00", "08:30").report("09:00", ReportKind.CLOSED)
                .sale("09:05");
        assertEquals("break", sale.getString("remain_stat"));
        assertEquals("pharmacist", sale.getString("source"));
        assertEquals("2020/03/11 09:00:00", sale.getString("reported_at"));
    }

    @Test
    void aFeedRowConfirmingTheReportIsBothWithTheReportKeepingItsOwnTime() {
        JsonObject sale = pharmacy().report("11:00", ReportKind.SOLD_OUT).feed(StockBand.EMPTY, "08:00", "11:20")
                .sale("11:30");
        assertEquals("empty", sale.getString("remain_stat"));
        assertEquals("both", sale.getString("source"));
        assertEquals("2020/03/11 11:20:00", sale.getString("created_at"), "the younger confirmation");
        assertEquals("2020/03/11 11:00:00", sale.getString("reported_at"));
    }

    @Test
    void aQueueIsAddedWithItsTimeWhateverTheStatusRestsOn() {
        JsonObject sale = pharmacy().feed(StockBand.SOME, "08:00", "10:00").report("10:05", ReportKind.QUEUE, 12)
                .sale("10:10");
        assertEquals(12, sale.getInt("queue_length"));
        assertEquals("2020/03/11 10:05:00", sale.getString("queue_reported_at"));
        assertEquals("feed", sale.getString("source"), "a queue is no word on the stock");
        assertEquals(JsonValue.NULL, sale.get("reported_at"));
        assertEquals(JsonValue.NULL, pharmacy().feed(StockBand.SOME, "08:00", "10:00")
                .report("10:05", ReportKind.QUEUE, 12).sale("10:35").get("queue_length"), "gone after 30 minutes");
    }

    @Test
    void aCountSetsTheBandAndAgesLikeFeedEvidence() {
        OneSeller seller = pharmacy().feed(StockBand.PLENTY, "08:00", "10:00").report("10:30", ReportKind.REMAINING, 20);
        JsonObject fresh = seller.sale("10:40");
        assertEquals("few", fresh.getString("remain_stat"));
        assertEquals("pharmacist", fresh.getString("source"));
        assertEquals(JsonValue.FALSE, fresh.get("stale"));
        assertEquals(JsonValue.TRUE, seller.sale("11:00").get("stale"), "masks keep selling after a count");
    }

    @Test
    void aNoticeIsCarriedAsWrittenAndCannotBreakOutOfTheJsonOrAPage() {
        String notice = "번호표는 \"13시\"에 배부 \\ 끝 </script><b>&amp;";
        OneSeller seller = pharmacy().feed(StockBand.FEW, "08:00", "10:00").notice("10:01", notice);
        assertEquals(notice, seller.sale("10:05").getString("notice"));
        String raw = new String(seller.judgedAt("10:05").sales(new PageWindow(1, 1, 1)), StandardCharsets.UTF_8);
        assertFalse(raw.contains("<") || raw.contains(">") || raw.contains("&"), raw);
        assertTrue(raw.contains("번호표는 \\\"13시\\\"에 배부 \\\\ 끝"), "Korean as it is, quotes and backslash escaped");
    }

    @Test
    void namesWithControlCharactersStayOneValidString() {
        String name = "온누리\t약국\n2층\u0001\u007f\u2028 \"큰길\" \\";
        OneSeller seller = pharmacy().named(name);
        assertEquals(name, seller.store("10:00").getString("name"));
        byte[] raw = seller.judgedAt("10:00").stores(new PageWindow(1, 1, 1));
        for (byte b : raw) {
            assertTrue(b < 0 || b >= 0x20, "no raw control character in " + new String(raw, StandardCharsets.UTF_8));
        }
    }

    @Test
    void coordinatesAreNumbersOrNull() {
        JsonObject located = pharmacy().store("10:00");
        assertEquals(37.5553211, located.getJsonNumber("lat").doubleValue());
        assertEquals(126.9206113, located.getJsonNumber("lng").doubleValue());
        assertEquals("01", located.getString("type"));
        JsonObject nowhere = pharmacy().withoutCoordinates().store("10:00");
        assertEquals(JsonValue.NULL, nowhere.get("lat"));
        assertEquals(JsonValue.NULL, nowhere.get("lng"));
    }
}
