package kr.maskportal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResidentTrafficTest {

    private final int turns = Math.max(2, ResidentTraffic.PER_CORE * Runtime.getRuntime().availableProcessors());

    @Test
    void noMoreResidentsAreWorkedOnAtOnceThanThereAreTurns() throws Exception {
        var traffic = new ResidentTraffic();
        var inside = new AtomicInteger();
        var most = new AtomicInteger();
        int residents = turns * 5;
        var done = new CountDownLatch(residents);
        var pool = Executors.newFixedThreadPool(residents);
        try {
            for (int i = 0; i < residents; i++) {
                pool.execute(() -> {
                    try {
                        traffic.inTurn(() -> {
                            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            sleep();
                            inside.decrementAndGet();
                        });
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    } finally {
                        done.countDown();
                    }
                });
            }
            assertTrue(done.await(30, TimeUnit.SECONDS), "everyone got a turn");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(turns, most.get(), "as many at once as there are turns, and no more");
    }

    @Test
    void aTurnIsGivenBackWhenTheWorkFails() throws Exception {
        var traffic = new ResidentTraffic();
        for (int i = 0; i < turns + 1; i++) {
            assertThrows(IOException.class, () -> traffic.inTurn(() -> {
                throw new IOException("the client went away");
            }));
        }
        var ran = new AtomicInteger();
        traffic.inTurn(ran::incrementAndGet);
        assertEquals(1, ran.get(), "the turns all came back");
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
