package kr.maskportal.openapi.control;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kr.maskportal.report.control.ReportBoard;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.SellerDirectory;
import kr.maskportal.seller.entity.SellerType;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.StatusSettings;
import kr.maskportal.stock.control.StockBoard;
import kr.maskportal.stock.control.forecast.ForecastBoard;
import kr.maskportal.stock.control.merge.MergeSettings;
import org.junit.jupiter.api.Test;

/** When a snapshot is judged again, and that readers never wait for it once there is one. */
class CorrectedFeedTest {

    private final MovableBoard board = new MovableBoard();
    private final Instant start = OneSeller.at("10:00:10");
    private Instant now = start;
    private final CorrectedFeed feed = new CorrectedFeed();

    CorrectedFeedTest() {
        var directory = new SellerDirectory();
        directory.publish(DirectorySnapshot.build(List.of(OneSeller.SEOUL), List.of(OneSeller.MAPO),
                List.of(new DirectorySeller("11806923", "서교온누리약국", SellerType.PHARMACY, "서울특별시 마포구 양화로 45",
                        "11440", null)), Instant.EPOCH));
        feed.directory = directory;
        feed.board = board;
        feed.reports = new ReportBoard();
        feed.forecasts = new ForecastBoard();
        feed.settings = new StatusSettings() {
            @Override
            public MergeSettings merge() {
                return MergeSettings.DEFAULTS;
            }
        };
        feed.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void aSnapshotServesItsVersionForItsMinuteAndNoLonger() {
        StockSnapshot first = feed.current();
        now = start.plusSeconds(49);
        assertSame(first, feed.current(), "the same data in the same minute");
        now = start.plusSeconds(50);
        StockSnapshot nextMinute = feed.current();
        assertNotSame(first, nextMinute, "statuses age by the minute");
        board.version = 7;
        assertNotSame(nextMinute, feed.current(), "the feed changed");
    }

    @Test
    void whileOneRequestJudgesTheOthersGetTheSnapshotBefore() throws Exception {
        StockSnapshot before = feed.current();
        board.version = 1;
        board.hold = new CountDownLatch(1);
        CompletableFuture<StockSnapshot> judging = CompletableFuture.supplyAsync(feed::current);
        assertTrue(board.entered.await(10, TimeUnit.SECONDS), "the judging has begun");
        long waited = System.nanoTime();
        assertSame(before, feed.current(), "not held up by the judging");
        assertTrue(Duration.ofNanos(System.nanoTime() - waited).toMillis() < 1_000);
        board.hold.countDown();
        StockSnapshot judged = judging.get(10, TimeUnit.SECONDS);
        assertNotSame(before, judged);
        assertSame(judged, feed.current(), "and then everyone gets the new one");
    }

    /** A feed board whose version a test sets, and that can hold a judging up in the middle. */
    private static final class MovableBoard extends StockBoard {
        volatile long version;
        volatile CountDownLatch hold;
        final CountDownLatch entered = new CountDownLatch(1);

        @Override
        public long version() {
            return version;
        }

        @Override
        public Optional<FeedEvidence> feedEvidence(String sellerCode) {
            CountDownLatch latch = hold;
            if (latch != null) {
                entered.countDown();
                try {
                    latch.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Optional.empty();
        }
    }
}
