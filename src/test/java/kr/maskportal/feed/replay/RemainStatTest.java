package kr.maskportal.feed.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemainStatTest {

    @ParameterizedTest
    @CsvSource({
        "250, PLENTY", "100, PLENTY", "99, SOME", "30, SOME", "29, FEW", "2, FEW", "1, EMPTY", "0, EMPTY",
    })
    void bandsFollowTheFeedsEdges(int count, RemainStat band) {
        assertEquals(band, RemainStat.ofCount(count));
    }

    @ParameterizedTest
    @CsvSource({"PLENTY, plenty", "SOME, some", "FEW, few", "EMPTY, empty", "BREAK, break"})
    void wireNamesAreThe2020Ones(RemainStat band, String name) {
        assertEquals(name, band.wireName());
    }
}
