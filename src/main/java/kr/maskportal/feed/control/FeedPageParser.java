package kr.maskportal.feed.control;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns one response body of the feed into a {@link FeedPage}, or says why it could not. Whatever the body, it
 * answers with a {@link FeedPageResult} and throws nothing: in 2020 the feed served HTML error pages, pages cut off
 * mid-record, codes as numbers and numbers as strings, and one bad page must never stop a refresh. Safe for
 * concurrent use.
 */
public final class FeedPageParser {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,9}");
    /** Beyond this many integer digits a number is no code, and expanding it would only cost time and memory. */
    private static final int MAX_CODE_DIGITS = 30;

    private final JsonParserFactory factory = Json.createParserFactory(Map.of());

    public FeedPageResult parse(FeedEndpoint endpoint, String body) {
        return parse(endpoint, body, null);
    }

    /**
     * @param contentType the response's {@code Content-Type} header, or null when unknown; an HTML or XML type
     *                    makes the page {@link PageFailure#NOT_JSON} whatever the body looks like
     */
    public FeedPageResult parse(FeedEndpoint endpoint, String body, String contentType) {
        if (isMarkup(contentType) || body == null) {
            return PageFailure.NOT_JSON;
        }
        // Parsson would take a byte order mark for bad syntax; it means nothing here.
        String json = body.startsWith("\uFEFF") ? body.substring(1) : body;
        if (!startsLikeJson(json)) {
            return PageFailure.NOT_JSON;
        }
        EndWatchingReader reader = new EndWatchingReader(new StringReader(json));
        JsonObject root;
        try (JsonParser parser = factory.createParser(reader)) {
            JsonParser.Event first = parser.next();
            JsonValue value = first == JsonParser.Event.START_OBJECT ? parser.getObject() : parser.getArray();
            if (parser.hasNext()) {
                return PageFailure.MALFORMED_JSON;
            }
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return PageFailure.WRONG_SHAPE;
            }
            root = value.asJsonObject();
        } catch (RuntimeException e) {
            // Not only JsonException: Parsson throws plain RuntimeExceptions for nesting past its limit and for
            // numbers no BigDecimal can hold, and a body from outside must never crash the poll.
            // A parser that ran into the end of the body was cut off; one that stopped before it met bad syntax.
            return reader.reachedEnd ? PageFailure.TRUNCATED_JSON : PageFailure.MALFORMED_JSON;
        }
        return page(endpoint, root);
    }

    private static boolean isMarkup(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.contains("html") || mediaType.endsWith("xml");
    }

    private static boolean startsLikeJson(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '{' || c == '[') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static FeedPageResult page(FeedEndpoint endpoint, JsonObject root) {
        JsonValue list = root.get(endpoint.listKey());
        if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY
                && list.getValueType() != JsonValue.ValueType.NULL) {
            return PageFailure.WRONG_SHAPE;
        }
        List<FeedRecord> records = new ArrayList<>();
        if (list.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue element : list.asJsonArray()) {
                records.add(record(element));
            }
        }
        return new FeedPage(
                wholeNumber(root.get("page")),
                wholeNumber(root.get("totalPages")),
                wholeNumber(root.get("totalCount")),
                wholeNumber(root.get("count")),
                text(root.get("address")),
                records);
    }

    /** Something in the list that is no object is kept as a record without fields, so it is counted, not lost. */
    private static FeedRecord record(JsonValue element) {
        if (element.getValueType() != JsonValue.ValueType.OBJECT) {
            return new FeedRecord(null, null, null, null, null, null, null, null, null);
        }
        JsonObject o = element.asJsonObject();
        return new FeedRecord(
                digits(o.get("code")),
                text(o.get("name")),
                text(o.get("addr")),
                digits(o.get("type")),
                text(o.get("lat")),
                text(o.get("lng")),
                text(o.get("stock_at")),
                text(o.get("remain_stat")),
                text(o.get("created_at")));
    }

    /** Strings trimmed, numbers as written; null for null, blank, booleans, objects and arrays. */
    private static String text(JsonValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> blankToNull(((JsonString) value).getString().strip());
            case NUMBER -> value.toString();
            default -> null;
        };
    }

    /**
     * Like {@link #text} but a whole number comes as its plain digits: the feed sent {@code 12345678} as well as
     * {@code "12345678"}, and {@code 1.2345678E7} must not become a different code than the digits it means.
     */
    private static String digits(JsonValue value) {
        if (value == null || value.getValueType() != JsonValue.ValueType.NUMBER) {
            return text(value);
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        if (number.signum() == 0) {
            return "0";
        }
        BigDecimal whole = number.stripTrailingZeros();
        if (whole.scale() <= 0 && whole.precision() - whole.scale() <= MAX_CODE_DIGITS) {
            return whole.toBigInteger().toString();
        }
        return number.toString();
    }

    private static Integer wholeNumber(JsonValue value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.getValueType() == JsonValue.ValueType.NUMBER) {
                return ((JsonNumber) value).bigDecimalValue().intValueExact();
            }
            if (value.getValueType() == JsonValue.ValueType.STRING) {
                String s = ((JsonString) value).getString().strip();
                return WHOLE_NUMBER.matcher(s).matches() ? Integer.valueOf(s) : null;
            }
        } catch (ArithmeticException e) {
            // a fraction or a number beyond int: no usable page count
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** Notes whether the parser asked for more than the body held, which tells a cut-off body from bad syntax. */
    private static final class EndWatchingReader extends FilterReader {

        boolean reachedEnd;

        EndWatchingReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            reachedEnd |= c < 0;
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            reachedEnd |= n < 0;
            return n;
        }
    }
}
