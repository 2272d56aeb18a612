package kr.maskportal.report.boundary.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import kr.maskportal.report.entity.InvalidReport;
import kr.maskportal.report.entity.Report;
import kr.maskportal.report.entity.ReportKind;

/**
 * Reads a report's JSON strictly, so that a program's mistake is named rather than guessed around: a field of the
 * wrong type, a field nobody asked for, or a number sent with a kind that has none are refused with the field's
 * name. What the value itself may be (ranges, lengths, characters) is left to {@code Report.of}, the one rule book
 * the form and the API share. JSON-P rather than JSON-B because binding would only say "cannot deserialize".
 */
final class ReportBodyReader {

    /** A notice of 200 four-byte characters with every field escaped fits several times over. */
    static final int MAX_BYTES = 8 * 1024;
    /** How many reports one batch may hold: a vendor's sellers of a few districts, each once. */
    static final int MAX_BATCH_ITEMS = 1_000;
    /** A thousand reports of the largest kind, every character escaped, and room to spare. */
    static final int MAX_BATCH_BYTES = 4 * 1024 * 1024;
    static final String KIND = "kind";
    static final String SELLER_CODE = "sellerCode";
    private static final List<String> FIELDS =
            List.of(KIND, ReportBody.QUEUE_LENGTH, ReportBody.REMAINING, ReportBody.NOTICE);
    private static final List<String> BATCH_FIELDS =
            List.of(SELLER_CODE, KIND, ReportBody.QUEUE_LENGTH, ReportBody.REMAINING, ReportBody.NOTICE);

    private ReportBodyReader() {
    }

