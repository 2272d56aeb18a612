package kr.maskportal.official.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    private static final ListResourceBundle MESSAGES = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {
                {"caption", "{0} 판매처 ({1})"},
                {"seller", "판매처"},
                {"people", "대기 (명)"},
            };
        }
    };

    private static ReportTable table(List<List<String>> rows) {
        return new ReportTable("queues", "caption", List.of("마포구", "2020-03-10"),
                List.of(ReportTable.Column.text("seller"), ReportTable.Column.number("people")), rows);
    }

    @Test
    void startsWithTheByteOrderMarkSoThatExcelReadsKorean() {
        byte[] csv = CsvFile.of(table(List.of()), MESSAGES, Locale.KOREAN);
        assertEquals(0xEF, csv[0] & 0xFF);
        assertEquals(0xBB, csv[1] & 0xFF);
        assertEquals(0xBF, csv[2] & 0xFF);
    }

    @Test
    void holdsTheCaptionTheHeadersAndTheRowsInCrlfLines() {
        String csv = new String(CsvFile.of(table(List.of(List.of("종오약국", "12"), List.of("명성약국", "0"))),
                MESSAGES, Locale.KOREAN), StandardCharsets.UTF_8);
        assertEquals("\uFEFF마포구 판매처 (2020-03-10)\r\n판매처,대기 (명)\r\n종오약국,12\r\n명성약국,0\r\n", csv);
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        assertEquals("\"a,b\"", CsvFile.cell("a,b", false));
        assertEquals("\"say \"\"hi\"\"\"", CsvFile.cell("say \"hi\"", false));
        assertEquals("\"two\nlines\"", CsvFile.cell("two\nlines", false));
        assertEquals("plain", CsvFile.cell("plain", false));
        assertEquals("", CsvFile.cell(null, false));
    }

    @Test
    void neverLetsATypedTextBecomeASpreadsheetFormula() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvFile.cell("=HYPERLINK(\"x\")", false));
        assertEquals("'+1", CsvFile.cell("+1", false));
        assertEquals("'-1", CsvFile.cell("-1", false));
        assertEquals("'@SUM(A1)", CsvFile.cell("@SUM(A1)", false));
        assertEquals("-1", CsvFile.cell("-1", true));
    }

    @Test
    void refusesARowThatDoesNotFitTheColumns() {
        assertThrows(IllegalArgumentException.class, () -> table(List.of(List.of("종오약국"))));
    }
}
