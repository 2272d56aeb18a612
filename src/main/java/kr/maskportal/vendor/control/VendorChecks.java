package kr.maskportal.vendor.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kr.maskportal.vendor.entity.Vendor;

/**
 * The rules of the vendor form, without the database: name and contact are one line each (they show in one-line
 * places, logs included), trimmed, neither empty nor longer than the table keeps. Every problem is named at once.
 */
public final class VendorChecks {

    public enum Field {
        NAME,
        CONTACT
    }

    /** A problem by a field: the message key's last part and the limit it is about, if any. */
    public record Problem(Field field, String reason, Integer limit) {

        public String messageKey() {
            return "admin.vendors.error." + field.name() + "." + reason;
        }
    }

    private static final Pattern BAD_CHARACTERS = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\p{Cn}\\p{Cs}]");

    private VendorChecks() {
    }

    public static List<Problem> check(String name, String contact) {
        List<Problem> problems = new ArrayList<>();
        line(Field.NAME, name, Vendor.MAX_NAME_LENGTH, problems);
        line(Field.CONTACT, contact, Vendor.MAX_CONTACT_LENGTH, problems);
        return problems;
    }

    private static void line(Field field, String typed, int most, List<Problem> problems) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            problems.add(new Problem(field, "MISSING", null));
        } else if (value.codePointCount(0, value.length()) > most) {
            problems.add(new Problem(field, "TOO_LONG", most));
        } else if (BAD_CHARACTERS.matcher(value).find()) {
            problems.add(new Problem(field, "BAD_CHARACTERS", null));
        }
    }
}
