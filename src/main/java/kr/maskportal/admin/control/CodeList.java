package kr.maskportal.admin.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Seller or district codes as an administrator types or pastes them: separated by spaces, commas, semicolons or
 * line breaks (a column copied from a spreadsheet, a list from an e-mail). Each code once, in the order typed.
 */
public final class CodeList {

    /** No pharmacist keeps more sellers, no official more districts (there are about 250); a paste gone wrong does. */
    public static final int MAX_CODES = 300;
    /** How many unrecognised codes an error message names, and how much of each. */
    static final int SHOWN_CODES = 20;
    static final int SHOWN_LENGTH = 20;

    /** Blanks of every kind (no-break and ideographic spaces too) and the commas Korean text uses. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000,;，、；]+");

    private CodeList() {
    }

    public static Set<String> parse(String typed) {
        Set<String> codes = new LinkedHashSet<>();
        if (typed == null) {
            return codes;
        }
        for (String code : SEPARATORS.split(typed.strip())) {
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return codes;
    }

    /**
     * The codes for a message that names them: the first {@value #SHOWN_CODES}, each cut short when absurdly long,
     * so that a pasted page does not become the message.
     */
    public static String shown(List<String> codes) {
        List<String> shown = codes.stream().limit(SHOWN_CODES).map(CodeList::shortened).toList();
        return String.join(", ", shown) + (codes.size() > SHOWN_CODES ? ", …" : "");
    }

    private static String shortened(String code) {
        if (code.codePointCount(0, code.length()) <= SHOWN_LENGTH) {
            return code;
        }
        return code.substring(0, code.offsetByCodePoints(0, SHOWN_LENGTH)) + "…";
    }
}
