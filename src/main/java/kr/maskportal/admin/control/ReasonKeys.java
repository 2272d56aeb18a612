package kr.maskportal.admin.control;

import java.util.Arrays;
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

    private static <E extends Enum<E>> String key(String prefix, String stored, Class<E> reasons) {
        boolean known = stored != null
                && Arrays.stream(reasons.getEnumConstants()).anyMatch(r -> r.name().equals(stored));
        return known ? prefix + stored : UNKNOWN;
    }
}
