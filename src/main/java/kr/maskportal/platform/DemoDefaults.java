package kr.maskportal.platform;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The one-command demo's settings, in force only when no database is configured (the embedded default): the
 * portal replays a sales day of March 2020 from the feed replay it serves itself, at ten times real speed. Any
 * setting given in the environment or as a system property wins, since this source has the lowest ordinal.
 */
public class DemoDefaults implements ConfigSource {

    static final Map<String, String> DEMO = Map.of(
            "portal.clock.start", "2020-03-11T10:00+09:00",
            "portal.clock.speed", "10",
            "portal.feed.url", "http://127.0.0.1:8080/replay",
            "portal.feed.interval", "10",
            "portal.feed.replay.enabled", "true");

    private final Map<String, String> properties = isEmbeddedDefault() ? DEMO : Map.of();

    /**
     * The same question as {@link DatabaseSettings#isEmbedded()}, asked of the environment and system properties
     * directly: a config source cannot consult the configuration it is part of.
     */
    static boolean isEmbeddedDefault() {
        String url = System.getProperty("portal.db.url", System.getenv("PORTAL_DB_URL"));
        return url == null || url.isBlank() || url.startsWith("jdbc:h2:");
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String name) {
        return properties.get(name);
    }

    @Override
    public String getName() {
        return "mask-portal-demo-defaults";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
