package kr.maskportal.seller.control;

import java.util.Objects;

/**
 * The district a seller belongs to, and how that was decided.
 *
 * @param districtCode   null when not placed
 * @param unplacedReason null when placed
 */
public record Placement(String districtCode, PlacedBy placedBy, UnplacedReason unplacedReason) {

    public Placement {
        Objects.requireNonNull(placedBy, "placedBy");
        if ((districtCode == null) != (placedBy == PlacedBy.NONE)
                || (districtCode == null) != (unplacedReason != null)) {
            throw new IllegalArgumentException(
                    "A placement has a district and no reason, or no district, NONE and a reason");
        }
    }

    public static Placement placed(String districtCode, PlacedBy placedBy) {
        return new Placement(Objects.requireNonNull(districtCode, "districtCode"), placedBy, null);
    }

    public static Placement unplaced(UnplacedReason reason) {
        return new Placement(null, PlacedBy.NONE, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isPlaced() {
        return districtCode != null;
    }
}
