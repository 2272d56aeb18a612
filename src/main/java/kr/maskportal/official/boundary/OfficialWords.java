package kr.maskportal.official.boundary;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Words from the message bundle for what a report builds in Java (chart labels, table cells and captions, CSV
 * headers), in Korean like every staff page ({@code staff.xhtml} fixes the locale). Not the view root's locale: a
 * view action and an export run before the view, and with it its locale, is built, so a browser asking for English
 * would otherwise get English cells on a Korean page.
 */
final class OfficialWords {

    static final Locale STAFF_LOCALE = Locale.KOREAN;
    private static final String BUNDLE = "kr.maskportal.i18n.messages";

    private OfficialWords() {
    }

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, STAFF_LOCALE, OfficialWords.class.getClassLoader());
    }

    static String text(String key, Object... params) {
        String pattern = bundle().getString(key);
        return params.length == 0 ? pattern : new MessageFormat(pattern, STAFF_LOCALE).format(params);
    }
}
