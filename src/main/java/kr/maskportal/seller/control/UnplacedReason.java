package kr.maskportal.seller.control;

/** Why a seller has no district; stored in {@code seller.unplaced_reason}. */
public enum UnplacedReason {
    /** The address names no district at all (e.g. it starts with a town: 내면 창촌로 45-5) and gives no coordinates. */
    NO_DISTRICT_IN_ADDRESS,
    /** The address names something like a district (…시, …군, …구) that the reference does not know, and no coordinates. */
    UNKNOWN_DISTRICT,
    /** The address fits several districts (고성군 without a province) and there are no coordinates to choose. */
    AMBIGUOUS_WITHOUT_COORDINATES,
    /** Coordinates were given, but no seller placed by its address lies in any district the address allows. */
    NO_PLACED_SELLER_NEARBY
}
