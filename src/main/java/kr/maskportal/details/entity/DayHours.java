package kr.maskportal.details.entity;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One day's hours: closed, or open from {@code opens} to {@code closes} ({@code HH:mm}, Korea time), closing after
 * opening on the same day. A pharmacy open past midnight gives {@code 24:00} and the early hours on the next day:
 * hours that wrap round midnight would be read wrongly on a large-print page as often as they are typed wrongly.
 *
 * @param opens  null when closed
 * @param closes null when closed; {@code 24:00} is midnight
 */
public record DayHours(String opens, String closes) {

    public static final DayHours CLOSED = new DayHours(null, null);
    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3])[:.]?([0-5][0-9])");
    private static final String MIDNIGHT = "24:00";

    public DayHours {
        if ((opens == null) != (closes == null)) {
            throw new IllegalArgumentException("both times or neither");
        }
        if (opens != null && closes.compareTo(opens) <= 0) {
            throw new IllegalArgumentException("closes " + closes + " not after opens " + opens);
        }
    }

    public static DayHours open(String opens, String closes) {
        return new DayHours(Objects.requireNonNull(opens), Objects.requireNonNull(closes));
    }

    public boolean closed() {
        return opens == null;
    }

    /**
     * A time of day as typed ({@code 9:00}, {@code 09:00}, {@code 0900}, {@code 9.00}) in the stored form
     * {@code HH:mm}; null when it is none. {@code 24:00} only as a closing time.
     */
    static String time(String typed, boolean closing) {
        String text = typed.strip();
        if (closing && (text.equals(MIDNIGHT) || text.equals("2400") || text.equals("24.00"))) {
            return MIDNIGHT;
        }
        Matcher time = TIME.matcher(text);
        if (!time.matches()) {
            return null;
        }
        return String.format("%02d:%s", Integer.parseInt(time.group(1)), time.group(2));
    }
}
