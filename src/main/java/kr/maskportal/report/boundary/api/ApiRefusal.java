package kr.maskportal.report.boundary.api;

import java.time.Duration;
import java.util.Map;

/**
 * Why the point-of-sale API refuses a request: the HTTP status, an error code a program can act on, for a bad field
 * its name and problem, and the arguments of the words {@link ApiErrors} puts next to them (messages
 * {@code api.error.<error>}, or {@code api.problem.<problem>} for a field).
 */
public class ApiRefusal extends RuntimeException {

    public static final String INVALID_FIELD = "INVALID_FIELD";
    public static final String MALFORMED_JSON = "MALFORMED_JSON";
    public static final String NOT_A_JSON_OBJECT = "NOT_A_JSON_OBJECT";
    public static final String NOT_A_JSON_ARRAY = "NOT_A_JSON_ARRAY";
    public static final String NO_REPORTS = "NO_REPORTS";
    public static final String TOO_MANY_REPORTS = "TOO_MANY_REPORTS";
    public static final String BODY_TOO_LARGE = "BODY_TOO_LARGE";
    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    public static final String SELLER_NOT_BOUND = "SELLER_NOT_BOUND";
    public static final String SELLER_NOT_FOUND = "SELLER_NOT_FOUND";
    public static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String REQUEST_REFUSED = "REQUEST_REFUSED";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    public static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";
    /** How long a client is told to wait before sending a refused report again: the database's probe's period. */
    static final int RETRY_AFTER_OUTAGE_SECONDS = 5;

    /** Problems of a field that only JSON can have; the others are {@code InvalidReport.Problem}'s names. */
    public static final String KIND_MISSING = "KIND_MISSING";
    public static final String UNKNOWN_KIND = "UNKNOWN_KIND";
    public static final String NOT_A_STRING = "NOT_A_STRING";
    public static final String NOT_AN_INTEGER = "NOT_AN_INTEGER";
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    public static final String SELLER_CODE_MISSING = "SELLER_CODE_MISSING";

    static final String REALM = "Bearer realm=\"mask-stock-portal\"";
    /** What the client sent is echoed back in the words; this much of it is enough to recognise it. */
    private static final int ECHOED_LENGTH = 40;

    private final int status;
    private final String error;
    private final String field;
    private final String problem;
    private final transient Object[] arguments;
    private final transient Map<String, String> headers;

    private ApiRefusal(int status, String error, String field, String problem, Map<String, String> headers,
            Object... arguments) {
        // an answer to the client, not a fault: no stack trace to fill in on every bad request
        super(error + (field == null ? "" : " " + field + ": " + problem), null, false, false);
        this.status = status;
        this.error = error;
        this.field = field;
        this.problem = problem;
        this.headers = headers;
        this.arguments = arguments;
    }

    /** A 400 naming the field as the JSON has it; arguments: the field, the kind, the limit broken. */
    static ApiRefusal invalidField(String field, String problem, Object kind, Object limit) {
        return new ApiRefusal(400, INVALID_FIELD, field, problem, Map.of(), field, kind == null ? "" : kind,
                limit == null ? "" : limit);
    }

    static ApiRefusal of(int status, String error, Object... arguments) {
        return new ApiRefusal(status, error, null, null, Map.of(), arguments);
    }

    /** RFC 6750: a challenge always; {@code invalid_token} only when a token was sent. */
    static ApiRefusal unauthorized(boolean tokenSent) {
        String challenge = tokenSent ? REALM + ", error=\"invalid_token\"" : REALM;
        return new ApiRefusal(401, UNAUTHORIZED, null, null, Map.of("WWW-Authenticate", challenge));
    }

    /** Whole seconds, rounded up, so that a client waiting as told is let through. */
    static ApiRefusal tooManyRequests(Duration wait, int perMinute) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new ApiRefusal(429, TOO_MANY_REQUESTS, null, null, Map.of("Retry-After", Long.toString(seconds)),
                perMinute, seconds);
    }

    /**
     * A 503 for a report that could not be stored because the database cannot be reached: nothing was saved, and
     * the same request may be sent again after Retry-After.
     */
    static ApiRefusal databaseUnavailable() {
        return new ApiRefusal(503, DATABASE_UNAVAILABLE, null, null,
                Map.of("Retry-After", Integer.toString(RETRY_AFTER_OUTAGE_SECONDS)), RETRY_AFTER_OUTAGE_SECONDS);
    }

    /** A field name or seller code the client sent, cut short for the words of an error. */
    static String echoed(String sent) {
        return sent.codePointCount(0, sent.length()) <= ECHOED_LENGTH ? sent
                : sent.substring(0, sent.offsetByCodePoints(0, ECHOED_LENGTH)) + "…";
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    /** Null unless the error is {@link #INVALID_FIELD}. */
    public String field() {
        return field;
    }

    /** Null unless the error is {@link #INVALID_FIELD}. */
    public String problem() {
        return problem;
    }

    String messageKey() {
        return field == null ? "api.error." + error : "api.problem." + problem;
    }

    Object[] arguments() {
        return arguments.clone();
    }

    Map<String, String> headers() {
        return headers;
    }
}