    /** @throws ApiRefusal naming what is wrong */
    static ReportBody read(InputStream body) throws IOException {
        JsonValue json = parse(bytes(body, MAX_BYTES));
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ApiRefusal.of(400, ApiRefusal.NOT_A_JSON_OBJECT);
        }
        return read(json.asJsonObject(), FIELDS);
    }

    /** One item of a batch: its report and seller, or why it was refused before any seller was looked at. */
    record BatchEntry(int index, String sellerCode, ReportBody report, ApiRefusal refusal) {
    }

    /**
     * A batch: a JSON array of up to {@value #MAX_BATCH_ITEMS} reports, each a report's object with its
     * {@code sellerCode}. An item that is wrong is answered on its own; only a body that is no such array at all is
     * refused whole.
     *
     * @throws ApiRefusal for the whole body: too large, malformed, not an array, empty or too many items
     */
    static List<BatchEntry> readBatch(InputStream body) throws IOException {
        JsonValue json = parse(bytes(body, MAX_BATCH_BYTES));
        if (json.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ApiRefusal.of(400, ApiRefusal.NOT_A_JSON_ARRAY);
        }
        List<JsonValue> items = json.asJsonArray();
        if (items.isEmpty()) {
            throw ApiRefusal.of(400, ApiRefusal.NO_REPORTS);
        }
        if (items.size() > MAX_BATCH_ITEMS) {
            throw ApiRefusal.of(413, ApiRefusal.TOO_MANY_REPORTS, items.size(), MAX_BATCH_ITEMS);
        }
        List<BatchEntry> entries = new java.util.ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            entries.add(entry(i, items.get(i)));
        }
        return entries;
    }

    private static BatchEntry entry(int index, JsonValue item) {
        try {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiRefusal.of(400, ApiRefusal.NOT_A_JSON_OBJECT);
            }
            JsonObject json = item.asJsonObject();
            unknownFields(json, BATCH_FIELDS);
            String sellerCode = string(json, SELLER_CODE, null);
            if (sellerCode == null) {
                throw ApiRefusal.invalidField(SELLER_CODE, ApiRefusal.SELLER_CODE_MISSING, null, null);
            }
            return new BatchEntry(index, sellerCode, read(json, BATCH_FIELDS), null);
        } catch (ApiRefusal refusal) {
            return new BatchEntry(index, null, null, refusal);
        }
    }

    private static byte[] bytes(InputStream body, int most) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(most + 1);
        if (bytes.length > most) {
            throw ApiRefusal.of(413, ApiRefusal.BODY_TOO_LARGE, most);
        }
        return bytes;
    }

    /** One JSON value and nothing after it: a till that sends two reports in one body has a bug worth naming. */
    private static JsonValue parse(byte[] bytes) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(bytes))) {
            if (!parser.hasNext()) {
                throw ApiRefusal.of(400, ApiRefusal.MALFORMED_JSON);
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw ApiRefusal.of(400, ApiRefusal.MALFORMED_JSON);
            }
            return value;
        } catch (JsonException | IllegalStateException | NoSuchElementException malformed) {
            throw ApiRefusal.of(400, ApiRefusal.MALFORMED_JSON);
        }
    }

    private static ReportBody read(JsonObject json, List<String> fields) {
        unknownFields(json, fields);
        ReportKind kind = kind(json);
        Integer queueLength = integer(json, ReportBody.QUEUE_LENGTH, kind);
        Integer remaining = integer(json, ReportBody.REMAINING, kind);
        String notice = string(json, ReportBody.NOTICE, kind);
        String takes = ReportBody.numberField(kind);
        if (queueLength != null && !ReportBody.QUEUE_LENGTH.equals(takes)) {
            throw notAllowed(ReportBody.QUEUE_LENGTH, kind);
        }
        if (remaining != null && !ReportBody.REMAINING.equals(takes)) {
            throw notAllowed(ReportBody.REMAINING, kind);
        }
        return new ReportBody(kind, queueLength, remaining, notice);
    }

    private static void unknownFields(JsonObject json, List<String> fields) {
        json.keySet().stream().filter(name -> !fields.contains(name)).findFirst().ifPresent(name -> {
            throw ApiRefusal.invalidField(ApiRefusal.echoed(name), ApiRefusal.UNKNOWN_FIELD, null, null);
        });
    }

    private static ReportKind kind(JsonObject json) {
        JsonValue value = json.get(KIND);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw ApiRefusal.invalidField(KIND, ApiRefusal.KIND_MISSING, null, null);
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw ApiRefusal.invalidField(KIND, ApiRefusal.NOT_A_STRING, null, null);
        }
        String name = ((JsonString) value).getString();
        return Arrays.stream(ReportKind.values()).filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> ApiRefusal.invalidField(KIND, ApiRefusal.UNKNOWN_KIND, null, null));
    }

    /** Null for absent or null; a number beyond any int is out of range, as it is for the form. */
    private static Integer integer(JsonObject json, String field, ReportKind kind) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
            throw ApiRefusal.invalidField(field, ApiRefusal.NOT_AN_INTEGER, kind, null);
        }
        BigInteger number = ((JsonNumber) value).bigIntegerValue();
        if (number.bitLength() > 31) {
            throw ApiRefusal.invalidField(field, InvalidReport.Problem.NUMBER_OUT_OF_RANGE.name(), kind,
                    limitOf(field, kind));
        }
        return number.intValue();
    }

    private static String string(JsonObject json, String field, ReportKind kind) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw ApiRefusal.invalidField(field, ApiRefusal.NOT_A_STRING, kind, null);
        }
        return ((JsonString) value).getString();
    }

    private static ApiRefusal notAllowed(String field, ReportKind kind) {
        return ApiRefusal.invalidField(field, InvalidReport.Problem.NUMBER_NOT_ALLOWED.name(), kind, null);
    }

    /** The limit a field's problem is about, for the words of the error. */
    static Integer limitOf(String field, ReportKind kind) {
        if (ReportBody.NOTICE.equals(field)) {
            return ReportKind.NOTICE_MAX_LENGTH;
        }
        return kind == ReportKind.QUEUE ? Report.MAX_QUEUE : Report.MAX_MASKS;
    }
}
