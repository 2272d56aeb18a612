package kr.maskportal.report.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberInputTest {

    @ParameterizedTest(name = "\"{0}\" → {1}, readable {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "null | null | true",
            "'' | null | true",
            "'   ' | null | true",
            "0 | 0 | true",
            "12 | 12 | true",
            "' 12 ' | 12 | true",
            "007 | 7 | true",
            "1,000 | 1000 | true",
            "100 000 | 100000 | true",
            "+5 | 5 | true",
            "-1 | -1 | true",
            "１２ | 12 | true",
            "2147483647 | 2147483647 | true",
            "2147483648 | 2147483647 | true",
            "99999999999999999999999 | 2147483647 | true",
            "-99999999999999999999999 | -2147483648 | true",
            "00000000000000000000012 | 12 | true",
            "열둘 | null | false",
            "1.5 | null | false",
            "12명 | null | false",
            "1e3 | null | false",
            "- | null | false",
            "0x10 | null | false"})
    void readsWhatPeopleType(String typed, Integer value, boolean readable) {
        assertEquals(new NumberInput(value, readable), NumberInput.parse(typed));
    }
}
