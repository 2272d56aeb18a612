package kr.maskportal.report.control.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "계산대 1번 POS|계산대 1번 POS",
            "'  trimmed  '|trimmed",
            "<b>markup</b> is text|<b>markup</b> is text",
            "약국 🏥 till|약국 🏥 till"})
    void aNameIsKeptTrimmed(String given, String kept) {
        assertEquals(kept, ApiTokens.cleanName(given));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void aNameIsNeeded(String given) {
        assertEquals(TokenNotIssued.Reason.NAME_MISSING,
                assertThrows(TokenNotIssued.class, () -> ApiTokens.cleanName(given)).reason());
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 101})
    void aHundredCharactersCountedAsPeopleCountThem(int length) {
        String name = "가".repeat(length - 1) + "🏥";
        if (length <= 100) {
            assertEquals(name, ApiTokens.cleanName(name), "an emoji is one character, not two");
        } else {
            assertEquals(TokenNotIssued.Reason.NAME_TOO_LONG,
                    assertThrows(TokenNotIssued.class, () -> ApiTokens.cleanName(name)).reason());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "bell\u0007", "lone \uD800 surrogate", "unassigned \u0378"})
    void aNameIsOnePrintableLine(String given) {
        assertEquals(TokenNotIssued.Reason.NAME_BAD_CHARACTERS,
                assertThrows(TokenNotIssued.class, () -> ApiTokens.cleanName(given)).reason());
    }
}
