package kr.maskportal.seller.control;

/** What decided a seller's district; stored in {@code seller.placed_by}, so officials can judge the placement. */
public enum PlacedBy {
    /** The address names the province and a district of it. */
    ADDRESS,
    /** The address names a district without (or with a wrong) province, and no other district has that name. */
    CITY_NAME,
    /**
     * The address names a district that several provinces have, and only one of them has a town (읍/면) of the name
     * that follows in the address, as seen in other sellers' full addresses; used only without coordinates.
     */
    TOWN_NAME,
    /** The address could not decide; the districts of the nearest sellers placed by their address did. */
    COORDINATES,
    /** Not placed; the placement's unplaced reason says why. */
    NONE
}
