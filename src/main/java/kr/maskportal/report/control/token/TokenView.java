package kr.maskportal.report.control.token;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.report.entity.ApiToken;

/** A token as its owner's page lists it: name and times in Korea time, never its hash. */
public final class TokenView {

    private static final DateTimeFormatter KOREA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Korea.ZONE);

    private final long id;
    private final String name;
    private final String createdAt;
    private final String lastUsedAt;
    private final String revokedAt;

    private TokenView(long id, String name, String createdAt, String lastUsedAt, String revokedAt) {
        this.id = id;
        this.name = name;
        this.createdAt = createdAt;
        this.lastUsedAt = lastUsedAt;
        this.revokedAt = revokedAt;
    }

    static TokenView of(ApiToken token) {
        return new TokenView(token.getId(), token.getName(), format(token.getCreatedAt()),
                format(token.getLastUsedAt()), format(token.getRevokedAt()));
    }

    private static String format(Instant at) {
        return at == null ? null : KOREA_TIME.format(at);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    /** Null while it has never been used. */
    public String getLastUsedAt() {
        return lastUsedAt;
    }

    /** Null while it works. */
    public String getRevokedAt() {
        return revokedAt;
    }

    public boolean isActive() {
        return revokedAt == null;
    }
}
