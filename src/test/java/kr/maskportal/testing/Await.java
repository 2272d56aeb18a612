package kr.maskportal.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/** Waits for something the portal does on its own schedule, such as a feed poll, and fails with what it saw last. */
public final class Await {

    private Await() {
    }

    public static <T> T until(Duration within, Callable<T> probe, java.util.function.Predicate<T> done) throws Exception {
        Instant deadline = Instant.now().plus(within);
        T last = null;
        while (Instant.now().isBefore(deadline)) {
            last = probe.call();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not within " + within + "; last seen: " + last);
    }
}
