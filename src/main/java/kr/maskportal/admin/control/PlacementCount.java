package kr.maskportal.admin.control;

/** How many sellers one way of placing decided, e.g. by their address or by their neighbours' coordinates. */
public final class PlacementCount {

    private final String placedBy;
    private final long sellers;

    PlacementCount(String placedBy, long sellers) {
        this.placedBy = placedBy;
        this.sellers = sellers;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public String getPlacedByKey() {
        return ReasonKeys.placedBy(placedBy);
    }

    public long getSellers() {
        return sellers;
    }
}
