package kr.maskportal.feed.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CityAddressTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "서울특별시 마포구 월드컵로 1, true",
        "서울시 강남구 테헤란로 5, true",
        "경기도 수원시 팔달구 정조로 2, true",
        "전북김제시 요촌동 1, true",
        "진주시 진주대로 6, true",
        "경상북도 고령군 쌍림면 대가야로 608, false",
        "부산광역시 기장군 기장읍 1, false",
        "경기도 화성시 봉담읍 동화길 1, false",
        "어딘가 1, NULL",
        "'', NULL",
    })
    void readsCitiesAndCountiesFromTheAddressHead(String address, Boolean city) {
        assertEquals(Optional.ofNullable(city), CityAddress.isCity(address));
    }
}
