package kr.maskportal.bulkaccount.boundary;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import kr.maskportal.bulkaccount.control.HandOver;
import kr.maskportal.official.boundary.CsvFile;
import kr.maskportal.platform.time.Korea;

/**
 * The activation codes as the CSV an administrator downloads once: login, seller code, code, expiry in Korea time.
 * UTF-8 with a byte order mark and CRLF, as the officials' exports, for Excel; every cell through
 * {@link CsvFile#cell}, which defuses a login or code that a spreadsheet would take for a formula.
 */
final class CodesCsv {

    static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Korea.ZONE);
    private static final String HEADER_KEYS = "admin.import.csv.";

    private CodesCsv() {
    }

    static byte[] of(List<HandOver> codes, ResourceBundle messages) {
        var csv = new StringBuilder(codes.size() * 60).append('\uFEFF');
        line(csv, messages.getString(HEADER_KEYS + "login"), messages.getString(HEADER_KEYS + "sellerCode"),
                messages.getString(HEADER_KEYS + "code"), messages.getString(HEADER_KEYS + "expires"));
        for (HandOver code : codes) {
            line(csv, code.login(), code.sellerCode(), code.code(), EXPIRY.format(code.expiresAt()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(CsvFile.cell(cells[i], false));
        }
        csv.append("\r\n");
    }
}
