package kr.maskportal.official.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import kr.maskportal.official.control.day.DayReport;
import kr.maskportal.official.control.day.HourQueues;
import kr.maskportal.official.control.day.HourShare;
import kr.maskportal.official.control.day.SellerDay;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.entity.SellerType;
import kr.maskportal.stock.control.merge.StatusSource;
import org.junit.jupiter.api.Test;

/** The day report in the words and numbers the page and its CSV files show, from a report made by hand. */
class DayTablesTest {

    private static final ResourceBundle KO = ResourceBundle.getBundle("kr.maskportal.i18n.messages", Locale.KOREAN);

    @Test
    void cellsAreKoreaTimeOneDecimalAndTheBundlesWords() {
        DayReport report = new DayReport(LocalDate.of(2020, 3, 10),
                List.of(new SellerDay("A", Instant.parse("2020-03-10T01:15:00Z"), StatusSource.PHARMACIST, false,
                                Instant.parse("2020-03-10T05:06:00Z")),
                        new SellerDay("B", null, null, false, null),
                        new SellerDay("C", Instant.parse("2020-03-09T15:00:00Z"), StatusSource.FEED, true, null)),
                List.of(new HourShare(0, 1, 1, 0, 1)),
                List.of(new HourQueues(0, 3, 2, OptionalDouble.of(49.0 / 3), OptionalInt.of(30))),
                List.of("B"));
        Map<String, DirectorySeller> sellers = Map.of(
                "A", seller("A", "가 약국"), "B", seller("B", "=나 약국"), "C", seller("C", "다, 약국"));
        DayView view = new DayTables(KO, Locale.KOREAN).view(report, "부산광역시 해운대구", sellers);

        assertEquals(List.of(List.of("00:00–01:00", "1", "33.3", "1", "0", "1", "33.3")), view.hourly().rows());
        assertEquals(List.of(List.of("00:00–01:00", "3", "2", "16.3", "30")), view.queues().rows());
        assertEquals(List.of(
                List.of("다, 약국", "C", "00:00 (전날부터)", "공공 정보", ""),
                List.of("가 약국", "A", "10:15", "약사 알림", "14:06"),
                List.of("=나 약국", "B", "품절되지 않음", "", "")), view.soldOutTable().rows(),
                "earliest first, in Korea time, then those that did not sell out");
        assertEquals(List.of(List.of("=나 약국", "B", "약국", "주소 B")), view.silent().rows());
        assertEquals(2, view.soldOut());
        assertEquals("00:00 (다, 약국)", view.firstSoldOut());
        assertEquals(30, view.longestQueue());
        assertEquals(3, view.queueReports());
        assertTrue(view.shareChart().contains("\"data\":[33.3,null,"), view.shareChart());
        assertTrue(view.queueChart().contains("\"data\":[16.3,null,"), view.queueChart());

        String csv = new String(CsvFile.of(view.soldOutTable(), KO, Locale.KOREAN), StandardCharsets.UTF_8);
        assertEquals("\uFEFF부산광역시 해운대구 2020-03-10 판매처별 처음 품절된 시각\r\n"
                + "판매처,코드,처음 품절 시각,근거,다시 마스크 있음\r\n"
                + "\"다, 약국\",C,00:00 (전날부터),공공 정보,\r\n"
                + "가 약국,A,10:15,약사 알림,14:06\r\n"
                + "'=나 약국,B,품절되지 않음,,\r\n", csv);
    }

    private static DirectorySeller seller(String code, String name) {
        return new DirectorySeller(code, name, SellerType.PHARMACY, "주소 " + code, "26350", null);
    }
}
