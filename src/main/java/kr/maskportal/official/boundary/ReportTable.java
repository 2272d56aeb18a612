package kr.maskportal.official.boundary;

import java.util.List;
import java.util.Objects;

/**
 * One table of an official's report, as both the page and its CSV export show it: the same caption, headers and
 * cells, so that the download never says something the screen did not. Cells are already in words and Korea time.
 *
 * @param id            names the table in its page's {@code ?export=} and in the CSV's file name
 * @param captionKey    bundle key of the caption; {@code captionParams} fill its {0}, {1}...
 * @param columns       left to right
 * @param rows          each as long as {@code columns}
 */
public record ReportTable(String id, String captionKey, List<String> captionParams, List<Column> columns,
                          List<List<String>> rows) {

    /**
     * @param headerKey bundle key of the column's header
     * @param numeric   right-aligned on the page; never guarded against spreadsheet formulas, being a number
     */
    public record Column(String headerKey, boolean numeric) {

        public static Column text(String headerKey) {
            return new Column(headerKey, false);
        }

        public static Column number(String headerKey) {
            return new Column(headerKey, true);
        }

        // for Expression Language, which cannot read record components
        public String getHeaderKey() {
            return headerKey;
        }

        public boolean isNumeric() {
            return numeric;
        }
    }

    public ReportTable {
        Objects.requireNonNull(id);
        Objects.requireNonNull(captionKey);
        captionParams = List.copyOf(captionParams);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": a row of " + row.size() + " cells under "
                        + columns.size() + " columns");
            }
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    // for Expression Language, which cannot read record components
    public String getId() {
        return id;
    }

    public String getCaptionKey() {
        return captionKey;
    }

    public List<Column> getColumns() {
        return columns;
    }

    public List<List<String>> getRows() {
        return rows;
    }

    /** For the view's caption: the parameters as an array, since h:outputFormat takes them one by one. */
    public String captionParam(int index) {
        return index < captionParams.size() ? captionParams.get(index) : "";
    }
}
