package kr.maskportal.seller.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicPagesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", textBlock = """
            /,                         /index.xhtml
            /district/11440,           /district.xhtml?code=11440
            /province/11,              /province.xhtml?code=11
            /seller/11806923,          /seller.xhtml?code=11806923
            /search,                   /search.xhtml
            /district/1144,            -
            /district/11440/x,         -
            /login.xhtml,              -
            /easy,                     /easy-views/index.xhtml
            /easy/,                    /easy-views/index.xhtml
            /easy/province/11,         /easy-views/province.xhtml?code=11
            /easy/district/11680,      /easy-views/district.xhtml?code=11680
            /easy/seller/11806923,     /easy-views/seller.xhtml?code=11806923
            /easy/district/1144,       -
            /easy/easy/district/11440, -
            /easy/index.xhtml,         -
            /easy//,                   -
            /easyx,                    -
            """)
    void everyPublicAddressHasItsViewAndNothingElseHasOne(String path, String view) {
        assertEquals(view, PublicPages.view(path));
    }

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
        assertEquals(gzip, PublicPages.acceptsGzip(acceptEncoding));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /                      | true
            /en                    | true
            /en/                   | true
            /en/district/11440     | true
            /seller/11806923       | true
            /district/11440;a=b    | false
            /district/../admin     | false
            /en/admin/accounts     | false
            /admin/accounts        | false
            /pharmacist            | false
            /login.xhtml           | false
            /district.xhtml        | false
            /api/v1/sellers/1/reports | false
            /easy                  | true
            /en/easy/district/11440 | true
            /search                | true
            /en/search             | true
            /easy/admin            | false
            """)
    void publicPagesAreExactlyTheReadableAddresses(String path, boolean isPublic) {
        assertEquals(isPublic, PublicPages.isPublicPage(path));
    }
}
