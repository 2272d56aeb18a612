package kr.maskportal.stock.control.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.maskportal.feed.control.FeedState;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.StockBoard;
import kr.maskportal.stock.entity.StockBand;
import org.junit.jupiter.api.Test;

/**
 * The learning is incremental: each ended day is read from the history once, its digest kept, and the patterns
 * learned from the digests. The history here: seller 1 of 마포구 gets its masks at 10:00 on weekdays and the feed
 * shows some at 10:40, few at 11:10 and empty at 11:40, every time.
 */
class ForecastLearningTest {

    private static final String SELLER = "11111111";
    private static final String MAPO = "11440";
    private static final LocalDate TODAY = LocalDate.of(2020, 3, 11);

    private final FakeStore store = new FakeStore();
    private final ForecastBoard board = new ForecastBoard();
    private final ForecastLearning learning = new ForecastLearning();

    ForecastLearningTest() {
        board.stock = new StockBoard();
        learning.store = store;
        learning.board = board;
    }

    private static Instant at(LocalDate day, String time) {
        return LocalTime.parse(time).atDate(day).atZone(Korea.ZONE).toInstant();
    }

    private static StoredForecastDays.RawDay usualDay(LocalDate day) {
        Instant delivered = at(day, "10:00");
        List<FeedEvidence> feed = new ArrayList<>();
        String[][] rows = {{"PLENTY", "10:10"}, {"SOME", "10:40"}, {"FEW", "11:10"}, {"EMPTY", "11:40"}};
        for (String[] row : rows) {
            Instant created = at(day, row[1]);
            feed.add(new FeedEvidence(new FeedState(StockBand.valueOf(row[0]), delivered, created),
                    created.plusSeconds(60)));
        }
        return new StoredForecastDays.RawDay(MAPO, feed, List.of());
    }

    @Test
    void everyEndedDayIsReadOnceAndThePatternIsLearnedFromTheDigests() {
        learning.learn(at(TODAY, "12:00"));
        assertEquals(28, store.learned.size(), "four weeks of ended days, today not among them");
        assertTrue(store.learned.contains(TODAY.minusDays(1)) && !store.learned.contains(TODAY));
        assertEquals(5, store.days.size(), "the five weekdays with a delivery");
        SellerPattern pattern = board.pattern(SELLER, MAPO).orElseThrow();
        assertEquals(PatternBasis.SAME_KIND_OF_DAY, pattern.basis());
        assertEquals(LocalTime.of(10, 0), pattern.usualDelivery());
        assertEquals(LocalTime.of(11, 40), pattern.usualSoldOut());
        assertEquals(TODAY, board.learnedFor());

        int reads = store.reads;
        learning.learn(at(TODAY, "18:00"));
        assertEquals(reads, store.reads, "nothing read again on the same day");
        learning.learn(at(TODAY.plusDays(1), "00:05"));
        assertEquals(reads + 1, store.reads, "the next day reads only the day that ended");
    }

    @Test
    void forecastsAreJudgedInHindsightOnceASellerHasAPattern() {
        learning.learn(at(TODAY, "12:00"));
        // patterns need three weekdays: 3-4, 3-5 and 3-6 give one for 3-9 and 3-10, where few lasted as usual
        assertEquals(new ForecastRecord(2, 2), board.record(MAPO));
        assertFalse(board.switchedOff(MAPO));
    }

    @Test
    void aSellerTheDirectoryCouldNotPlaceIsForecastWithoutADistrict() {
        learning.learn(at(TODAY, "12:00"));
        assertEquals(ForecastRecord.NONE, board.record(null));
        assertFalse(board.switchedOff(null));
        assertEquals(board.pattern(SELLER, MAPO).orElseThrow(), board.forecast(SELLER, null).pattern());
    }

    @Test
    void aSellerWithoutHistoryGetsItsDistrictsPatternAndNoneWhereTheDistrictHasNone() {
        learning.learn(at(TODAY, "12:00"));
        SellerPattern district = board.forecast("99999999", MAPO).pattern();
        assertEquals(PatternBasis.DISTRICT, district.basis());
        assertEquals(LocalTime.of(11, 40), district.usualSoldOut());
        assertNull(board.forecast("99999999", "26350").pattern(), "no history in the district, no pattern");
        assertNull(board.forecast("99999999", null).pattern(), "no district, no pattern");
    }

    /** The database, in memory: days of history by date, and what the learning stores. */
    private static final class FakeStore extends StoredForecastDays {
        final Set<LocalDate> learned = new HashSet<>();
        final List<StoredDay> days = new ArrayList<>();
        final Map<LocalDate, Map<String, ForecastRecord>> records = new HashMap<>();
        int reads;

        @Override
        public Set<LocalDate> learnedSince(LocalDate from) {
            return new HashSet<>(learned.stream().filter(d -> !d.isBefore(from)).toList());
        }

        @Override
        public Map<String, RawDay> readRaw(LocalDate day) {
            reads++;
            boolean weekday = day.getDayOfWeek().getValue() <= 5;
            boolean history = !day.isBefore(TODAY.minusDays(7)) && day.isBefore(TODAY);
            return weekday && history ? Map.of(SELLER, usualDay(day)) : Map.of();
        }

        @Override
        public synchronized void write(LocalDate day, List<StoredDay> sellers, Map<String, ForecastRecord> judged,
                Instant learnedAt) {
            learned.add(day);
            days.addAll(sellers);
            records.put(day, judged);
        }

        @Override
        public List<StoredDay> daysSince(LocalDate from) {
            return days.stream().filter(d -> !d.day().day().isBefore(from)).toList();
        }

        @Override
        public Map<String, ForecastRecord> recordsSince(LocalDate from) {
            Map<String, ForecastRecord> sum = new HashMap<>();
            records.forEach((day, byDistrict) -> {
                if (!day.isBefore(from)) {
                    byDistrict.forEach((district, r) -> sum.merge(district, r, ForecastRecord::plus));
                }
            });
            return sum;
        }
    }
}
