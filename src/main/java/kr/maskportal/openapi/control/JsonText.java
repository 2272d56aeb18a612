package kr.maskportal.openapi.control;

/**
 * Strings and numbers written as JSON by hand, for bodies assembled from prepared pieces. Names, addresses and
 * notices come from sellers and pharmacists: quotes, backslashes and control characters are escaped as JSON demands,
 * and {@code <}, {@code >}, {@code &}, U+2028 and U+2029 as well, so that a notice reading {@code </script>} stays
 * text even where a page embeds the JSON in a script. Korean is written as it is, in UTF-8, as the 2020 feed did;
 * a lone surrogate, which UTF-8 cannot carry, becomes U+FFFD.
 */
final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /** {@code "name":} */
    static StringBuilder member(StringBuilder out, String name) {
        return out.append('"').append(name).append("\":");
    }

    /** A JSON string, or {@code null}. */
    static StringBuilder string(StringBuilder out, String value) {
        if (value == null) {
            return out.append("null");
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> unicode(out, c);
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        unicode(out, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicode(out, '\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /**
     * A coordinate as a JSON number, in its shortest exact decimal form ({@code 37.5665}); {@code null} for none.
     * Never an exponent, which some 2020 clients' hand-written parsers would not take.
     */
    static StringBuilder number(StringBuilder out, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return out.append("null");
        }
        String text = Double.toString(value);
        if (text.indexOf('E') >= 0) {
            text = new java.math.BigDecimal(text).toPlainString();
        }
        return out.append(text);
    }

    private static void unicode(StringBuilder out, char c) {
        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                .append(HEX[c & 0xf]);
    }
}
