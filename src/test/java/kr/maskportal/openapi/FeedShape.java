package kr.maskportal.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kr.maskportal.feed.control.FeedTime;

/**
 * Compares an answer of the corrected feed with the 2020 feed's answer of the same endpoint, as recorded in
 * {@code src/test/resources/openapi/2020}: the same top-level fields of the same JSON types; in the list, every
 * field of the 2020 record with the 2020 type (or null where the 2020 feed had nulls too), plus exactly the fields
 * the portal adds, with theirs; times in the 2020 format, codes of the 2020 sets.
 */
public final class FeedShape {

    /** What the portal adds to every record that carries stock, with the JSON types each may take. */
    public static final Map<String, Set<ValueType>> ADDED = Map.of(
            "queue_length", Set.of(ValueType.NUMBER, ValueType.NULL),
            "queue_reported_at", Set.of(ValueType.STRING, ValueType.NULL),
            "source", Set.of(ValueType.STRING, ValueType.NULL),
            "stale", Set.of(ValueType.TRUE, ValueType.FALSE),
            "reported_at", Set.of(ValueType.STRING, ValueType.NULL),
            "notice", Set.of(ValueType.STRING, ValueType.NULL));
    /** Fields the 2020 feed itself sent as null at times. */
    private static final Set<String> NULLABLE_2020 = Set.of("lat", "lng", "stock_at", "remain_stat", "created_at");
    private static final Set<String> TIMES = Set.of("stock_at", "created_at", "queue_reported_at", "reported_at");
    private static final Pattern TIME = Pattern.compile("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final Set<String> REMAIN_STATS = Set.of("plenty", "some", "few", "empty", "break");
    private static final Set<String> SOURCES = Set.of("feed", "pharmacist", "both");
    private static final List<String> LISTS = List.of("storeInfos", "sales", "stores");

    private FeedShape() {
    }

    /** A recorded 2020 answer: {@code stores}, {@code sales}, {@code storesByAddr} or {@code storesByGeo}. */
    public static JsonObject recorded(String endpoint) {
        try (InputStream in = FeedShape.class.getResourceAsStream("/openapi/2020/" + endpoint + ".json")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    /** Fails naming the first difference from the recorded answer of the endpoint; answers the list's records. */
    public static List<JsonObject> assertShapeOf(String endpoint, JsonObject answer) {
        JsonObject recorded = recorded(endpoint);
        assertEquals(recorded.keySet(), answer.keySet(), endpoint + ": the top-level fields");
        for (String key : recorded.keySet()) {
            assertEquals(recorded.get(key).getValueType(), answer.get(key).getValueType(), endpoint + ": " + key);
        }
        String list = LISTS.stream().filter(recorded::containsKey).findFirst().orElseThrow();
        JsonObject example = recorded.getJsonArray(list).getJsonObject(0);
        boolean carriesStock = example.containsKey("remain_stat");
        Set<String> expected = new HashSet<>(example.keySet());
        if (carriesStock) {
            expected.addAll(ADDED.keySet());
        }
        List<JsonObject> records = answer.getJsonArray(list).getValuesAs(JsonObject.class);
        for (JsonObject record : records) {
            String where = endpoint + " " + record.get("code") + ": ";
            assertEquals(expected, record.keySet(), where + "every field, always, and no other");
            for (String key : example.keySet()) {
                ValueType type = record.get(key).getValueType();
                boolean allowed = type == example.get(key).getValueType()
                        || type == ValueType.NULL && NULLABLE_2020.contains(key);
                assertTrue(allowed, where + key + " is " + type + ", was " + example.get(key).getValueType());
            }
            if (carriesStock) {
                ADDED.forEach((key, types) -> assertTrue(types.contains(record.get(key).getValueType()),
                        where + key + " is " + record.get(key).getValueType()));
            }
            checkValues(where, record);
        }
        if (answer.containsKey("count")) {
            assertEquals(records.size(), answer.getInt("count"), endpoint + ": count");
        }
        return records;
    }

    private static void checkValues(String where, JsonObject record) {
        assertTrue(record.getString("code").matches("\\d{8,10}"), where + "a code of digits");
        for (String key : TIMES) {
            if (record.get(key) instanceof JsonString time) {
                assertTrue(TIME.matcher(time.getString()).matches() && FeedTime.parse(time.getString()).isPresent(),
                        where + key + " in the 2020 format: " + time.getString());
            }
        }
        if (record.containsKey("type")) {
            assertTrue(Set.of("01", "02", "03").contains(record.getString("type")), where + "type");
        }
        if (record.get("remain_stat") instanceof JsonString stat) {
            assertTrue(REMAIN_STATS.contains(stat.getString()), where + "remain_stat " + stat.getString());
        }
        if (record.get("source") instanceof JsonString source) {
            assertTrue(SOURCES.contains(source.getString()), where + "source " + source.getString());
        }
        if (record.get("queue_length") instanceof JsonNumber queue) {
            assertTrue(queue.isIntegral() && queue.intValue() >= 0, where + "queue_length " + queue);
        }
        if (record.containsKey("queue_length")) {
            assertEquals(record.get("queue_length") == JsonValue.NULL, record.get("queue_reported_at") == JsonValue.NULL,
                    where + "a queue comes with its time");
        }
        if (record.get("reported_at") instanceof JsonString) {
            assertTrue(record.get("source") instanceof JsonString source
                    && Set.of("pharmacist", "both").contains(source.getString()), where + "a report behind a status");
        }
        if (record.containsKey("stale") && record.get("created_at") == JsonValue.NULL) {
            assertEquals(JsonValue.FALSE, record.get("stale"), where + "nothing known is not stale");
        }
    }
}
