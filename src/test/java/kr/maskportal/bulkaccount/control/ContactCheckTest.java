package kr.maskportal.bulkaccount.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContactCheckTest {

    @Test
    void eMailAddressesAndKoreanPhoneNumbersAreContacts() {
        for (String contact : new String[] {"kim@example.kr", "jongo.pharm+mask@mail.co.kr", "010-1234-5678",
                "01012345678", "010 1234 5678", "02-123-4567", "02-1234-5678", "031-123-4567", "064-1234-5678",
                "1588-1234", "0505-123-4567"}) {
            assertTrue(ContactCheck.isValid(contact), contact);
        }
    }

    @Test
    void anythingElseIsNot() {
        for (String contact : new String[] {"", "kim", "kim@", "@example.kr", "kim@example", "kim @example.kr",
                "kim@exa mple.kr", "010-1234-567", "10-1234-5678", "+82 10 1234 5678", "010-1234-56789",
                "=HYPERLINK(\"x\")", "kim@example.kr\n", "0101234567a", "a".repeat(250) + "@x.kr"}) {
            assertFalse(ContactCheck.isValid(contact), contact);
        }
    }
}
