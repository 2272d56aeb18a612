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
