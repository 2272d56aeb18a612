package kr.maskportal.official.boundary;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A {@link ReportTable} as a CSV file that Excel opens with its Korean intact: UTF-8 with a byte order mark, CRLF
 * line ends, RFC 4180 quoting. A text cell that a spreadsheet would take for a formula ({@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return first) is written with a leading apostrophe, because seller
 * names and notices are typed by people outside the office.
 */
public final class CsvFile {

    private static final String BOM = "\uFEFF";
    private static final String LINE_END = "\r\n";

    private CsvFile() {
    }

    public static byte[] of(ReportTable table, ResourceBundle messages, Locale locale) {
        var csv = new StringBuilder(BOM);
        csv.append(cell(new MessageFormat(messages.getString(table.captionKey()), locale)
                .format(table.captionParams().toArray()), false)).append(LINE_END);
        line(csv, table.columns().stream().map(c -> messages.getString(c.headerKey())).toList(), table, true);
        for (List<String> row : table.rows()) {
            line(csv, row, table, false);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> cells, ReportTable table, boolean header) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i), !header && table.columns().get(i).numeric()));
        }
        csv.append(LINE_END);
    }

    public static String cell(String value, boolean numeric) {
        String text = value == null ? "" : value;
        if (!numeric && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
