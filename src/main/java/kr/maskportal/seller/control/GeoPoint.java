package kr.maskportal.seller.control;

/** A WGS84 position in degrees, as the feed gives it. */
public record GeoPoint(double latitude, double longitude) {

    private static final double KM_PER_DEGREE = 111.195;

    /**
     * Distance in kilometres on a locally flat earth: good to a fraction of a percent across a country the
     * size of Korea, and much cheaper than the haversine in a nearest-neighbour search.
     */
    public double kilometresTo(GeoPoint other) {
        double meanLatitude = Math.toRadians((latitude + other.latitude) / 2);
        double dy = latitude - other.latitude;
        double dx = (longitude - other.longitude) * Math.cos(meanLatitude);
        return Math.sqrt(dx * dx + dy * dy) * KM_PER_DEGREE;
    }
}
