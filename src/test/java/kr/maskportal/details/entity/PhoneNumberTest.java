package kr.maskportal.details.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
            "02-123-4567, 021234567, 02-123-4567",
            "02-1234-5678, 0212345678, 02-1234-5678",
            "0212345678, 0212345678, 02-1234-5678",
            "031-123-4567, 0311234567, 031-123-4567",
            "031-1234-5678, 03112345678, 031-1234-5678",
            "064 712 3456, 0647123456, 064-712-3456",
            "051.123.4567, 0511234567, 051-123-4567",
            "010-1234-5678, 01012345678, 010-1234-5678",
            "01012345678, 01012345678, 010-1234-5678",
            "070-1234-5678, 07012345678, 070-1234-5678",
            "1588-1234, 15881234, 1588-1234",
            "16001234, 16001234, 1600-1234",
            "1899-0000, 18990000, 1899-0000",
            "+82 2-123-4567, 021234567, 02-123-4567",
            "+82 10 1234 5678, 01012345678, 010-1234-5678",
            "+82-010-1234-5678, 01012345678, 010-1234-5678",
            "'  02-123-4567  ', 021234567, 02-123-4567"
    })
    void koreanNumbersAreStoredAsDigitsAndShownWithHyphens(String typed, String digits, String shown) {
        PhoneNumber number = PhoneNumber.parse(typed).orElseThrow();
        assertEquals(digits, number.digits());
        assertEquals(shown, number.shown());
        assertEquals(number, PhoneNumber.ofDigits(digits).orElseThrow(), "read back as stored");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "123-4567",           // no area code
            "02-12-4567",         // too short
            "02-12345-6789",      // too long
            "030-123-4567",       // no such area code
            "065-123-4567",
            "011-123-4567",       // old mobile prefixes are no longer in use
            "010-123-4567",       // a mobile has eight digits after 010
            "1234-5678",          // not a representative number
            "1577-123",
            "021-234-5678",       // hyphens in the wrong places
            "0212-34-5678",
            "02-1234-5678 (약국)",
            "전화 02-123-4567",
            "02--123-4567",
            "+1 202 555 0100",
            "0212345678901234567890"
    })
    void otherTextIsRefused(String typed) {
        InvalidDetails refused = assertThrows(InvalidDetails.class, () -> PhoneNumber.parse(typed));
        assertEquals(DetailsProblem.Kind.PHONE_FORMAT, refused.problems().get(0).kind());
        assertEquals(DetailsField.PHONE, refused.problems().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void nothingTypedIsNoNumber(String typed) {
        assertTrue(PhoneNumber.parse(typed).isEmpty());
        assertTrue(PhoneNumber.parse(null).isEmpty());
    }
}
