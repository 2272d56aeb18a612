package kr.maskportal.openapi.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.maskportal.seller.control.GeoPoint;

/**
 * The sellers with coordinates in cells of a hundredth of a degree (about 1.1 km north to south, 0.9 km east to west
 * in Korea), so that a radius query looks only at the cells its circle can touch: a few dozen for 1 km, some hundreds
 * for the largest radius. Distances are {@link GeoPoint#kilometresTo}'s, the portal's one measure. Immutable.
 */
final class GeoGrid {

    private static final double CELL_DEGREES = 0.01;
    private static final double KM_PER_DEGREE = 111.195;

    /** Cell key to the indexes (into the seller list the grid was built from) of the sellers in it. */
    private final Map<Long, int[]> cells;
    private final GeoPoint[] points;

    /** @param points by seller index; null for a seller without coordinates, who is never found */
    GeoGrid(GeoPoint[] points) {
        this.points = points.clone();
        Map<Long, List<Integer>> building = new HashMap<>();
        for (int i = 0; i < points.length; i++) {
            GeoPoint p = points[i];
            if (p != null && Double.isFinite(p.latitude()) && Double.isFinite(p.longitude())) {
                building.computeIfAbsent(key(cell(p.latitude()), cell(p.longitude())), k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, int[]> frozen = new HashMap<>(building.size() * 2);
        building.forEach((key, list) -> frozen.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        this.cells = frozen;
    }

    /**
     * The sellers within {@code metres} of the point (on the circle included), nearest first; at the same distance,
     * in index order.
     */
    int[] within(double latitude, double longitude, int metres) {
        GeoPoint centre = new GeoPoint(latitude, longitude);
        double km = metres / 1000.0;
        double latSpan = km / KM_PER_DEGREE;
        // the circle is widest in degrees of longitude at its edge nearest the pole
        double widestLatitude = Math.min(89, Math.abs(latitude) + latSpan);
        double lngSpan = latSpan / Math.cos(Math.toRadians(widestLatitude));
        // one cell more on each side: a point on a cell's edge, rounding in the distance, never a miss
        long fromLat = cell(latitude - latSpan) - 1;
        long toLat = cell(latitude + latSpan) + 1;
        long fromLng = cell(longitude - lngSpan) - 1;
        long toLng = cell(longitude + lngSpan) + 1;
        int found = 0;
        int[] hits = new int[64];
        double[] distances = new double[64];
        for (long y = fromLat; y <= toLat; y++) {
            for (long x = fromLng; x <= toLng; x++) {
                int[] cell = cells.get(key(y, x));
                if (cell == null) {
                    continue;
                }
                for (int index : cell) {
                    double d = centre.kilometresTo(points[index]);
                    if (d <= km) {
                        if (found == hits.length) {
                            hits = Arrays.copyOf(hits, found * 2);
                            distances = Arrays.copyOf(distances, found * 2);
                        }
                        hits[found] = index;
                        distances[found] = d;
                        found++;
                    }
                }
            }
        }
        return nearestFirst(hits, distances, found);
    }

    private static int[] nearestFirst(int[] hits, double[] distances, int found) {
        Integer[] order = new Integer[found];
        for (int i = 0; i < found; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int byDistance = Double.compare(distances[a], distances[b]);
            return byDistance != 0 ? byDistance : Integer.compare(hits[a], hits[b]);
        });
        int[] sorted = new int[found];
        for (int i = 0; i < found; i++) {
            sorted[i] = hits[order[i]];
        }
        return sorted;
    }

    private static long cell(double degrees) {
        return (long) Math.floor(degrees / CELL_DEGREES);
    }

    private static long key(long latCell, long lngCell) {
        return (latCell << 32) ^ (lngCell & 0xffffffffL);
    }
}
