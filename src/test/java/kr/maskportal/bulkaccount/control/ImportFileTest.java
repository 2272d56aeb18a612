package kr.maskportal.bulkaccount.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportFileTest {

    private static ParsedFile read(String text) {
        return ImportFile.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rowsAreReadUnderTheHeaderWithTheirLineNumbers() {
        ParsedFile file = read("판매처코드,아이디,연락처\r\n11806923, Jongo-Pharm ,010-1234-5678\r\n\r\n"
                + "11807121,myungsung,ms@example.kr\r\n");
        assertNull(file.problem());
        assertEquals(List.of(new ImportRow(2, "11806923", "Jongo-Pharm", "010-1234-5678"),
                new ImportRow(4, "11807121", "myungsung", "ms@example.kr")), file.rows(), "trimmed, blank lines skipped");
        assertEquals(List.of(), file.unreadable());
    }

    @Test
    void aByteOrderMarkAndQuotedFieldsAreRead() {
        ParsedFile file = read("\uFEFFseller_code,login,contact\n\"11806923\",\"kim,lee\",\"a\"\"b@example.kr\"\n");
        assertEquals(List.of(new ImportRow(2, "11806923", "kim,lee", "a\"b@example.kr")), file.rows());
    }

    @Test
    void rowsThatCannotBeSplitInThreeAreNamedByLine() {
        ParsedFile file = read("code,login,contact\n11806923,kim\n11807121,lee,lee@example.kr\n"
                + "11807555,park,\"park@example.kr\n11806923,choi,choi@example.kr,extra\n");
        assertEquals(List.of(new ImportRow(3, "11807121", "lee", "lee@example.kr")), file.rows());
        assertEquals(List.of(2, 4, 5), file.unreadable().stream().map(RowIssue::getLine).toList());
        assertEquals(List.of("2", "0", "4"), file.unreadable().stream()
                .map(i -> i.getReasons().get(0).getArgument()).toList(), "the fields read; none for a broken quote");
        file.unreadable().forEach(i -> assertEquals(RowProblem.UNREADABLE, i.getReasons().get(0).problem()));
    }

    @Test
    void aWholeFileIsRefusedForWhatNoRowCanFix() {
        assertEquals(UploadProblem.MISSING, ImportFile.read(new byte[0]).problem());
        assertEquals(UploadProblem.MISSING, ImportFile.read(null).problem());
        assertEquals(UploadProblem.NOT_UTF8, ImportFile.read("code,login,contact\n11806923,김,x\n"
                .getBytes(java.nio.charset.Charset.forName("EUC-KR"))).problem());
        assertEquals(UploadProblem.NO_HEADER, read("11806923,kim,kim@example.kr\n").problem(), "data on line 1");
        assertEquals(UploadProblem.NO_HEADER, read("code;login;contact\n").problem(), "not comma-separated");
        assertEquals(UploadProblem.NO_ROWS, read("code,login,contact\n\n").problem());
        assertEquals(UploadProblem.TOO_BIG, ImportFile.read(new byte[ImportFile.MAX_BYTES + 1]).problem());
        var tooMany = new StringBuilder("code,login,contact\n");
        for (int i = 0; i <= ImportFile.MAX_ROWS; i++) {
            tooMany.append("1,a,b\n");
        }
        assertEquals(UploadProblem.TOO_MANY_ROWS, read(tooMany.toString()).problem());
    }
}
