package kr.maskportal.feed.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.maskportal.feed.entity.FeedHistoryEntry;
import kr.maskportal.feed.entity.FeedRefreshRecord;
import kr.maskportal.platform.cluster.BoardChanged;
import kr.maskportal.stock.control.FeedEvidence;

/** The feed's history and refresh log in the database. */
@ApplicationScoped
public class FeedStore {

    public static final String ACCEPTED = "ACCEPTED";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Event<BoardChanged> changed;

    /** The changes of one refresh and its log line, together or not at all. */
    @Transactional
    public void record(List<FeedHistoryEntry> changes, FeedRefreshRecord refresh) {
        for (int i = 0; i < changes.size(); i++) {
            em.persist(changes.get(i));
            if (i % 1_000 == 999) {
                em.flush();
                em.clear();
            }
        }
        em.persist(refresh);
        changed.fire(new BoardChanged("feed"));
    }

    /** The refreshes logged after the one with id {@code after}, oldest first: what a following instance replays. */
    @Transactional
    public List<FeedRefreshRecord> refreshesAfter(long after) {
        List<FeedRefreshRecord> refreshes = em.createQuery("SELECT r FROM FeedRefreshRecord r WHERE r.id > :after "
                        + "ORDER BY r.id", FeedRefreshRecord.class)
                .setParameter("after", after).getResultList();
        em.clear();
        return refreshes;
    }

    /** The id of the newest refresh logged; 0 before the first. */
    @Transactional
    public long lastRefreshId() {
        Long last = em.createQuery("SELECT MAX(r.id) FROM FeedRefreshRecord r", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    /** Each seller's newest history row: what the feed last said, as the portal remembers it. */
    @Transactional
    public Map<String, FeedEvidence> latestEvidence() {
        List<FeedHistoryEntry> latest = em.createQuery(
                "SELECT h FROM FeedHistoryEntry h WHERE h.id IN "
                        + "(SELECT MAX(l.id) FROM FeedHistoryEntry l GROUP BY l.sellerCode)", FeedHistoryEntry.class)
                .getResultList();
        Map<String, FeedEvidence> evidence = new HashMap<>();
        for (FeedHistoryEntry entry : latest) {
            evidence.put(entry.getSellerCode(), evidence(entry));
        }
        em.clear();
        return evidence;
    }

    @Transactional
    public Optional<Instant> lastAcceptedAt(FeedEndpoint endpoint) {
        return em.createQuery("SELECT r FROM FeedRefreshRecord r "
                        + "WHERE r.endpoint = :endpoint AND r.outcome = :accepted ORDER BY r.id DESC", FeedRefreshRecord.class)
                .setParameter("endpoint", endpoint.name())
                .setParameter("accepted", ACCEPTED)
                .setMaxResults(1)
                .getResultList().stream().map(FeedRefreshRecord::getFinishedAt).findFirst();
    }

    /** One seller's feed changes since a moment, oldest first, each with when the portal saw it. */
    @Transactional
    public List<FeedEvidence> changesSince(String sellerCode, Instant since) {
        return em.createQuery("SELECT h FROM FeedHistoryEntry h WHERE h.sellerCode = :seller "
                        + "AND h.observedAt >= :since ORDER BY h.id", FeedHistoryEntry.class)
                .setParameter("seller", sellerCode).setParameter("since", since).getResultList().stream()
                .map(FeedStore::evidence)
                .toList();
    }

    /** The newest refreshes, for administrators. */
    @Transactional
    public List<FeedRefreshRecord> recentRefreshes(int howMany) {
        return em.createQuery("SELECT r FROM FeedRefreshRecord r ORDER BY r.id DESC", FeedRefreshRecord.class)
                .setMaxResults(howMany).getResultList();
    }

    private static FeedEvidence evidence(FeedHistoryEntry entry) {
        return new FeedEvidence(new FeedState(entry.getBand(), entry.getStockAt(), entry.getCreatedAt()),
                entry.getObservedAt());
    }
}
