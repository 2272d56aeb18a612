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
import kr.maskportal.seller.entity.SellerType;

/**
 * Reads a seller file in the column layout of the 2020 feed's store list ({@code addr,code,latitude,longitude,
 * name,type}, in any order) and checks every record. A bad record never stops the reading: it is skipped or kept
 * in part, and a {@link SellerFileProblem} says which and why.
 */
public final class SellerFileReader {

    /** The widths of the seller table's columns. */
    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 300;

    /** Generous box around the mainland, Jeju, Ulleung and Dokdo; anything outside is a typo or a swap. */
    static final double MIN_LATITUDE = 33;
    static final double MAX_LATITUDE = 39;
    static final double MIN_LONGITUDE = 124;
    static final double MAX_LONGITUDE = 132;

    private static final Pattern CODE = Pattern.compile("[0-9]{8,10}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,3}(\\.[0-9]{1,15})?");
    private static final Pattern EDGE_COMMAS = Pattern.compile("^[\\s,]+|[\\s,]+$");

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

    private static void readRecord(CsvRecord record, Map<Column, Integer> columns, Set<String> codesSeen,
                                   List<SellerRow> rows, List<SellerFileProblem> problems) {
        List<String> fields = record.fields();
        String code = foldWhitespace(fields.get(columns.get(Column.CODE)));
        String name = foldWhitespace(fields.get(columns.get(Column.NAME)));
        String typeCode = foldWhitespace(fields.get(columns.get(Column.TYPE)));
        String address = cleanAddress(fields.get(columns.get(Column.ADDRESS)));

        SellerFileProblemReason rejection = null;
        Optional<SellerType> type = SellerType.fromCode(typeCode.length() == 1 ? "0" + typeCode : typeCode);
        if (code.isEmpty()) {
            rejection = SellerFileProblemReason.MISSING_CODE;
        } else if (!CODE.matcher(code).matches()) {
            rejection = SellerFileProblemReason.BAD_CODE;
        } else if (name.isEmpty()) {
            rejection = SellerFileProblemReason.MISSING_NAME;
        } else if (name.length() > MAX_NAME) {
            rejection = SellerFileProblemReason.NAME_TOO_LONG;
        } else if (typeCode.isEmpty()) {
            rejection = SellerFileProblemReason.MISSING_TYPE;
        } else if (type.isEmpty()) {
            rejection = SellerFileProblemReason.BAD_TYPE;
        } else if (address.isEmpty()) {
            rejection = SellerFileProblemReason.MISSING_ADDRESS;
        } else if (address.length() > MAX_ADDRESS) {
            rejection = SellerFileProblemReason.ADDRESS_TOO_LONG;
        } else if (codesSeen.contains(code)) {
            rejection = SellerFileProblemReason.DUPLICATE_CODE;
        }
        if (rejection != null) {
            problems.add(skipped(record, rejection));
            return;
        }

        GeoPoint location = null;
        if (columns.containsKey(Column.LATITUDE)) {
            String latitude = foldWhitespace(fields.get(columns.get(Column.LATITUDE)));
            String longitude = foldWhitespace(fields.get(columns.get(Column.LONGITUDE)));
            if (!latitude.isEmpty() || !longitude.isEmpty()) {
                Optional<GeoPoint> point = parsePoint(latitude, longitude);
                if (point.isEmpty()) {
                    problems.add(kept(record, SellerFileProblemReason.BAD_COORDINATES));
                } else if (!insideKorea(point.get())) {
                    problems.add(kept(record, SellerFileProblemReason.COORDINATES_OUTSIDE_KOREA));
                } else {
                    location = point.get();
                }
            }
        }
        codesSeen.add(code);
        rows.add(new SellerRow(record.lineNumber(), code, name, type.get(), address, location));
    }

    /**
     * Addresses in the feed carry stray quotes, trailing commas ({@code "상촌로 12-1,"}), runs of blanks and no-break
     * spaces; none of it means anything, and all of it would defeat matching and display.
     */
    static String cleanAddress(String raw) {
        String text = raw.replace("\"", "");
        text = foldWhitespace(text);
        return EDGE_COMMAS.matcher(text).replaceAll("");
    }

    private static String foldWhitespace(String text) {
        return AddressTokens.BLANKS.matcher(text).replaceAll(" ").strip();
    }

    private static Optional<GeoPoint> parsePoint(String latitude, String longitude) {
        // plain decimals only: Double.parseDouble would also take "NaN", "1e2" or "36.5d"
        if (!DECIMAL.matcher(latitude).matches() || !DECIMAL.matcher(longitude).matches()) {
            return Optional.empty();
        }
        return Optional.of(new GeoPoint(Double.parseDouble(latitude), Double.parseDouble(longitude)));
    }

    private static boolean insideKorea(GeoPoint p) {
        return p.latitude() >= MIN_LATITUDE && p.latitude() <= MAX_LATITUDE
                && p.longitude() >= MIN_LONGITUDE && p.longitude() <= MAX_LONGITUDE;
    }

    private static SellerFileProblem skipped(CsvRecord record, SellerFileProblemReason reason) {
        return new SellerFileProblem(record.lineNumber(), reason, record.rawText(), true);
    }

    private static SellerFileProblem kept(CsvRecord record, SellerFileProblemReason reason) {
        return new SellerFileProblem(record.lineNumber(), reason, record.rawText(), false);
    }
}
