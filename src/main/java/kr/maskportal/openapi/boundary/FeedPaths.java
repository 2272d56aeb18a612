package kr.maskportal.openapi.boundary;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.maskportal.feed.control.FeedEndpoint;

/** The corrected feed's addresses: the 2020 feed's endpoints under {@code /api/v1/}. */
public final class FeedPaths {

    static final String PREFIX = "/api/v1/";
    private static final Map<String, FeedEndpoint> BY_PATH = Arrays.stream(FeedEndpoint.values())
            .collect(Collectors.toUnmodifiableMap(e -> PREFIX + e.path(), Function.identity()));

    private FeedPaths() {
    }

    /** Whether an address (without the context path) is one of the corrected feed's. */
    public static boolean serves(String path) {
        return BY_PATH.containsKey(path);
    }

    /** The methods that only read: what anyone may send without being asked who they are. */
    public static boolean reads(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    static Optional<FeedEndpoint> endpoint(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }
}
