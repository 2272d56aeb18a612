package kr.maskportal.vendor.control;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import kr.maskportal.platform.time.Korea;

/** A vendor as the administrators' pages list it, times in Korea time; never the managed entity. */
public final class VendorView {

    private static final DateTimeFormatter KOREA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Korea.ZONE);

    private final long id;
    private final String name;
    private final String contact;
    private final String createdAt;
    private final long sellers;
    private final long workingTokens;
    private final String lastUsedAt;

    VendorView(long id, String name, String contact, Instant createdAt, long sellers, long workingTokens,
            Instant lastUsedAt) {
        this.id = id;
        this.name = name;
        this.contact = contact;
        this.createdAt = KOREA_TIME.format(createdAt);
        this.sellers = sellers;
        this.workingTokens = workingTokens;
        this.lastUsedAt = lastUsedAt == null ? null : KOREA_TIME.format(lastUsedAt);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getContact() {
        return contact;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    /** How many sellers it may report for. */
    public long getSellers() {
        return sellers;
    }

    public long getWorkingTokens() {
        return workingTokens;
    }

    /** The last use of any of its tokens, to the minute; null while none was used. */
    public String getLastUsedAt() {
        return lastUsedAt;
    }
}
