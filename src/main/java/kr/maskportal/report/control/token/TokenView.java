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
    private final String expiresAt;
    private final boolean working;

    private TokenView(long id, String name, String createdAt, String lastUsedAt, String revokedAt, String expiresAt,
            boolean working) {
        this.id = id;
        this.name = name;
        this.createdAt = createdAt;
        this.lastUsedAt = lastUsedAt;
        this.revokedAt = revokedAt;
        this.expiresAt = expiresAt;
        this.working = working;
    }

    static TokenView of(ApiToken token, Instant now) {
        return new TokenView(token.getId(), token.getName(), format(token.getCreatedAt()),
                format(token.getLastUsedAt()), format(token.getRevokedAt()), format(token.getExpiresAt()),
                token.worksAt(now));
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

    /** Null unless it was rotated: when it stops (or stopped) working. */
    public String getExpiresAt() {
        return expiresAt;
    }

    /** Neither revoked nor past the end of a rotation's overlap. */
    public boolean isActive() {
        return working;
    }

    /** Rotated and still working beside its successor. */
    public boolean isRetiring() {
        return working && expiresAt != null;
    }
}
