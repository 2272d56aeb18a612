package kr.maskportal.seller.boundary;

/**
 * The same place in the other version of the residents' pages: the ordinary ones ({@code /district/11440}) and the
 * easy ones ({@code /easy/district/11440}), so a resident who switches keeps the district or seller they were
 * reading. Addresses are without the language prefix, as the public pages' filter records them; the ordinary
 * pages' sort and filter and the easy pages' page number are left behind, since the other version has none of them.
 */
public final class EasyAddress {

    static final String EASY = "/easy";

    private EasyAddress() {
    }

    /** The easy page for an ordinary address; the easy home page for anything else (an error page has none). */
    public static String easyOf(String address) {
        String path = withoutQuery(address);
        if (path.startsWith("/province/") || path.startsWith("/district/") || path.startsWith("/seller/")) {
            return EASY + path;
        }
        return EASY;
    }

    /** The ordinary page for an easy address; the home page for anything else. */
    public static String ordinaryOf(String address) {
        String path = withoutQuery(address);
        if (path.startsWith(EASY + "/") && path.length() > EASY.length() + 1) {
            return path.substring(EASY.length());
        }
        return "/";
    }

    private static String withoutQuery(String address) {
        if (address == null) {
            return "";
        }
        int query = address.indexOf('?');
        return query < 0 ? address : address.substring(0, query);
    }
}
