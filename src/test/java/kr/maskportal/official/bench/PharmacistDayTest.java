package kr.maskportal.official.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import kr.maskportal.feed.replay.SalesDay;
import kr.maskportal.feed.replay.StoreInfo;
import kr.maskportal.report.entity.ReportKind;
import org.junit.jupiter.api.Test;

class PharmacistDayTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2020, 3, 11);

    @Test
    void reportsWhatReallyHappenedThatDayAndNothingFalse() {
        List<StoreInfo> stores = PolledFeedTest.sellers(2_000);
        SalesDay day = SalesDay.simulate(stores, WEDNESDAY, 7);
        Instant midnight = day.start();
        Map<ReportKind, Integer> kinds = new EnumMap<>(ReportKind.class);
        for (StoreInfo store : stores) {
            String code = store.code();
            List<PharmacistDay.Draft> drafts = PharmacistDay.draw(day, code, new SplittableRandom(code.hashCode()));
            Instant previous = midnight;
            for (PharmacistDay.Draft draft : drafts) {
                Instant at = draft.reportedAt();
                assertTrue(!at.isBefore(previous) && at.isBefore(midnight.plus(Duration.ofDays(1))), draft.toString());
                previous = at;
                kinds.merge(draft.kind(), 1, Integer::sum);
                int real = day.stateAt(code, at).orElseThrow().count();
                switch (draft.kind()) {
                    // never "sold out" while masks are left, and not half an hour late
                    case SOLD_OUT -> {
                        assertEquals(0, real, draft.toString());
                        assertTrue(day.stateAt(code, at.minus(Duration.ofMinutes(31))).orElseThrow().count() > 0
                                || at.minus(Duration.ofMinutes(31)).isBefore(day.delivery(code).orElseThrow().at()),
                                draft.toString());
                    }
                    // a count is what is on the shelf, rounded down to tens above 20
                    case REMAINING -> assertTrue(draft.amount() <= real && draft.amount() > real - 10,
                            draft + " with " + real + " left");
                    case CLOSED -> assertTrue(day.breakFrom(code).isPresent(), draft.toString());
                    default -> {
                    }
                }
            }
        }
        // the day has every kind a 2020 pharmacist used, and sold out above all
        for (ReportKind kind : List.of(ReportKind.SOLD_OUT, ReportKind.QUEUE, ReportKind.REMAINING, ReportKind.CLOSED,
                ReportKind.RESTOCKED, ReportKind.NOTICE)) {
            assertTrue(kinds.getOrDefault(kind, 0) > 0, kind + " in " + kinds);
        }
        assertTrue(kinds.get(ReportKind.SOLD_OUT) > stores.size() / 2, kinds.toString());
    }
}
