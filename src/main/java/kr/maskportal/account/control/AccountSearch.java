package kr.maskportal.account.control;

import jakarta.persistence.Query;
import java.util.Locale;

/**
 * What an administrator typed to find accounts: part of a login or of a name, or a bound seller's code exactly.
 * Blank finds every account. Kept to the length of a login, and the LIKE wildcards typed are taken literally, so a
 * search of {@code %} finds logins with a {@code %} in them rather than everything.
 *
 * @param text the search, trimmed; empty for none
 */
public record AccountSearch(String text) {

    public static final int MAX_LENGTH = 64;
    private static final char ESCAPE = '!';

    public AccountSearch {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
    }

    public boolean isBlank() {
        return text.isEmpty();
    }

    /** The condition on {@code account a}, with positional parameters that {@link #bind} fills. */
    String where() {
        return isBlank() ? "1 = 1"
                : "(LOWER(a.login) LIKE ?1 ESCAPE '" + ESCAPE + "' OR LOWER(a.display_name) LIKE ?2 ESCAPE '" + ESCAPE
                        + "' OR EXISTS (SELECT 1 FROM account_seller s WHERE s.account_id = a.id AND s.seller_code = ?3))";
    }

    void bind(Query query) {
        if (!isBlank()) {
            String part = "%" + literal(text.toLowerCase(Locale.ROOT)) + "%";
            query.setParameter(1, part);
            query.setParameter(2, part);
            query.setParameter(3, text);
        }
    }

    static String literal(String text) {
        var escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
