package kr.maskportal.feed.control;

/**
 * The feed did not answer a page usefully at the HTTP level: refused connection, time-out, or an error status. Worth
 * a retry, and what the circuit breaker counts; a body that arrives but cannot be read is a page failure instead.
 */
public class FeedUnreachable extends Exception {

    public FeedUnreachable(String message, Throwable cause) {
        super(message, cause);
    }

    public FeedUnreachable(String message) {
        super(message);
    }
}
