package kr.maskportal.seller.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a seller file in the column layout of the 2020 feed's store list ({@code addr,code,latitude,longitude,
 * name,type}, in any order) and checks every record. A bad record never stops the reading: it is skipped or kept
 * in part, and a {@link SellerFileProblem} says which and why.
 */
public final class SellerFileReader {

    /** A plain decimal: Double.parseDouble would also take "NaN", "1e2" or "36.5d". */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,3}(\\.[0-9]{1,15})?");

    /** The feed's own names for the columns are accepted too, as a file may come straight from the API. */
    private static final Map<String, Column> HEADER_NAMES = Map.of(
            "addr", Column.ADDRESS, "address", Column.ADDRESS,
            "code", Column.CODE,
            "latitude", Column.LATITUDE, "lat", Column.LATITUDE,
            "longitude", Column.LONGITUDE, "lng", Column.LONGITUDE,
            "name", Column.NAME,
            "type", Column.TYPE);

    private enum Column { ADDRESS, CODE, LATITUDE, LONGITUDE, NAME, TYPE }

    /** Reads UTF-8 text, with or without a byte order mark. The stream is read to its end but not closed. */
    public SellerFileContents read(InputStream in) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return read(new CsvRecordReader(new InputStreamReader(in, decoder)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SellerFileContents read(CsvRecordReader records) throws IOException {
        List<SellerRow> rows = new ArrayList<>();
        List<SellerFileProblem> problems = new ArrayList<>();

        CsvRecord header = records.next();
        Map<Column, Integer> columns = header == null ? Map.of() : columns(header.fields());
        if (header == null || !columns.keySet().containsAll(
                Set.of(Column.ADDRESS, Column.CODE, Column.NAME, Column.TYPE))
                || columns.containsKey(Column.LATITUDE) != columns.containsKey(Column.LONGITUDE)) {
            problems.add(new SellerFileProblem(header == null ? 1 : header.lineNumber(),
                    SellerFileProblemReason.MISSING_HEADER_COLUMN, header == null ? "" : header.rawText(), true));
            return new SellerFileContents(rows, problems);
        }
        int width = header.fields().size();
        records.expectFieldCount(width);

        Set<String> codesSeen = new HashSet<>();
        for (CsvRecord record = records.next(); record != null; record = records.next()) {
            if (!record.wellQuoted()) {
                problems.add(skipped(record, SellerFileProblemReason.BROKEN_QUOTING));
            } else if (record.fields().size() != width) {
                problems.add(skipped(record, SellerFileProblemReason.WRONG_COLUMN_COUNT));
            } else {
                readRecord(record, columns, codesSeen, rows, problems);
            }
        }
        return new SellerFileContents(rows, problems);
    }

    private static Map<Column, Integer> columns(List<String> headerFields) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int i = 0; i < headerFields.size(); i++) {
            Column column = HEADER_NAMES.get(headerFields.get(i).strip().toLowerCase(Locale.ROOT));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    /** Every field is taken folded ({@link SellerFieldRules#fold}); one that folds to nothing is missing. */
    private static void readRecord(CsvRecord record, Map<Column, Integer> columns, Set<String> codesSeen,
                                   List<SellerRow> rows, List<SellerFileProblem> problems) {
        List<String> fields = record.fields();
        String code = SellerFieldRules.fold(fields.get(columns.get(Column.CODE)));
        String name = SellerFieldRules.fold(fields.get(columns.get(Column.NAME)));
        String typeCode = SellerFieldRules.fold(fields.get(columns.get(Column.TYPE)));
        String address = SellerFieldRules.cleanAddress(fields.get(columns.get(Column.ADDRESS)));
        Optional<SellerFieldProblem> rejection =
                SellerFieldRules.rejection(code, name, typeCode, address, codesSeen);
        if (rejection.isPresent()) {
            problems.add(skipped(record, reason(rejection.get())));
            return;
        }

        GeoPoint location = null;
        if (columns.containsKey(Column.LATITUDE)) {
            location = SellerFieldRules.location(
                    SellerFieldRules.fold(fields.get(columns.get(Column.LATITUDE))),
                    SellerFieldRules.fold(fields.get(columns.get(Column.LONGITUDE))),
                    SellerFileReader::degrees, problem -> problems.add(kept(record, reason(problem))));
        }
        codesSeen.add(code);
        rows.add(new SellerRow(record.lineNumber(), code, name, SellerFieldRules.type(typeCode).orElseThrow(),
                address, location));
    }

    private static Double degrees(String text) {
        return DECIMAL.matcher(text).matches() ? Double.parseDouble(text) : null;
    }

    /** The file's reason of the same name. */
    static SellerFileProblemReason reason(SellerFieldProblem problem) {
        return SellerFileProblemReason.valueOf(problem.name());
    }

    private static SellerFileProblem skipped(CsvRecord record, SellerFileProblemReason reason) {
        return new SellerFileProblem(record.lineNumber(), reason, record.rawText(), true);
    }

    private static SellerFileProblem kept(CsvRecord record, SellerFileProblemReason reason) {
        return new SellerFileProblem(record.lineNumber(), reason, record.rawText(), false);
    }
}
