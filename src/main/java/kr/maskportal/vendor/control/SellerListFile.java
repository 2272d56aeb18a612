package kr.maskportal.vendor.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A vendor's seller list as uploaded: a CSV file (or a column pasted from a spreadsheet) whose first field on each
 * line is a seller code; further fields (a name, an address) are the vendor's own notes and ignored. A first line
 * without a digit in its first field is a header. Pure: which codes name real sellers is asked of the database
 * afterwards ({@link SellerListPreview}). Line numbers count every line, the header and blank ones included, as an
 * editor shows them.
 */
public final class SellerListFile {

    /** More than the 25,439 sellers of March 2020: a list longer than this is not a vendor's list. */
    public static final int MAX_ROWS = 30_000;
    /** 30,000 lines of a code and a long name each. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** How much of a wrong line the preview shows. */
    static final int SHOWN_LENGTH = 60;

    /** A seller code of the feed: 8 to 10 digits (as {@code SellerFieldRules} has it). */
    private static final Pattern CODE = Pattern.compile("[0-9]{8,10}");
    private static final Pattern DIGITS_ONLY = Pattern.compile("[0-9]+");
    private static final Pattern FIELD_END = Pattern.compile("[,;\\t]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    /** Why a line is not bound. */
    public enum Reason {
        BAD_CHARACTERS,
        WRONG_LENGTH,
        DUPLICATE,
        UNKNOWN_SELLER
    }

    /** A line that names a code in the form of a seller code, for the first time. */
    public record Candidate(int line, String code) {
    }

    /** A line that is not bound: the line as read (cut short), why, and for a duplicate the line it repeats. */
    public record Refused(int line, String text, Reason reason, Integer firstLine) {
    }

    /** The file could not be read as a list at all; nothing of it is shown. */
    public static final class Unreadable extends Exception {

        public enum Why {
            EMPTY,
            TOO_LARGE,
            TOO_MANY_ROWS,
            NOT_TEXT
        }

        private final Why why;

        Unreadable(Why why) {
            super(why.name(), null, false, false);
            this.why = why;
        }

        public Why why() {
            return why;
        }
    }

    private final List<Candidate> candidates;
    private final List<Refused> refused;

    private SellerListFile(List<Candidate> candidates, List<Refused> refused) {
        this.candidates = List.copyOf(candidates);
        this.refused = List.copyOf(refused);
    }

    /**
     * Reads the file: UTF-8, with or without a byte order mark.
     *
     * @throws Unreadable when it is empty, too large, has too many rows or is not UTF-8 text
     */
    public static SellerListFile read(byte[] bytes) throws Unreadable {
        if (bytes == null || bytes.length == 0) {
            throw new Unreadable(Unreadable.Why.EMPTY);
        }
        if (bytes.length > MAX_BYTES) {
            throw new Unreadable(Unreadable.Why.TOO_LARGE);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable(Unreadable.Why.NOT_TEXT);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = LINE_BREAK.split(text, -1);
        long rows = java.util.Arrays.stream(lines).filter(l -> !l.isBlank()).count();
        if (rows == 0) {
            throw new Unreadable(Unreadable.Why.EMPTY);
        }
        if (rows > MAX_ROWS + 1) {
            throw new Unreadable(Unreadable.Why.TOO_MANY_ROWS);
        }
        return parse(lines);
    }

    private static SellerListFile parse(String[] lines) throws Unreadable {
        List<Candidate> candidates = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        Map<String, Integer> firstLines = new LinkedHashMap<>();
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int number = i + 1;
            String code = firstField(line);
            if (first && code.chars().noneMatch(Character::isDigit)) {
                first = false;
                continue;
            }
            first = false;
            if (!DIGITS_ONLY.matcher(code).matches()) {
                refused.add(new Refused(number, shown(line), Reason.BAD_CHARACTERS, null));
            } else if (!CODE.matcher(code).matches()) {
                refused.add(new Refused(number, shown(line), Reason.WRONG_LENGTH, null));
            } else if (firstLines.containsKey(code)) {
                refused.add(new Refused(number, shown(line), Reason.DUPLICATE, firstLines.get(code)));
            } else {
                firstLines.put(code, number);
                candidates.add(new Candidate(number, code));
            }
        }
        if (candidates.size() > MAX_ROWS) {
            throw new Unreadable(Unreadable.Why.TOO_MANY_ROWS);
        }
        return new SellerListFile(candidates, refused);
    }

    /** The first field, without the blanks and quotes a spreadsheet puts around it. */
    static String firstField(String line) {
        String field = FIELD_END.split(line, 2)[0].strip();
        if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
            field = field.substring(1, field.length() - 1).strip();
        }
        return field;
    }

    private static String shown(String line) {
        String clean = line.strip().replaceAll("\\p{Cntrl}", "?");
        return clean.codePointCount(0, clean.length()) <= SHOWN_LENGTH ? clean
                : clean.substring(0, clean.offsetByCodePoints(0, SHOWN_LENGTH)) + "…";
    }

    /** The lines naming a code of the right form for the first time, in the file's order. */
    public List<Candidate> candidates() {
        return candidates;
    }

    /** The lines refused by their form alone, in the file's order. */
    public List<Refused> refused() {
        return refused;
    }
}
