package kr.maskportal.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import kr.maskportal.feed.replay.FeedApiJson;
import kr.maskportal.feed.replay.ReplayFeed;
import kr.maskportal.feed.replay.SalesDay;
import kr.maskportal.feed.replay.StoreInfo;
import kr.maskportal.seller.control.SellerFileReader;

/**
 * The public mask feed as the integration tests serve it to the deployed portal: the replayed 2020 sales day over
 * real HTTP, which a test can turn hostile (HTML, truncated JSON, a hang, bad records) at any moment.
 */
public final class FakeFeed implements AutoCloseable {

    /** The moment the deployed portal's clock starts from (PORTAL_CLOCK_START in the build). */
    public static final Instant DAY_START = OffsetDateTime.parse("2020-03-11T12:00+09:00").toInstant();

    /** How the feed misbehaves. */
    public enum Mode {
        HONEST, HTML_ERROR_PAGE, TRUNCATED_JSON, HANGING, SERVER_ERROR, EMPTY_MIDDLE_PAGE, NULL_STOCK
    }

    private final HttpServer server;
    private final FeedApiJson replay;
    private final Instant realStart = Instant.now();
    private volatile Mode mode = Mode.HONEST;
    private volatile UnaryOperator<String> salesTamper = UnaryOperator.identity();
    private volatile UnaryOperator<String> storesTamper = UnaryOperator.identity();

    private FakeFeed(int port) throws IOException {
        List<StoreInfo> stores = realSellerList();
        replay = new FeedApiJson(new ReplayFeed(SalesDay.simulate(stores, LocalDate.of(2020, 3, 11), 2020),
                Duration.ofMinutes(20)));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/feed/", this::answer);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** On the port the build gives the deployed portal as PORTAL_FEED_URL. */
    public static FakeFeed start() throws IOException {
        return new FakeFeed(Integer.getInteger("portal.test.feed.port", 18089));
    }

    /** For a static field of a test class, started before Arquillian deploys the portal that polls it. */
    public static FakeFeed startForTheClass() {
        try {
            return start();
        } catch (IOException e) {
            throw new UncheckedIOException("the fake feed could not start", e);
        }
    }

    public void mode(Mode newMode) {
        mode = newMode;
    }

    /** Rewrites every sales page before it is sent, to plant bad records among good ones. */
    public void tamperWithSales(UnaryOperator<String> tamper) {
        salesTamper = tamper;
    }

    /** Rewrites every store-list page before it is sent: sellers appear or disappear. */
    public void tamperWithStores(UnaryOperator<String> tamper) {
        storesTamper = tamper;
    }

    /** The replayed day's "now", running with the deployed portal's clock (which started a little earlier). */
    public Instant now() {
        return DAY_START.plus(Duration.between(realStart, Instant.now()));
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Mode current = mode;
            String path = exchange.getRequestURI().getPath().substring("/feed/".length());
            Map<String, String> query = query(exchange.getRequestURI());
            int page = Integer.parseInt(query.getOrDefault("page", "1"));
            int perPage = Integer.parseInt(query.getOrDefault("perPage", "500"));
            switch (current) {
                case HANGING -> {
                    sleep(Duration.ofSeconds(30));
                    send(exchange, 504, "text/plain", "");
                    return;
                }
                case SERVER_ERROR -> {
                    send(exchange, 503, "text/html", "<html><body>Service Unavailable</body></html>");
                    return;
                }
                case HTML_ERROR_PAGE -> {
                    send(exchange, 200, "text/html", "<!DOCTYPE html><html><body><h1>점검 중</h1></body></html>");
                    return;
                }
                default -> {
                }
            }
            String json = switch (path) {
                case "stores/json" -> storesTamper.apply(replay.stores(page, perPage).toString());
                case "sales/json" -> salesTamper.apply(replay.sales(now(), page, perPage).toString());
                default -> null;
            };
            if (json == null) {
                send(exchange, 404, "text/plain", "");
                return;
            }
            if (current == Mode.TRUNCATED_JSON) {
                json = json.substring(0, json.length() / 2);
            } else if (current == Mode.EMPTY_MIDDLE_PAGE && page == 2) {
                json = json.replaceAll("\"(sales|storeInfos)\":\\[.*]", "\"$1\":[]");
            } else if (current == Mode.NULL_STOCK && path.equals("sales/json")) {
                json = json.replaceAll("\"remain_stat\":\"[a-z]+\"", "\"remain_stat\":null");
            }
            send(exchange, 200, "application/json;charset=UTF-8", json);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static Map<String, String> query(URI uri) {
        String raw = uri.getRawQuery();
        if (raw == null) {
            return Map.of();
        }
        return java.util.Arrays.stream(raw.split("&")).map(p -> p.split("=", 2)).filter(p -> p.length == 2)
                .collect(Collectors.toMap(p -> p[0], p -> p[1], (a, b) -> a));
    }

    private static List<StoreInfo> realSellerList() {
        try (InputStream in = new GZIPInputStream(
                FakeFeed.class.getClassLoader().getResourceAsStream("seed/sellers-2020-03-14.csv.gz"))) {
            return new SellerFileReader().read(in).rows().stream()
                    .map(r -> new StoreInfo(r.code(), r.name(), r.address(), r.type(),
                            r.location() == null ? null : r.location().latitude(),
                            r.location() == null ? null : r.location().longitude()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
