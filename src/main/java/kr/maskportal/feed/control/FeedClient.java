package kr.maskportal.feed.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Fetches one page of the public mask feed. Each call is bounded in time, retried a couple of times with a pause,
 * and behind a circuit breaker, so a dead or overloaded feed costs the poller seconds, never the residents' pages,
 * which are served from memory on other threads.
 */
@ApplicationScoped
public class FeedClient {

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final FeedPageParser parser = new FeedPageParser();

    @Inject
    @ConfigProperty(name = "portal.feed.url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "portal.feed.timeout", defaultValue = "10")
    int timeoutSeconds;

    public boolean isConfigured() {
        return baseUrl.filter(url -> !url.isBlank()).isPresent();
    }

    /** A page of a paged endpoint ({@code stores/json}, {@code sales/json}), from 1. */
    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, jitter = 250, retryOn = FeedUnreachable.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            failOn = FeedUnreachable.class)
    public FeedPageResult page(FeedEndpoint endpoint, int page, int perPage) throws FeedUnreachable {
        return get(endpoint.path() + "?page=" + page + "&perPage=" + perPage, endpoint);
    }

    private FeedPageResult get(String pathAndQuery, FeedEndpoint endpoint) throws FeedUnreachable {
        String base = baseUrl.orElseThrow(() -> new FeedUnreachable("no feed URL configured (PORTAL_FEED_URL)"));
        URI uri = URI.create(base.endsWith("/") ? base : base + "/").resolve(pathAndQuery);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Accept", "application/json")
                .GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new FeedUnreachable(uri + " answered " + response.statusCode());
            }
            return parser.parse(endpoint, response.body(), response.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new FeedUnreachable(uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedUnreachable(uri + ": interrupted", e);
        }
    }
}
