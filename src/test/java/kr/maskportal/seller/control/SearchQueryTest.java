package kr.maskportal.seller.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   \t ", "\u3000"})
    void nothingTypedIsTheEmptyQueryWithoutAComplaint(String typed) {
        SearchQuery query = SearchQuery.of(typed);
        assertTrue(query.isEmpty());
        assertFalse(query.isRunnable());
        assertNull(query.problem());
        assertEquals("", query.text());
    }

    @Test
    void anAbsentParameterIsTheEmptyQuery() {
        assertTrue(SearchQuery.of(null).isEmpty());
    }

    @Test
    void spacesAreTrimmedAndRunsOfThemBecomeOne() {
        SearchQuery query = SearchQuery.of("  서교동 \t  약국  ");
        assertEquals("서교동 약국", query.text());
        assertEquals(List.of("서교동", "약국"), query.terms());
    }

    @Test
    void aKoreanKeyboardsWideSpaceAndANoBreakSpaceSeparateWordsToo() {
        assertEquals(List.of("서교동", "약국"), SearchQuery.of("서교동\u3000약국").terms());
        assertEquals(List.of("서교동", "약국"), SearchQuery.of("서교동\u00a0약국").terms());
    }

    @Test
    void aLineBreakPastedWithTheWordsIsASpaceNotAnError() {
        SearchQuery query = SearchQuery.of("서교동\r\n약국");
        assertNull(query.problem());
        assertEquals(List.of("서교동", "약국"), query.terms());
    }

    @Test
    void hangulTypedAsSeparateJamoIsComposed() {
        String decomposed = Normalizer.normalize("서교동", Normalizer.Form.NFD);
        assertEquals(7, decomposed.length(), "three syllables as seven jamo");
        SearchQuery query = SearchQuery.of(decomposed);
        assertEquals("서교동", query.text());
        assertEquals(List.of("서교동"), query.terms());
    }

    @Test
    void latinLettersAreComparedInLowerCaseButEchoedAsTyped() {
        SearchQuery query = SearchQuery.of("GS25 Mart");
        assertEquals("GS25 Mart", query.text());
        assertEquals(List.of("gs25", "mart"), query.terms());
    }

    @ParameterizedTest
    @ValueSource(strings = {"동", " 동 ", "a", "\u3000길\u3000"})
    void oneCharacterIsTooShort(String typed) {
        SearchQuery query = SearchQuery.of(typed);
        assertEquals(SearchProblem.TOO_SHORT, query.problem());
        assertFalse(query.isRunnable());
        assertFalse(query.isEmpty(), "the resident is told, not shown the bare form");
        assertEquals(typed.strip().replace("\u3000", ""), query.text(), "echoed back");
    }

    @Test
    void twoCharactersAreEnough() {
        assertTrue(SearchQuery.of("중구").isRunnable());
        assertTrue(SearchQuery.of("a b").isRunnable(), "two one-letter words are three characters");
    }

    @Test
    void fortyCharactersAreTheLongestCountedInSyllablesNotBytesOrJamo() {
        String forty = "가".repeat(SearchQuery.LONGEST);
        assertTrue(SearchQuery.of(forty).isRunnable());
        assertTrue(SearchQuery.of(Normalizer.normalize(forty, Normalizer.Form.NFD)).isRunnable(),
                "80 jamo are 40 syllables");
        assertTrue(SearchQuery.of("  " + forty + "  ").isRunnable(), "the spaces around do not count");
        SearchQuery tooLong = SearchQuery.of(forty + "가");
        assertEquals(SearchProblem.TOO_LONG, tooLong.problem());
        assertFalse(tooLong.isRunnable());
        assertEquals(SearchProblem.TOO_LONG, SearchQuery.of("가나다라 ".repeat(9)).problem(), "44 with the spaces");
    }

    @ParameterizedTest
    @ValueSource(strings = {"서교\u0000동", "\u0007약국", "서교동\u007f", "서교동\u001b[0m", "\u0085서교동"})
    void controlCharactersAreRefusedAndLeftOutOfTheEcho(String typed) {
        SearchQuery query = SearchQuery.of(typed);
        assertEquals(SearchProblem.CONTROL_CHARACTER, query.problem());
        assertFalse(query.isRunnable());
        assertFalse(query.text().chars().anyMatch(Character::isISOControl), query.text());
    }

    @Test
    void aControlCharacterAloneIsAProblemNotTheEmptyQuery() {
        SearchQuery query = SearchQuery.of("\u0000");
        assertEquals(SearchProblem.CONTROL_CHARACTER, query.problem());
        assertFalse(query.isEmpty());
    }
}
