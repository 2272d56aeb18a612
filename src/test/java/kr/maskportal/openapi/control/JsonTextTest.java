package kr.maskportal.openapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"서교온누리약국", "\"", "\\", "a\"b\\c", "</script>", "<!--", "&amp;", "\t\n\r\b\f",
        "\u0000\u001f\u007f", "\u2028\u2029", "😷 마스크", "", "한 줄\n두 줄"})
    void anyTextReadsBackAsItself(String text) {
        String json = JsonText.string(new StringBuilder(), text).toString();
        assertEquals(text, Json.createReader(new StringReader("[" + json + "]")).readArray().getString(0), json);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a"b          | "a\\"b"
            </script>    | "\\u003c/script\\u003e"
            x&y          | "x\\u0026y"
            약국          | "약국"
            """)
    void escapesAreTheShortOnes(String text, String json) {
        assertEquals(json, JsonText.string(new StringBuilder(), text).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            37.5665      | 37.5665
            126.9206113  | 126.9206113
            0.0000001    | 0.00000010
            1.0E7        | 10000000
            -            | null
            NaN          | null
            Infinity     | null
            """)
    void coordinatesAreNumbersWithoutExponent(Double value, String json) {
        String written = JsonText.number(new StringBuilder(), value).toString();
        if (json.equals("null")) {
            assertEquals("null", written);
        } else {
            assertEquals(new BigDecimal(json).doubleValue(), Double.parseDouble(written));
            assertEquals(-1, written.indexOf('E'), written);
        }
    }

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacter() {
        assertEquals("\"a\\ufffdb\"", JsonText.string(new StringBuilder(), "a\uD800b").toString());
    }
}
