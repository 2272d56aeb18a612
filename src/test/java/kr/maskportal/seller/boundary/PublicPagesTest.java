package kr.maskportal.seller.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicPagesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", textBlock = """
            /,                         /index.xhtml
            /district/11440,           /district.xhtml?code=11440
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
}
