package kr.maskportal.seller.control;

import java.util.List;

/**
 * A small reference with the traps of the real one: district names shared across provinces (고성군, 중구, 강서구),
 * cities with general districts (수원시, 창원시), a province that is one district (세종), a district named like a
 * province (경기 광주시 and 광주광역시), aliases of one and two words.
 */
final class FixturePlaces {

    private FixturePlaces() {
    }

    static PlaceReference reference() {
        return new PlaceReference(
                List.of(new Province("11", "서울특별시", "서울", "Seoul", 1),
                        new Province("26", "부산광역시", "부산", "Busan", 2),
                        new Province("29", "광주광역시", "광주", "Gwangju", 5),
                        new Province("36", "세종특별자치시", "세종", "Sejong", 8),
                        new Province("41", "경기도", "경기", "Gyeonggi-do", 9),
                        new Province("42", "강원도", "강원", "Gangwon-do", 10),
                        new Province("45", "전라북도", "전북", "Jeollabuk-do", 13),
                        new Province("47", "경상북도", "경북", "Gyeongsangbuk-do", 15),
                        new Province("48", "경상남도", "경남", "Gyeongsangnam-do", 16)),
                List.of(new District("11140", "11", "중구", "Jung-gu"),
                        new District("11500", "11", "강서구", "Gangseo-gu"),
                        new District("26110", "26", "중구", "Jung-gu"),
                        new District("26440", "26", "강서구", "Gangseo-gu"),
                        new District("29110", "29", "동구", "Dong-gu"),
                        new District("36110", "36", "세종특별자치시", "Sejong-si"),
                        new District("41111", "41", "수원시 장안구", "Suwon-si Jangan-gu"),
                        new District("41113", "41", "수원시 권선구", "Suwon-si Gwonseon-gu"),
                        new District("41190", "41", "부천시", "Bucheon-si"),
                        new District("41550", "41", "안성시", "Anseong-si"),
                        new District("41610", "41", "광주시", "Gwangju-si"),
                        new District("42720", "42", "홍천군", "Hongcheon-gun"),
                        new District("42810", "42", "인제군", "Inje-gun"),
                        new District("42820", "42", "고성군", "Goseong-gun"),
                        new District("45190", "45", "남원시", "Namwon-si"),
                        new District("45210", "45", "김제시", "Gimje-si"),
                        new District("47290", "47", "경산시", "Gyeongsan-si"),
                        new District("48121", "48", "창원시 의창구", "Changwon-si Uichang-gu"),
                        new District("48129", "48", "창원시 진해구", "Changwon-si Jinhae-gu"),
                        new District("48170", "48", "진주시", "Jinju-si"),
                        new District("48820", "48", "고성군", "Goseong-gun")),
                List.of(new ProvinceAlias("서울시", "11")),
                List.of(new DistrictAlias("41", "안성군", "41550"),
                        new DistrictAlias("41", "부천시 원미구", "41190"),
                        new DistrictAlias("48", "진해시", "48129")));
    }
}
