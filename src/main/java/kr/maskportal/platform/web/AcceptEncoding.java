package kr.maskportal.platform.web;

/** What a client says about compression in its {@code Accept-Encoding} header (RFC 9110 section 12.5.3). */
public final class AcceptEncoding {

    private AcceptEncoding() {
    }

    /** Whether the client takes gzip: named in Accept-Encoding (or {@code *}) and not refused with {@code q=0}. */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        if (acceptEncoding.indexOf(';') < 0) {
            return acceptEncoding.contains("gzip"); // what browsers send, e.g. "gzip, deflate, br, zstd"
        }
        for (String member : acceptEncoding.split(",")) {
            String[] parts = member.split(";");
            String coding = parts[0].trim();
            if (coding.equalsIgnoreCase("gzip") || coding.equalsIgnoreCase("x-gzip") || coding.equals("*")) {
                return parts.length < 2 || !refused(parts[1].trim());
            }
        }
        return false;
    }

    private static boolean refused(String weight) {
        if (!weight.startsWith("q=") && !weight.startsWith("Q=")) {
            return false;
        }
        try {
            return Double.parseDouble(weight.substring(2)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
