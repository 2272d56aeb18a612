package kr.maskportal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountSearchTest {

    @Test
    void nothingTypedFindsEveryAccount() {
        assertTrue(new AccountSearch(null).isBlank());
        assertTrue(new AccountSearch("   ").isBlank());
        assertEquals("1 = 1", new AccountSearch("").where());
    }

    @Test
    void whatIsTypedIsTrimmedAndKeptToALoginsLength() {
        assertEquals("kim", new AccountSearch("  kim \t").text());
        assertFalse(new AccountSearch("kim").isBlank());
        assertEquals(AccountSearch.MAX_LENGTH, new AccountSearch("k".repeat(500)).text().length());
    }

    @Test
    void likeWildcardsTypedAreLetters() {
        assertEquals("50!%", AccountSearch.literal("50%"));
        assertEquals("a!_b", AccountSearch.literal("a_b"));
        assertEquals("wow!!", AccountSearch.literal("wow!"));
        assertEquals("약국", AccountSearch.literal("약국"));
    }

    @Test
    void aSearchMatchesLoginNameAndBoundSellerWithParametersOnly() {
        String where = new AccountSearch("x' OR 1=1 --").where();
        assertFalse(where.contains("x'"), "what was typed is bound, never written into the statement");
        assertTrue(where.contains("a.login") && where.contains("a.display_name") && where.contains("account_seller"));
    }
}
