package kr.maskportal.seller.control;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a resident typed into the search box, normalised: trimmed, runs of white space (tab and line break from a
 * paste, the ideographic space of a Korean keyboard) made one space, composed to NFC (a name typed on a system
 * that decomposes Hangul into jamo still matches). A query of one character finds too much to be any use, one of
 * more than 40 is not a name or an address, and control characters are never typed by a person: those are not run.
 *
 * @param text    the normalised query as typed, for echoing back (control characters left out)
 * @param terms   the words every hit must contain, folded like the sellers' names and addresses
 * @param problem why the query is not run, or null
 */
public record SearchQuery(String text, List<String> terms, SearchProblem problem) {

    public static final int SHORTEST = 2;
    public static final int LONGEST = 40;

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    public SearchQuery {
        terms = List.copyOf(terms);
    }

    /** From the {@code q} parameter; null (absent) is the empty query. */
    public static SearchQuery of(String typed) {
        String text = typed == null ? "" : WHITE_SPACE.matcher(Normalizer.normalize(typed, Normalizer.Form.NFC))
                .replaceAll(" ").strip();
        if (CONTROL.matcher(text).find()) {
            return new SearchQuery(CONTROL.matcher(text).replaceAll(""), List.of(), SearchProblem.CONTROL_CHARACTER);
        }
        int length = text.codePointCount(0, text.length());
        if (length == 0) {
            return new SearchQuery("", List.of(), null);
        }
        if (length < SHORTEST) {
            return new SearchQuery(text, List.of(), SearchProblem.TOO_SHORT);
        }
        if (length > LONGEST) {
            return new SearchQuery(text, List.of(), SearchProblem.TOO_LONG);
        }
        return new SearchQuery(text, List.of(fold(text).split(" ")), null);
    }

    /** Nothing typed: the page shows the search form and nothing else. */
    public boolean isEmpty() {
        return text.isEmpty() && problem == null;
    }

    /** A query that is searched for. */
    public boolean isRunnable() {
        return !terms.isEmpty();
    }

    /** The form both sides are compared in: composed, and Latin letters in lower case ("GS25" finds "gs25"). */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
