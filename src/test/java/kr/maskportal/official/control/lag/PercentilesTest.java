package kr.maskportal.official.control.lag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Nearest rank: rank ⌈p/100 · n⌉, always a measured value. */
class PercentilesTest {

    private static Duration min(int minutes) {
        return Duration.ofMinutes(minutes);
    }

    @Test
    void oneValueIsEveryPercentile() {
        assertEquals(min(7), Percentiles.nearestRank(List.of(min(7)), 50));
        assertEquals(min(7), Percentiles.nearestRank(List.of(min(7)), 90));
    }

    @Test
    void ofTwoTheMedianIsTheLowerAndThe90thTheHigher() {
        List<Duration> two = List.of(min(10), min(40));
        assertEquals(min(10), Percentiles.nearestRank(two, 50), "rank ⌈1.0⌉ = 1");
        assertEquals(min(40), Percentiles.nearestRank(two, 90), "rank ⌈1.8⌉ = 2");
    }

    @Test
    void ofTenTheMedianIsTheFifthAndThe90thTheNinth() {
        List<Duration> ten = IntStream.rangeClosed(1, 10).mapToObj(i -> min(i * 10)).toList();
        assertEquals(min(50), Percentiles.nearestRank(ten, 50), "rank 5");
        assertEquals(min(90), Percentiles.nearestRank(ten, 90), "rank 9");
        assertEquals(min(100), Percentiles.nearestRank(ten, 100));
    }

    @Test
    void ofElevenThe90thIsTheTenth() {
        List<Duration> eleven = IntStream.rangeClosed(1, 11).mapToObj(PercentilesTest::min).toList();
        assertEquals(min(6), Percentiles.nearestRank(eleven, 50), "rank ⌈5.5⌉ = 6");
        assertEquals(min(10), Percentiles.nearestRank(eleven, 90), "rank ⌈9.9⌉ = 10");
    }

    @Test
    void nothingHasNoPercentile() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRank(List.of(), 50));
    }
}
