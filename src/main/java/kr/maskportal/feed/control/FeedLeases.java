package kr.maskportal.feed.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The feed lease's row (V012): {@link FeedLease}'s rule as one conditional UPDATE, so that of two instances trying at
 * the same moment the database lets exactly one through.
 */
@ApplicationScoped
public class FeedLeases {

    static final String FEED = "feed";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Takes or renews the lease for {@code me}; whether {@code me} holds it now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeOrRenew(String me, Instant now) {
        FeedLease mine = FeedLease.NOBODY.takenBy(me, now);
        int updated = em.createNativeQuery("UPDATE feed_lease SET holder = ?1, expires_at = ?2 "
                        + "WHERE name = ?3 AND (holder = ?1 OR expires_at <= ?4)")
                .setParameter(1, me).setParameter(2, utc(mine.expiresAt())).setParameter(3, FEED)
                .setParameter(4, utc(now)).executeUpdate();
        return updated == 1;
    }

    /** Lets the lease go if {@code me} holds it, so that another instance takes it at its next tick. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String me) {
        em.createNativeQuery("UPDATE feed_lease SET expires_at = ?1 WHERE name = ?2 AND holder = ?3")
                .setParameter(1, utc(Instant.EPOCH)).setParameter(2, FEED)
                .setParameter(3, me).executeUpdate();
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
