package kr.maskportal.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CodeListTest {

    @Test
    void spacesCommasSemicolonsAndLineBreaksSeparate() {
        assertEquals(List.of("11806923", "11807121", "11807555", "11807695", "11807245"),
                List.copyOf(CodeList.parse(" 11806923, 11807121\n11807555;11807695\r\n\t11807245 ")));
    }

    @Test
    void koreanCommasAndWideSpacesToo() {
        assertEquals(List.of("11440", "11110", "11140", "11170"),
                List.copyOf(CodeList.parse("11440，11110、11140\u300011170")));
        assertEquals(List.of("11440", "11110"), List.copyOf(CodeList.parse("11440\u00A011110")), "no-break space");
    }

    @Test
    void eachCodeOnceInTheOrderTyped() {
        assertEquals(List.of("22", "11", "33"), List.copyOf(CodeList.parse("22 11, 22\n33,11")));
    }

    @Test
    void emptyRunsAndNothingAtAllGiveNoCodes() {
        assertEquals(List.of(), List.copyOf(CodeList.parse(null)));
        assertEquals(List.of(), List.copyOf(CodeList.parse("")));
        assertEquals(List.of(), List.copyOf(CodeList.parse(" ,, ;\n ")));
        assertEquals(List.of("1", "2"), List.copyOf(CodeList.parse(",,1,,,2,,")));
    }

    @Test
    void whatIsNotASeparatorStaysPartOfTheCode() {
        assertEquals(List.of("1180-6923", "<b>x</b>"), List.copyOf(CodeList.parse("1180-6923 <b>x</b>")));
    }

    @Test
    void messagesNameUnknownCodesShortly() {
        assertEquals("99999999, 12345", CodeList.shown(List.of("99999999", "12345")));
        assertEquals("x".repeat(CodeList.SHOWN_LENGTH) + "…", CodeList.shown(List.of("x".repeat(500))));
        assertEquals("😷".repeat(CodeList.SHOWN_LENGTH) + "…", CodeList.shown(List.of("😷".repeat(30))),
                "cut between characters, not inside one");
        List<String> many = IntStream.range(0, 25).mapToObj(i -> "9" + i).toList();
        String shown = CodeList.shown(many);
        assertEquals(CodeList.SHOWN_CODES, shown.split(", ").length - 1, shown);
        assertEquals(true, shown.endsWith(", …"));
        assertEquals("", CodeList.shown(Collections.emptyList()));
    }
}
