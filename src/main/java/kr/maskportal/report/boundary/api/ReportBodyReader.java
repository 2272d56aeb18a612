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
    static final String KIND = "kind";
    private static final List<String> FIELDS =
            List.of(KIND, ReportBody.QUEUE_LENGTH, ReportBody.REMAINING, ReportBody.NOTICE);

    private ReportBodyReader() {
    }

    /** @throws ApiRefusal naming what is wrong */
    static ReportBody read(InputStream body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw ApiRefusal.of(413, ApiRefusal.BODY_TOO_LARGE, MAX_BYTES);
        }
        JsonValue json = parse(bytes);
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ApiRefusal.of(400, ApiRefusal.NOT_A_JSON_OBJECT);
        }
        return read(json.asJsonObject());
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

    private static ReportBody read(JsonObject json) {
        json.keySet().stream().filter(name -> !FIELDS.contains(name)).findFirst().ifPresent(name -> {
            throw ApiRefusal.invalidField(ApiRefusal.echoed(name), ApiRefusal.UNKNOWN_FIELD, null, null);
        });
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
