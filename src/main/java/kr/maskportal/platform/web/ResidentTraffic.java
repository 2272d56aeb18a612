package kr.maskportal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * How many residents' requests (public pages, the open API) are worked on at once: a few per core; the others wait
 * their turn here, in order, without using the processor. Under a spike the cores then go to these few and to
 * whatever else comes in (a pharmacist's report, a sign-in) instead of being shared by every waiting resident, so a
 * report's latency no longer grows with the number of residents connected. Answers from memory take a millisecond
 * or so, which keeps the wait short; the container's HTTP pool (200 threads, a queue of 4,096) bounds how many wait.
 */
@ApplicationScoped
public class ResidentTraffic {

    static final int PER_CORE = 2;

    private final Semaphore turns = new Semaphore(
            Math.max(2, PER_CORE * Runtime.getRuntime().availableProcessors()), true);

    /** Runs the work when its turn comes; the turn is given back however the work ends. */
    public void inTurn(Work work) throws IOException, ServletException {
        turns.acquireUninterruptibly();
        try {
            work.run();
        } finally {
            turns.release();
        }
    }

    /** A resident's request. */
    @FunctionalInterface
    public interface Work {
        void run() throws IOException, ServletException;
    }
}
