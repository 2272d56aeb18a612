package kr.maskportal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptEncodingTest {

    @ParameterizedTest(name = "Accept-Encoding: {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -                              | false
            ''                             | false
            gzip, deflate, br, zstd        | true
            br                             | false
            gzip;q=0                       | false
            gzip; q=0.000, br              | false
            br;q=1.0, gzip;q=0.5           | true
            x-gzip;q=1                     | true
            *;q=0.1                        | true
            identity;q=1, *;q=0            | false
            """)
    void gzipIsSentWhenTheClientTakesIt(String acceptEncoding, boolean gzip) {
        assertEquals(gzip, AcceptEncoding.acceptsGzip(acceptEncoding));
    }
}
