package kr.maskportal.seller.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EasyAddressTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", textBlock = """
            /,                                        /easy
            /province/11,                             /easy/province/11
            /district/11440,                          /easy/district/11440
            /district/11440?sort=status&type=PHARMACY, /easy/district/11440
            /seller/11806923,                         /easy/seller/11806923
            -,                                        /easy
            /login.xhtml,                             /easy
            """)
    void theEasyPageOfTheSamePlace(String ordinary, String easy) {
        assertEquals(easy, EasyAddress.easyOf(ordinary));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", textBlock = """
            /easy,                      /
            /easy/,                     /
            /easy/province/11,          /province/11
            /easy/district/11680?page=3, /district/11680
            /easy/seller/11806923,      /seller/11806923
            -,                          /
            /district/11440,            /
            """)
    void theOrdinaryPageOfTheSamePlace(String easy, String ordinary) {
        assertEquals(ordinary, EasyAddress.ordinaryOf(easy));
    }
}
