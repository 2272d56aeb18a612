package kr.maskportal.openapi.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import kr.maskportal.seller.control.GeoPoint;
import org.junit.jupiter.api.Test;

class GeoGridTest {

    private static final GeoPoint CITY_HALL = new GeoPoint(37.5665, 126.978);

    @Test
    void theCircleItselfIsIncludedAndNothingBeyondIt() {
        GeoPoint east = new GeoPoint(37.5665, 126.99);
        double metres = CITY_HALL.kilometresTo(east) * 1000;
        var grid = new GeoGrid(new GeoPoint[] {east});
        assertArrayEquals(new int[] {0}, grid.within(37.5665, 126.978, (int) Math.ceil(metres)));
        assertArrayEquals(new int[] {}, grid.within(37.5665, 126.978, (int) Math.floor(metres)));
    }

    @Test
    void aRadiusOfNothingFindsWhatIsOnThePoint() {
        var grid = new GeoGrid(new GeoPoint[] {new GeoPoint(37.5665, 126.978001), CITY_HALL});
        assertArrayEquals(new int[] {1}, grid.within(37.5665, 126.978, 0));
    }

    @Test
    void nearestFirstAndTiesInListOrder() {
        GeoPoint north = new GeoPoint(37.5675, 126.978);
        GeoPoint alsoNorth = new GeoPoint(37.5675, 126.978);
        GeoPoint near = new GeoPoint(37.5666, 126.978);
        var grid = new GeoGrid(new GeoPoint[] {north, null, near, alsoNorth});
        assertArrayEquals(new int[] {2, 0, 3}, grid.within(37.5665, 126.978, 1000));
    }

    @Test
    void aSellerWithoutCoordinatesIsNeverFound() {
        var grid = new GeoGrid(new GeoPoint[] {null, null});
        assertArrayEquals(new int[] {}, grid.within(37.5665, 126.978, 10_000));
    }

    /** Points scattered over Seoul, across cell edges, against a plain scan of all of them. */
    @Test
    void theGridFindsExactlyWhatAScanFinds() {
        var random = new Random(2020);
        GeoPoint[] points = IntStream.range(0, 5_000)
                .mapToObj(i -> i % 97 == 0 ? null
                        : new GeoPoint(37.40 + random.nextDouble() * 0.3, 126.80 + random.nextDouble() * 0.4))
                .toArray(GeoPoint[]::new);
        var grid = new GeoGrid(points);
        for (int query = 0; query < 200; query++) {
            double lat = 37.40 + random.nextDouble() * 0.3;
            double lng = 126.80 + random.nextDouble() * 0.4;
            int metres = random.nextInt(10_001);
            GeoPoint centre = new GeoPoint(lat, lng);
            int[] scanned = IntStream.range(0, points.length)
                    .filter(i -> points[i] != null && centre.kilometresTo(points[i]) <= metres / 1000.0)
                    .boxed()
                    .sorted(Comparator.<Integer>comparingDouble(i -> centre.kilometresTo(points[i]))
                            .thenComparingInt(i -> i))
                    .mapToInt(Integer::intValue).toArray();
            assertArrayEquals(scanned, grid.within(lat, lng, metres), lat + "," + lng + " " + metres + " m");
        }
        assertEquals(0, grid.within(33.0, 124.0, 10_000).length, "the sea south-west of Korea");
    }
}
