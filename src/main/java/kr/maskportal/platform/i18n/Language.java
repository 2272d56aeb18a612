package kr.maskportal.platform.i18n;

import java.util.Locale;

/**
 * The languages of the residents' pages. Korean lives at the plain addresses; English at the same addresses under
 * {@code /en}, so the choice is remembered by every link on the page and needs neither a session nor a cookie, and
 * each language's page is cached on its own.
 */
public enum Language {
    KO(Locale.KOREAN, ""),
    EN(Locale.ENGLISH, "/en");

    /** The request attribute the public pages' filter sets for the views it forwards to. */
    public static final String ATTRIBUTE = Language.class.getName();

    private final Locale locale;
    private final String prefix;

    Language(Locale locale, String prefix) {
        this.locale = locale;
        this.prefix = prefix;
    }

    /** The language an address asks for: English under {@code /en}, Korean everywhere else. */
    public static Language ofPath(String path) {
        return path.equals(EN.prefix) || path.startsWith(EN.prefix + "/") ? EN : KO;
    }

    /** The address without this language's prefix: {@code /en/district/11440} → {@code /district/11440}. */
    public String unprefixed(String path) {
        String rest = path.substring(prefix.length());
        return rest.isEmpty() ? "/" : rest;
    }

    public String prefix() {
        return prefix;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The language a page offers to switch to. */
    public Language other() {
        return this == KO ? EN : KO;
    }
}
