package kr.maskportal.feed.replay;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.seller.entity.SellerType;

/** A national-sized seller list in the 2020 mix, made up so the tests need no file. */
final class ReplayFixtures {

    static final int NATIONAL_COUNT = 25_439;
    static final LocalDate WEDNESDAY = LocalDate.of(2020, 3, 11);
    static final LocalDate SATURDAY = LocalDate.of(2020, 3, 14);

    /** City and county addresses in the spellings the real list has, and an unknown one (null). */
    private static final String[] PLACES = {
        "서울특별시 마포구 월드컵로 1", "경기도 수원시 팔달구 정조로 2", "부산광역시 해운대구 해운대로 3",
        "대구광역시 달서구 달구벌대로 1736 1층 (두류동)", "서울시 강남구 테헤란로 5", "경남 진주시 진주대로 6",
        "경상북도 고령군 쌍림면 대가야로 608", "전라남도 해남군 해남읍 중앙로 7", "충청남도 홍성군 갈산면 상촌로 12-1",
        "강원 평창군 대관령면 8", null,
    };

    private ReplayFixtures() {
    }

    /** 25,439 sellers: 22,276 pharmacies, 1,366 post offices, 1,797 Nonghyup marts, as on 2020-03-14. */
    static List<StoreInfo> nationalList() {
        List<StoreInfo> stores = new ArrayList<>(NATIONAL_COUNT);
        for (int i = 0; i < NATIONAL_COUNT; i++) {
            SellerType type = i < 22_276 ? SellerType.PHARMACY
                    : i < 22_276 + 1_366 ? SellerType.POST_OFFICE : SellerType.NONGHYUP_MART;
            String code = type == SellerType.PHARMACY ? String.valueOf(30_000_000 + i)
                    : String.valueOf(5_000_000_000L + i);
            String address = PLACES[i % PLACES.length];
            Double lat = i % 60 == 0 ? null : 33.5 + (i % 500) * 0.01;
            Double lng = lat == null ? null : 126.5 + (i / 500) * 0.05;
            stores.add(new StoreInfo(code, "판매처" + i, address, type, lat, lng));
        }
        return stores;
    }

    static Instant at(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), Korea.ZONE).toInstant();
    }
}
