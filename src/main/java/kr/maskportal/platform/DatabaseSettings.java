package kr.maskportal.platform;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the portal's database is, read once from MicroProfile Config ({@code portal.db.url}, {@code portal.db.user},
 * {@code portal.db.password}, i.e. PORTAL_DB_URL and friends). Shared by the data source, which picks its driver from
 * the URL, and by start-up code that must behave differently on the embedded demo database than on MySQL.
 */
public final class DatabaseSettings {

    static final String EMBEDDED_URL = "jdbc:h2:file:${user.home}/.mask-stock-portal/portal;MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE";

    private final String url;
    private final String user;
    private final String password;

    DatabaseSettings(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static DatabaseSettings fromConfig() {
        Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
        String url = config.getOptionalValue("portal.db.url", String.class)
                .orElse(EMBEDDED_URL.replace("${user.home}", System.getProperty("user.home")));
        String user = config.getOptionalValue("portal.db.user", String.class).orElse(isEmbedded(url) ? "sa" : "");
        String password = config.getOptionalValue("portal.db.password", String.class).orElse("");
        return new DatabaseSettings(url, user, password);
    }

    /** The H2 database of the one-command demo (the default), as opposed to a MySQL or MariaDB server. */
    public boolean isEmbedded() {
        return isEmbedded(url);
    }

    private static boolean isEmbedded(String url) {
        return url.startsWith("jdbc:h2:");
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }
}
