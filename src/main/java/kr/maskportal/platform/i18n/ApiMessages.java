package kr.maskportal.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the APIs' errors (the point-of-sale API, the corrected feed), from the portal's bundle: Korean, or
 * English when the client prefers it. The error codes are the contract; the words are for the person reading a
 * program's log.
 */
public final class ApiMessages {

    private static final String BUNDLE = "kr.maskportal.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ApiMessages() {
    }

    /** The first of the client's languages the portal speaks; Korean when it names none of them. */
    public static Locale localeFor(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if (locale.getLanguage().equals("ko")) {
                return Locale.KOREAN;
            }
            if (locale.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.KOREAN;
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
