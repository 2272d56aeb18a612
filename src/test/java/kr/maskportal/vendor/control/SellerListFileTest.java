package kr.maskportal.vendor.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SellerListFileTest {

    @Test
    void eachLineIsBoundRefusedOrSkippedWithItsLineNumber() throws Exception {
        SellerListFile file = read("\uFEFF판매처코드,이름\r\n"
                + "11806923,종오약국\r\n"
                + "\r\n"
                + "\"11807121\", 명성약국\r\n"
                + "1180712A,오타\r\n"
                + "1234,짧음\r\n"
                + "11806923,다시\r\n"
                + "  11807555  \r\n"
                + "11807555;세미콜론\n");
        assertEquals(List.of(new SellerListFile.Candidate(2, "11806923"), new SellerListFile.Candidate(4, "11807121"),
                new SellerListFile.Candidate(8, "11807555")), file.candidates());
        assertEquals(List.of(
                new SellerListFile.Refused(5, "1180712A,오타", SellerListFile.Reason.BAD_CHARACTERS, null),
                new SellerListFile.Refused(6, "1234,짧음", SellerListFile.Reason.WRONG_LENGTH, null),
                new SellerListFile.Refused(7, "11806923,다시", SellerListFile.Reason.DUPLICATE, 2),
                new SellerListFile.Refused(9, "11807555;세미콜론", SellerListFile.Reason.DUPLICATE, 8)), file.refused());
    }

    @Test
    void aFirstLineWithACodeIsNoHeaderAndLaterWordsAreWrongLines() throws Exception {
        SellerListFile file = read("11806923\ncode\n");
        assertEquals(List.of(new SellerListFile.Candidate(1, "11806923")), file.candidates());
        assertEquals(SellerListFile.Reason.BAD_CHARACTERS, file.refused().get(0).reason());
        assertEquals(2, file.refused().get(0).line());
    }

    @Test
    void aLongWrongLineIsShownShortAndWithoutControlCharacters() throws Exception {
        SellerListFile file = read("11806923\n" + "x\u0007".repeat(100));
        String shown = file.refused().get(0).text();
        assertEquals(SellerListFile.SHOWN_LENGTH + 1, shown.length());
        assertEquals("x?x?", shown.substring(0, 4));
    }

    @Test
    void whatIsNoListIsRefusedWhole() {
        assertEquals(SellerListFile.Unreadable.Why.EMPTY, why(new byte[0]));
        assertEquals(SellerListFile.Unreadable.Why.EMPTY, why("\n \r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(SellerListFile.Unreadable.Why.NOT_TEXT, why("판매처,11806923".getBytes(Charset.forName("EUC-KR"))));
        assertEquals(SellerListFile.Unreadable.Why.TOO_LARGE, why(new byte[SellerListFile.MAX_BYTES + 1]));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= SellerListFile.MAX_ROWS; i++) {
            many.append(10_000_000 + i).append('\n');
        }
        assertEquals(SellerListFile.Unreadable.Why.TOO_MANY_ROWS, why(many.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aListOfTheLongestLengthIsRead() throws Exception {
        StringBuilder many = new StringBuilder("code\n");
        for (int i = 0; i < SellerListFile.MAX_ROWS; i++) {
            many.append(10_000_000 + i).append('\n');
        }
        assertEquals(SellerListFile.MAX_ROWS, read(many.toString()).candidates().size());
    }

    private static SellerListFile.Unreadable.Why why(byte[] bytes) {
        return assertThrows(SellerListFile.Unreadable.class, () -> SellerListFile.read(bytes)).why();
    }

    private static SellerListFile read(String text) throws SellerListFile.Unreadable {
        return SellerListFile.read(text.getBytes(StandardCharsets.UTF_8));
    }
}
