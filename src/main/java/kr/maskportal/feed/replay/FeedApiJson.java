package kr.maskportal.feed.replay;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kr.maskportal.feed.control.FeedTime;
import kr.maskportal.feed.control.PageWindow;

/**
 * The bodies of the 2020 feed's endpoints for a replayed day, field for field as existing apps parse them. Missing
 * values are JSON null, as in the wild. Bad paging arguments throw {@link IllegalArgumentException}, which the HTTP
 * layer answers with 400.
 */
public final class FeedApiJson {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final double METRES_PER_DEGREE = 111_195;

    private final ReplayFeed feed;
    private final List<StoreInfo> stores;
    // looking the JSON-P provider up is a service-loader scan; once per instance, not once per row
    private final JsonBuilderFactory json = Json.createBuilderFactory(Map.of());

    public FeedApiJson(ReplayFeed feed) {
        this.feed = feed;
        this.stores = feed.day().stores();
    }

    public ReplayFeed feed() {
        return feed;
    }

    /** {@code stores/json?page=&perPage=}: the seller list, without stock. */
    public JsonObject stores(int page, int perPage) {
        var window = new PageWindow(page, perPage, stores.size());
        JsonArrayBuilder infos = json.createArrayBuilder();
        for (int i = window.from(); i < window.to(); i++) {
            infos.add(storeFields(stores.get(i)));
        }
        return paged(window).add("storeInfos", infos).build();
    }

    /** {@code sales/json?page=&perPage=}: every seller's stock as the lagging feed shows it at {@code now}. */
    public JsonObject sales(Instant now, int page, int perPage) {
        var window = new PageWindow(page, perPage, stores.size());
        long second = feed.day().secondOf(now);
        JsonArrayBuilder sales = json.createArrayBuilder();
        for (int i = window.from(); i < window.to(); i++) {
            FeedRow row = feed.feedRow(i, second);
            sales.add(saleFields(json.createObjectBuilder().add("code", row.code()), row));
        }
        return paged(window).add("sales", sales).build();
    }

    /**
     * {@code storesByAddr/json?address=}: the sellers whose address starts with {@code address} (spacing aside),
     * with stock. Like the 2020 feed it matches the text, so {@code 서울특별시} does not find {@code 서울시 ...}.
     */
    public JsonObject storesByAddr(String address, Instant now) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("an address is required");
        }
        String prefix = spaced(address);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < stores.size(); i++) {
            String addr = stores.get(i).address();
            if (addr != null && spaced(addr).startsWith(prefix)) {
                found.add(i);
            }
        }
        return json.createObjectBuilder()
                .add("address", address)
                .add("count", found.size())
                .add("stores", storesWithSales(found, now))
                .build();
    }

    /** {@code storesByGeo/json?lat=&lng=&m=}: the sellers within {@code metres}, nearest first, with stock. */
    public JsonObject storesByGeo(double lat, double lng, int metres, Instant now) {
        if (metres < 0) {
            throw new IllegalArgumentException("a radius cannot be negative, was " + metres);
        }
        double lngScale = Math.cos(Math.toRadians(lat));
        List<Integer> found = new ArrayList<>();
        double[] distance = new double[stores.size()];
        for (int i = 0; i < stores.size(); i++) {
            StoreInfo store = stores.get(i);
            if (store.lat() == null || store.lng() == null) {
                continue;
            }
            double dy = store.lat() - lat;
            double dx = (store.lng() - lng) * lngScale;
            distance[i] = Math.sqrt(dx * dx + dy * dy) * METRES_PER_DEGREE;
            if (distance[i] <= metres) {
                found.add(i);
            }
        }
        found.sort(Comparator.comparingDouble(i -> distance[i]));
        return json.createObjectBuilder()
                .add("count", found.size())
                .add("stores", storesWithSales(found, now))
                .build();
    }

    private JsonArrayBuilder storesWithSales(List<Integer> indexes, Instant now) {
        long second = feed.day().secondOf(now);
        JsonArrayBuilder array = json.createArrayBuilder();
        for (int i : indexes) {
            array.add(saleFields(storeFields(stores.get(i)), feed.feedRow(i, second)));
        }
        return array;
    }

    private JsonObjectBuilder paged(PageWindow window) {
        return json.createObjectBuilder()
                .add("totalPages", window.totalPages())
                .add("totalCount", window.totalCount())
                .add("page", window.page())
                .add("count", window.count());
    }

    private JsonObjectBuilder storeFields(StoreInfo store) {
        JsonObjectBuilder object = json.createObjectBuilder().add("code", store.code());
        text(object, "name", store.name());
        text(object, "addr", store.address());
        object.add("type", store.type().code());
        number(object, "lat", store.lat());
        number(object, "lng", store.lng());
        return object;
    }

    private static JsonObjectBuilder saleFields(JsonObjectBuilder object, FeedRow row) {
        text(object, "stock_at", feedTime(row.stockAt()));
        text(object, "remain_stat", row.remainStat() == null ? null : row.remainStat().feedCode());
        text(object, "created_at", feedTime(row.createdAt()));
        return object;
    }

    /** Null stays null: the feed publishes a missing time as JSON null. */
    private static String feedTime(Instant at) {
        return at == null ? null : FeedTime.format(at);
    }

    private static void text(JsonObjectBuilder object, String name, String value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value);
        }
    }

    private static void number(JsonObjectBuilder object, String name, Double value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value);
        }
    }

    private static String spaced(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }
}
