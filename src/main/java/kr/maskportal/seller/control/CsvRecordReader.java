package kr.maskportal.seller.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits RFC 4180 CSV text into records: quoted fields may hold commas, doubled quotes and line breaks.
 *
 * <p>Files in the wild break the rules, so the reader is lenient where it can be and never gives up: a quote
 * that is opened and never closed would otherwise swallow the rest of the file. When a record that spans lines
 * turns out broken (the file ends inside quotes, text follows a closing quote, the field count differs from the
 * header's, or a quoted field runs on for more than {@value #MAX_LINES_PER_RECORD} lines), only its first line
 * is returned, marked badly quoted, and reading resumes on the next line. Also reads administrators' account files
 * (bulkaccount).
 */
public final class CsvRecordReader {

    /** No real address spans this many lines; a quote still open by then was never meant to be closed. */
    static final int MAX_LINES_PER_RECORD = 20;

    private final BufferedReader in;
    /** Lines read ahead and handed back after a broken multi-line record, with their line numbers. */
    private final Deque<NumberedLine> pushedBack = new ArrayDeque<>();
    private int lastLineNumber;
    private boolean firstLine = true;
    private int expectedFieldCount = -1;

    public CsvRecordReader(Reader reader) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    }

    /** Once the header is known, a record spanning lines with another field count is treated as broken. */
    public void expectFieldCount(int count) {
        this.expectedFieldCount = count;
    }

    /** The next record, or null at the end of the input. Blank lines between records are skipped. */
    public CsvRecord next() throws IOException {
        NumberedLine first;
        do {
            first = nextLine();
            if (first == null) {
                return null;
            }
        } while (first.text().isBlank());

        List<NumberedLine> consumed = new ArrayList<>();
        consumed.add(first);
        var fields = new FieldSplitter();
        fields.feed(first.text());
        while (fields.inQuotes() && consumed.size() < MAX_LINES_PER_RECORD) {
            NumberedLine more = nextLine();
            if (more == null) {
                break;
            }
            consumed.add(more);
            fields.feedContinuation(more.text());
        }

        boolean spansLines = consumed.size() > 1;
        boolean broken = fields.inQuotes()
                || (spansLines && fields.textAfterClosingQuote())
                || (spansLines && expectedFieldCount >= 0 && fields.fields().size() != expectedFieldCount);
        if (!broken) {
            return new CsvRecord(first.number(), fields.fields(), joined(consumed), true);
        }
        for (int i = consumed.size() - 1; i >= 1; i--) {
            pushedBack.push(consumed.get(i));
        }
        return new CsvRecord(first.number(), List.of(), first.text(), false);
    }

    private NumberedLine nextLine() throws IOException {
        if (!pushedBack.isEmpty()) {
            return pushedBack.pop();
        }
        String text = in.readLine();
        if (text == null) {
            return null;
        }
        if (firstLine) {
            firstLine = false;
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
        }
        lastLineNumber++;
        return new NumberedLine(lastLineNumber, text);
    }

    private static String joined(List<NumberedLine> lines) {
        if (lines.size() == 1) {
            return lines.get(0).text();
        }
        var text = new StringBuilder();
        for (NumberedLine line : lines) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(line.text());
        }
        return text.toString();
    }

    private record NumberedLine(int number, String text) {
    }

    /** Splits one record line by line, so that a field running over a line break costs no re-reading. */
    private static final class FieldSplitter {
        private final List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private boolean inQuotes;
        private boolean fieldStart = true;
        private boolean textAfterClosingQuote;

        void feed(String line) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (inQuotes) {
                    if (c != '"') {
                        field.append(c);
                    } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                        if (i + 1 < line.length() && line.charAt(i + 1) != ',') {
                            // "abc"def: keep the text, quote included; on a single line the record survives
                            textAfterClosingQuote = true;
                            field.append('"');
                        }
                    }
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStart = true;
                    continue;
                } else if (c == '"' && fieldStart) {
                    inQuotes = true;
                } else {
                    field.append(c);
                }
                fieldStart = false;
            }
        }

        void feedContinuation(String line) {
            field.append('\n');
            feed(line);
        }

        boolean inQuotes() {
            return inQuotes;
        }

        boolean textAfterClosingQuote() {
            return textAfterClosingQuote;
        }

        List<String> fields() {
            List<String> all = new ArrayList<>(fields);
            all.add(field.toString());
            return all;
        }
    }
}
