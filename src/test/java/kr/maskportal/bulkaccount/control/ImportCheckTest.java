package kr.maskportal.bulkaccount.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ImportCheckTest {

    private static final Set<String> SELLERS = Set.of("11806923", "11807121", "11807555");
    private static final Set<String> TAKEN = Set.of("admin", "demo-pharmacist1");

    private static ImportPreview check(String csv) {
        return ImportCheck.check(ImportFile.read(("code,login,contact\n" + csv).getBytes(StandardCharsets.UTF_8)),
                SELLERS::contains, TAKEN::contains);
    }

    private static Map<Integer, List<RowProblem>> problems(ImportPreview preview) {
        return preview.getIssues().stream().collect(Collectors.toMap(RowIssue::getLine,
                i -> i.getReasons().stream().map(RowIssue.Reason::problem).toList()));
    }

    @Test
    void goodRowsAreKeptWithTheirLoginAsItWillBeStored() {
        ImportPreview preview = check("11806923,Jongo.Pharm,010-1234-5678\n11807121,myungsung,ms@example.kr\n");
        assertEquals(List.of(new ImportRow(2, "11806923", "jongo.pharm", "010-1234-5678"),
                new ImportRow(3, "11807121", "myungsung", "ms@example.kr")), preview.good());
        assertEquals(2, preview.getRows());
        assertEquals(2, preview.getToCreate());
        assertEquals(0, preview.getDuplicates());
        assertEquals(0, preview.getWrong());
    }

    @Test
    void everyWrongRowIsNamedByLineWithEveryReason() {
        ImportPreview preview = check("""
                99999999,ghost,ghost@example.kr
                11806923,김약사,kim@example.kr
                11807121,Admin,admin@example.kr
                ,,
                11807555,ok-one,not-a-contact
                11807555,x,010-1234-5678
                11807555,%s,010-1234-5678
                11807555,ok-two,010-1234-5678
                11807555,broken
                """.formatted("a".repeat(65)));
        assertEquals(Map.of(
                2, List.of(RowProblem.SELLER_UNKNOWN),
                3, List.of(RowProblem.LOGIN_BAD_CHARACTERS),
                4, List.of(RowProblem.LOGIN_TAKEN),
                5, List.of(RowProblem.SELLER_MISSING, RowProblem.LOGIN_MISSING, RowProblem.CONTACT_MISSING),
                6, List.of(RowProblem.CONTACT_BAD),
                7, List.of(RowProblem.LOGIN_TOO_SHORT),
                8, List.of(RowProblem.LOGIN_TOO_LONG),
                10, List.of(RowProblem.UNREADABLE)), problems(preview));
        assertEquals(List.of(9), preview.good().stream().map(ImportRow::line).toList());
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 10), preview.getIssues().stream().map(RowIssue::getLine).toList(),
                "in the order of the file");
        assertEquals("99999999", preview.getIssues().get(0).getReasons().get(0).getArgument());
        assertEquals("admin", preview.getIssues().get(2).getReasons().get(0).getArgument(), "as it would be stored");
        assertEquals(8, preview.getWrong());
    }

    @Test
    void aLoginRepeatedInTheFileIsADuplicateOfItsFirstLine() {
        ImportPreview preview = check("11806923,kim,kim@example.kr\n11807121,lee,lee@example.kr\n"
                + "11807121,KIM,kim2@example.kr\n11807555,kim,bad\n");
        assertEquals(List.of(2, 3), preview.good().stream().map(ImportRow::line).toList());
        assertEquals(Map.of(4, List.of(RowProblem.DUPLICATE), 5, List.of(RowProblem.CONTACT_BAD, RowProblem.DUPLICATE)),
                problems(preview));
        assertEquals("2", preview.getIssues().get(0).getReasons().get(0).getArgument(), "names the first line");
        assertEquals(1, preview.getDuplicates(), "a duplicate with something else wrong counts as wrong");
        assertEquals(1, preview.getWrong());
    }

    @Test
    void aFileRefusedWholeHasNoRows() {
        ImportPreview preview = ImportCheck.check(ImportFile.read(new byte[0]), SELLERS::contains, TAKEN::contains);
        assertEquals(UploadProblem.MISSING, preview.getProblem());
        assertEquals(0, preview.getRows());
    }

    @Test
    void theCheckAtSaveTurnsALoginTakenMeanwhileIntoAProblem() {
        ImportPreview preview = check("11806923,kim,kim@example.kr\n11807121,lee,lee@example.kr\n");
        ImportPreview atSave = ImportCheck.recheck(preview, SELLERS::contains, Set.of("lee")::contains);
        assertEquals(List.of(2), atSave.good().stream().map(ImportRow::line).toList());
        assertEquals(Map.of(3, List.of(RowProblem.LOGIN_TAKEN)), problems(atSave));
        assertTrue(ImportCheck.recheck(preview, Set.<String>of()::contains, TAKEN::contains).good().isEmpty(),
                "a seller gone meanwhile too");
    }

    @Test
    void aBadValueIsShownAsOneShortLine() {
        assertEquals("a?b", ImportCheck.shortened("a\nb"));
        assertEquals("x".repeat(40) + "…", ImportCheck.shortened("x".repeat(100)));
    }
}
