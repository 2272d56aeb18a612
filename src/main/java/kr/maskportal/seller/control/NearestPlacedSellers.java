package kr.maskportal.seller.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides a district from coordinates by asking the sellers nearby whose district their own address settled: a
 * vote of the {@value #NEIGHBOURS} nearest among the allowed districts, ties going to the district of the nearest
 * voter. District borders are not in the reference data; neighbours stand in for them, and are right wherever a
 * seller is not at a border.
 *
 * <p>A plain scan: it runs only for the few hundred sellers the address could not place, over some 25,000 points.
 */
final class NearestPlacedSellers {

    static final int NEIGHBOURS = 5;

    private final List<PlacedPoint> points = new ArrayList<>();

    void add(GeoPoint location, String districtCode) {
        points.add(new PlacedPoint(location, districtCode));
    }

    /** Empty when no placed seller lies in any of the allowed districts. */
    Optional<String> districtAt(GeoPoint location, Set<String> allowedDistricts) {
        PlacedPoint[] nearest = new PlacedPoint[NEIGHBOURS];
        double[] distances = new double[NEIGHBOURS];
        int found = 0;
        for (PlacedPoint point : points) {
            if (!allowedDistricts.contains(point.districtCode())) {
                continue;
            }
            double distance = location.kilometresTo(point.location());
            if (found < NEIGHBOURS) {
                found++;
            } else if (distance >= distances[NEIGHBOURS - 1]) {
                continue;
            }
            // insertion into the short sorted list
            int i = found - 1;
            while (i > 0 && distances[i - 1] > distance) {
                distances[i] = distances[i - 1];
                nearest[i] = nearest[i - 1];
                i--;
            }
            distances[i] = distance;
            nearest[i] = point;
        }
        if (found == 0) {
            return Optional.empty();
        }
        Map<String, Integer> votes = new HashMap<>();
        for (int i = 0; i < found; i++) {
            votes.merge(nearest[i].districtCode(), 1, Integer::sum);
        }
        int most = votes.values().stream().max(Integer::compare).orElseThrow();
        for (int i = 0; i < found; i++) {
            if (votes.get(nearest[i].districtCode()) == most) {
                return Optional.of(nearest[i].districtCode());
            }
        }
        throw new IllegalStateException("unreachable: some neighbour has the most votes");
    }

    private record PlacedPoint(GeoPoint location, String districtCode) {
    }
}
