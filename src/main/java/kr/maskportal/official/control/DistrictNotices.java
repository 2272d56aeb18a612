package kr.maskportal.official.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import kr.maskportal.official.entity.DistrictNotice;
import kr.maskportal.platform.cluster.BoardChanged;
import kr.maskportal.official.entity.InvalidNotice;

/**
 * District notices: posted and withdrawn only within the official's own districts ({@link OfficialDistricts}),
 * stored first, then put on (or taken off) the {@link NoticeBoard}, so the public pages follow at once. The
 * server's clock stamps them.
 */
@ApplicationScoped
public class DistrictNotices {

    private static final Logger LOG = Logger.getLogger(DistrictNotices.class.getName());

    /** The officials' list is for what is current and recent, not an archive. */
    static final int LISTED = 100;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    NoticeBoard board;

    @Inject
    Clock clock;

    @Inject
    Event<BoardChanged> changed;

    /** The notices not ended nor withdrawn from the database onto the board, so a restart keeps showing them. */
    @Transactional
    public void restoreBoard() {
        Instant now = clock.instant();
        board.restore(standing(now), now);
    }

    /** The same read at every catch-up: notices posted or withdrawn by other instances reach this board. */
    @Transactional
    public void followBoard() {
        Instant now = clock.instant();
        board.follow(standing(now), now);
    }

    /** The notices neither ended nor withdrawn at {@code now}, as the board holds them. */
    private List<PostedNotice> standing(Instant now) {
        List<PostedNotice> notices = em.createQuery("SELECT n FROM DistrictNotice n WHERE n.endsAt > :now "
                        + "AND n.withdrawnAt IS NULL", DistrictNotice.class)
                .setParameter("now", now).getResultStream().map(DistrictNotices::posted).toList();
        em.clear();
        return notices;
    }

    /**
     * Stores a notice for a district in the official's scope and puts it on the board.
     *
     * @throws DistrictForbidden the district is outside the scope (logged)
     * @throws InvalidNotice     no such district, or the notice breaks a rule of {@link DistrictNotice#post}
     */
    @Transactional
    public PostedNotice post(DistrictScope scope, String districtCode, String text, Instant startsAt,
            Instant endsAt) {
        OfficialDistricts.require(scope, districtCode, "posting a notice");
        Number known = (Number) em.createNativeQuery("SELECT COUNT(*) FROM district WHERE code = ?1")
                .setParameter(1, districtCode).getSingleResult();
        if (known.longValue() == 0) {
            throw new InvalidNotice(InvalidNotice.DISTRICT, InvalidNotice.Problem.DISTRICT_UNKNOWN);
        }
        Instant now = clock.instant();
        DistrictNotice notice = DistrictNotice.post(districtCode, text, startsAt, endsAt, scope.accountId(), now);
        em.persist(notice);
        em.flush();
        PostedNotice posted = posted(notice);
        board.add(posted, now);
        changed.fire(new BoardChanged("notice"));
        LOG.info(() -> "official " + scope.login() + " posted notice " + notice.getId() + " to district "
                + districtCode);
        return posted;
    }

    /**
     * Takes a notice of a district in the official's scope off the public pages; it stays stored, marked. A notice
     * already withdrawn stays as it was.
     *
     * @throws UnknownNotice     no notice has the id
     * @throws DistrictForbidden its district is outside the scope (logged)
     */
    @Transactional
    public ListedNotice withdraw(DistrictScope scope, long id) {
        DistrictNotice notice = em.find(DistrictNotice.class, id);
        if (notice == null) {
            throw new UnknownNotice(id);
        }
        OfficialDistricts.require(scope, notice.getDistrictCode(), "withdrawing notice " + id);
        if (!notice.isWithdrawn()) {
            Instant now = clock.instant();
            notice.withdraw(now);
            em.flush();
            board.remove(id, now);
            changed.fire(new BoardChanged("notice"));
            LOG.info(() -> "official " + scope.login() + " withdrew notice " + id + " of district "
                    + notice.getDistrictCode());
        }
        return listed(notice, null);
    }

    /** The notices of the scope's districts, newest first, at most {@value #LISTED}, whatever their state. */
    @Transactional
    public List<ListedNotice> list(DistrictScope scope) {
        if (!scope.allDistricts() && scope.districtCodes().isEmpty()) {
            return List.of();
        }
        String where = scope.allDistricts() ? "" : "AND n.districtCode IN :codes ";
        var query = em.createQuery("SELECT n, a.displayName FROM DistrictNotice n, Account a "
                + "WHERE a.id = n.accountId " + where + "ORDER BY n.id DESC", Object[].class);
        if (!scope.allDistricts()) {
            query.setParameter("codes", scope.districtCodes());
        }
        return query.setMaxResults(LISTED).getResultList().stream()
                .map(row -> listed((DistrictNotice) row[0], (String) row[1]))
                .toList();
    }

    private static PostedNotice posted(DistrictNotice notice) {
        return new PostedNotice(notice.getId(), notice.getDistrictCode(), notice.getText(), notice.getStartsAt(),
                notice.getEndsAt());
    }

    private static ListedNotice listed(DistrictNotice notice, String author) {
        return new ListedNotice(notice.getId(), notice.getDistrictCode(), notice.getText(), notice.getStartsAt(),
                notice.getEndsAt(), author, notice.getCreatedAt(), notice.getWithdrawnAt());
    }
}
