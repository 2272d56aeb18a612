package kr.maskportal.admin.control;

import java.util.Arrays;
import java.util.List;
import kr.maskportal.feed.control.FeedStore;
import kr.maskportal.feed.control.PageProblem;
import kr.maskportal.feed.control.RefreshRefusal;
import kr.maskportal.feed.control.SaleProblem;
import kr.maskportal.feed.control.StoreProblem;
import kr.maskportal.seller.control.PlacedBy;
import kr.maskportal.seller.control.SellerFileProblemReason;
import kr.maskportal.seller.control.UnplacedReason;

/**
 * The message bundle keys that put the stored reasons of the seller checks into words. The database holds enum
 * names; a name this build does not know (written by a newer or older version) gets a key that shows it as it is
 * stored, rather than a page that fails.
 */
public final class ReasonKeys {

    static final String UNPLACED = "seller.unplacedReason.";
    static final String PLACED_BY = "seller.placedBy.";
    static final String FILE_PROBLEM = "seller.fileProblem.";
    static final String FEED_PROBLEM = "feed.problem.";
    static final String FEED_OUTCOME = "feed.outcome.";
    static final String UNKNOWN = "admin.sellers.reasonUnknown";

    private ReasonKeys() {
    }

    public static String unplaced(String stored) {
        return key(UNPLACED, stored, UnplacedReason.class);
    }

    public static String placedBy(String stored) {
        return key(PLACED_BY, stored, PlacedBy.class);
    }

    public static String fileProblem(String stored) {
        return key(FILE_PROBLEM, stored, SellerFileProblemReason.class);
    }

    /** A reason a feed page or record was dropped: a page problem, a sales record or a store record problem. */
    public static String feedProblem(String stored) {
        for (Class<? extends Enum<?>> reasons : List.of(PageProblem.class, SaleProblem.class, StoreProblem.class)) {
            if (isConstant(stored, reasons)) {
                return FEED_PROBLEM + stored;
            }
        }
        return UNKNOWN;
    }

    /** How a poll ended: accepted, or the refusal that kept it from residents. */
    public static String feedOutcome(String stored) {
        return FeedStore.ACCEPTED.equals(stored) || isConstant(stored, RefreshRefusal.class)
                ? FEED_OUTCOME + stored : UNKNOWN;
    }

    private static boolean isConstant(String stored, Class<? extends Enum<?>> reasons) {
        return stored != null && Arrays.stream(reasons.getEnumConstants()).anyMatch(r -> r.name().equals(stored));
    }

    private static <E extends Enum<E>> String key(String prefix, String stored, Class<E> reasons) {
        return isConstant(stored, reasons) ? prefix + stored : UNKNOWN;
    }
}
