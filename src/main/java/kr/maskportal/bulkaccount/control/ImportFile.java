package kr.maskportal.bulkaccount.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kr.maskportal.seller.control.CsvRecord;
import kr.maskportal.seller.control.CsvRecordReader;

/**
 * Reads an administrator's account file: CSV in UTF-8 (with or without a byte order mark, as Excel writes it), a
 * header row, then one row per account: seller code, login, contact. Quoted fields may hold commas and quotes.
 * Bytes that are not UTF-8 refuse the whole file rather than turn into look-alike logins.
 */
public final class ImportFile {

    /** About 80,000 rows of this width: room for every seller of 2020 and then some. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    /** 2020 had about 26,300 sellers (pharmacies, post offices, Nonghyup marts). */
    public static final int MAX_ROWS = 30_000;
    static final int COLUMNS = 3;

    private ImportFile() {
    }

    public static ParsedFile read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return ParsedFile.refused(UploadProblem.MISSING);
        }
        if (bytes.length > MAX_BYTES) {
            return ParsedFile.refused(UploadProblem.TOO_BIG);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return ParsedFile.refused(UploadProblem.NOT_UTF8);
        }
        try {
            return read(new CsvRecordReader(new StringReader(text)));
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to read", e);
        }
    }

    private static ParsedFile read(CsvRecordReader reader) throws IOException {
        CsvRecord header = reader.next();
        if (header == null || header.fields().size() != COLUMNS || looksLikeData(header)) {
            return ParsedFile.refused(UploadProblem.NO_HEADER);
        }
        reader.expectFieldCount(COLUMNS);
        List<ImportRow> rows = new ArrayList<>();
        List<RowIssue> unreadable = new ArrayList<>();
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
            if (rows.size() + unreadable.size() >= MAX_ROWS) {
                return ParsedFile.refused(UploadProblem.TOO_MANY_ROWS);
            }
            if (!record.wellQuoted() || record.fields().size() != COLUMNS) {
                unreadable.add(new RowIssue(record.lineNumber(), List.of(new RowIssue.Reason(RowProblem.UNREADABLE,
                        Integer.toString(record.wellQuoted() ? record.fields().size() : 0)))));
                continue;
            }
            List<String> fields = record.fields();
            rows.add(new ImportRow(record.lineNumber(), fields.get(0).strip(), fields.get(1).strip(),
                    fields.get(2).strip()));
        }
        if (rows.isEmpty() && unreadable.isEmpty()) {
            return ParsedFile.refused(UploadProblem.NO_ROWS);
        }
        return new ParsedFile(rows, unreadable, null);
    }

    /** A first row starting with a seller code is an account, not a header: the file lacks its header. */
    private static boolean looksLikeData(CsvRecord header) {
        return header.fields().get(0).strip().matches("[0-9]{8}");
    }
}
