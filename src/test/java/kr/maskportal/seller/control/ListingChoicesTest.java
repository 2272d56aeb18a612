package kr.maskportal.seller.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.maskportal.seller.entity.SellerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListingChoicesTest {

    @ParameterizedTest(name = "sort={0} type={1} likely={2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -         | -             | - | ''
            name      | ALL           | 0 | ''
            status    | -             | - | ?sort=status
            STATUS    | pharmacy      | 1 | ?sort=status&type=PHARMACY&likely=1
            freshness | POST_OFFICE   | - | ?sort=freshness&type=POST_OFFICE
            -         | NONGHYUP_MART | 1 | ?type=NONGHYUP_MART&likely=1
            random    | <script>      | 2 | ''
            ''        | ''            | ''| ''
            -         | -             | true | ''
            """)
    void normalisesEachParameterToAKnownValueOrTheDefault(String sort, String type, String likely, String query) {
        assertEquals(query, ListingChoices.of(sort, type, likely).query());
    }

    @Test
    void aRepeatedParameterIsTheDefault() {
        var choices = ListingChoices.fromParameterValues(new String[] {"status", "name"}, new String[] {"PHARMACY"},
                new String[] {"1", "1"});
        assertEquals(new ListingChoices(ListingSort.NAME, SellerType.PHARMACY, false), choices);
        assertTrue(ListingChoices.fromParameterValues(null, null, null).isDefault());
    }

    @Test
    void theForwardSpellsOutEveryParameterSoTheOriginalsCannotOverrideIt() {
        assertEquals("sort=name&type=ALL&likely=0", ListingChoices.DEFAULT.forwardedParameters());
        var chosen = new ListingChoices(ListingSort.FRESHNESS, SellerType.NONGHYUP_MART, true);
        assertEquals("sort=freshness&type=NONGHYUP_MART&likely=1", chosen.forwardedParameters());
        // and the view reads them back as the same choices
        assertEquals(chosen, ListingChoices.of("freshness", "NONGHYUP_MART", "1"));
        assertEquals(ListingChoices.DEFAULT, ListingChoices.of("name", "ALL", "0"));
    }
}
