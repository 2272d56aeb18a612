package kr.maskportal.openapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import kr.maskportal.platform.i18n.ApiMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every problem of a parameter has its words in Korean and English, with nothing left unformatted. */
class ParameterMessagesTest {

    @ParameterizedTest
    @EnumSource(ParameterProblem.class)
    void everyProblemIsPutIntoWordsInBothLanguages(ParameterProblem problem) {
        var refused = new InvalidParameter("lat", problem, 33, 43);
        for (Locale locale : new Locale[] {Locale.KOREAN, Locale.ENGLISH}) {
            String words = ApiMessages.text(locale, refused.messageKey(), refused.messageArguments());
            assertFalse(words.contains("{") || words.isBlank(), locale + ": " + words);
        }
    }

    @Test
    void aRangeIsSaidWithItsBounds() {
        var refused = new InvalidParameter("lat", ParameterProblem.OUT_OF_RANGE, 33, 43);
        assertEquals("lat 값은 33부터 43까지여야 합니다.",
                ApiMessages.text(Locale.KOREAN, refused.messageKey(), refused.messageArguments()));
        assertEquals("lat must be from 33 to 43.",
                ApiMessages.text(Locale.ENGLISH, refused.messageKey(), refused.messageArguments()));
    }
}
