package kr.maskportal.seller.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EasySellerRowTest {

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            서울특별시 강남구 봉은사로 465 (삼성동)     | 서울특별시 | 강남구        | 봉은사로 465 (삼성동)
            경기도 수원시 장안구 정조로 940 (영화동)    | 경기도     | 수원시 장안구 | 정조로 940 (영화동)
            서울 강남구 봉은사로 465                   | 서울특별시 | 강남구        | 서울 강남구 봉은사로 465
            서울특별시 강남구                          | 서울특별시 | 강남구        | 서울특별시 강남구
            서울특별시 강남구대로 1                    | 서울특별시 | 강남구        | 서울특별시 강남구대로 1
            서울특별시 강남구 서울특별시 강남구 1       | 서울특별시 | 강남구        | 서울특별시 강남구 1
            """)
    void theAddressLeavesOutThePlaceThePageIsAbout(String address, String province, String district, String shown) {
        assertEquals(shown, EasySellerRow.withinDistrict(address, province, district));
    }
}
