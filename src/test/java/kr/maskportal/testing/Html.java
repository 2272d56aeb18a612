package kr.maskportal.testing;

import java.util.regex.Pattern;

/** What a test needs to find text in a page as the server writes it. */
public final class Html {

    private Html() {
    }

    /** Text as Faces escapes it into a page. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** How often a piece of markup stands in a page. */
    public static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
