package kr.maskportal.seller.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DistrictMapTest {

    /** 마포구's corners in the 2020 list, roughly: 7.4 km east-west, 5.1 km north-south. */
    private static final GeoPoint MAPO_SOUTH_WEST = new GeoPoint(37.5387, 126.8799);
    private static final GeoPoint MAPO_NORTH_EAST = new GeoPoint(37.5850, 126.9635);
    private static final GeoPoint HAPJEONG = new GeoPoint(37.5495, 126.9139);

    @Test
    void northIsUpAndEastIsRight() {
        GeoPoint north = new GeoPoint(37.58, 126.92);
        GeoPoint south = new GeoPoint(37.54, 126.92);
        GeoPoint east = new GeoPoint(37.56, 126.96);
        GeoPoint west = new GeoPoint(37.56, 126.88);
        List<DistrictMap.Point<GeoPoint>> p = map(north, south, east, west).points();
        assertTrue(p.get(0).y() < p.get(1).y(), "north above south");
        assertTrue(p.get(2).x() > p.get(3).x(), "east right of west");
        assertEquals(p.get(0).x(), p.get(1).x(), "same longitude, same column");
        assertEquals(p.get(2).y(), p.get(3).y(), "same latitude, same row");
    }

    @Test
    void aKilometreIsAsLongEastWestAsNorthSouth() {
        // 1 km north and 1 km east of the same point: at 37.56°N a kilometre east is 1/cos(37.56°) more degrees
        GeoPoint origin = new GeoPoint(37.56, 126.90);
        double kmInDegrees = 1 / 111.195;
        GeoPoint kmNorth = new GeoPoint(37.56 + kmInDegrees, 126.90);
        GeoPoint kmEast = new GeoPoint(37.56, 126.90 + kmInDegrees / Math.cos(Math.toRadians(37.56 + kmInDegrees / 2)));
        List<DistrictMap.Point<GeoPoint>> p = map(origin, kmNorth, kmEast).points();
        int up = p.get(0).y() - p.get(1).y();
        int right = p.get(2).x() - p.get(0).x();
        assertTrue(up > 100, "drawn large enough to compare: " + up);
        assertEquals(up, right, 1.0, "no stretching");
    }

    @Test
    void aWideDistrictGetsTheFullWidthAndAHeightFromItsShape() {
        DistrictMap<GeoPoint> mapo = map(MAPO_SOUTH_WEST, MAPO_NORTH_EAST);
        assertEquals(640, mapo.width());
        double eastWest = (126.9635 - 126.8799) * Math.cos(Math.toRadians((37.5387 + 37.5850) / 2));
        double northSouth = 37.5850 - 37.5387;
        int drawnWidth = mapo.points().get(1).x() - mapo.points().get(0).x();
        int drawnHeight = mapo.points().get(0).y() - mapo.points().get(1).y();
        assertEquals(640 - DistrictMap.EDGE - DistrictMap.LABEL_ROOM, drawnWidth, 1.0, "west edge to east edge");
        assertEquals(drawnWidth * northSouth / eastWest, drawnHeight, 1.0, "the district's own proportions");
        assertEquals(drawnHeight + 2 * DistrictMap.EDGE, mapo.height(), 1.0, "as tall as the district, and the edges");
    }

    @Test
    void markersAtTheEdgesAreWholeWithRoomForTheirNumber() {
        DistrictMap<GeoPoint> mapo = map(MAPO_SOUTH_WEST, HAPJEONG, MAPO_NORTH_EAST);
        for (var p : mapo.points()) {
            assertTrue(p.x() >= DistrictMap.EDGE && p.x() <= mapo.width() - DistrictMap.LABEL_ROOM, "x " + p);
            assertTrue(p.y() >= DistrictMap.EDGE && p.y() <= mapo.height() - DistrictMap.EDGE, "y " + p);
        }
        assertEquals(DistrictMap.EDGE, mapo.points().get(0).x(), "the westernmost at the left edge");
        assertEquals(DistrictMap.EDGE, mapo.points().get(2).y(), "the northernmost at the top edge");
    }

    @Test
    void aLongNorthSouthDistrictIsDrawnNarrowerNotTallerThanTheMost() {
        GeoPoint north = new GeoPoint(37.70, 127.00);
        GeoPoint south = new GeoPoint(37.30, 127.02);
        DistrictMap<GeoPoint> tall = map(north, south);
        assertEquals(DistrictMap.MAX_HEIGHT, tall.height());
        assertEquals(DistrictMap.EDGE, tall.points().get(0).y());
        assertEquals(DistrictMap.MAX_HEIGHT - DistrictMap.EDGE, tall.points().get(1).y());
        int middle = (DistrictMap.EDGE + 640 - DistrictMap.LABEL_ROOM) / 2;
        assertTrue(Math.abs((tall.points().get(0).x() + tall.points().get(1).x()) / 2 - middle) <= 1, "centred");
    }

    @Test
    void aThinEastWestBandGetsAtLeastTheSmallestHeightAndSitsInTheMiddle() {
        DistrictMap<GeoPoint> band = map(new GeoPoint(37.500, 126.80), new GeoPoint(37.501, 127.00));
        assertEquals(DistrictMap.MIN_HEIGHT, band.height());
        int middle = DistrictMap.MIN_HEIGHT / 2;
        assertTrue(Math.abs(band.points().get(0).y() - middle) <= 2, "y " + band.points().get(0).y());
    }

    @Test
    void oneSellerIsDrawnInTheMiddle() {
        DistrictMap<GeoPoint> one = map(HAPJEONG);
        assertTrue(one.drawn());
        assertEquals(640, one.width());
        assertEquals(DistrictMap.MIN_HEIGHT, one.height());
        DistrictMap.Point<GeoPoint> p = one.points().get(0);
        assertEquals(1, p.number());
        assertEquals((DistrictMap.EDGE + 640 - DistrictMap.LABEL_ROOM) / 2, p.x());
        assertEquals(DistrictMap.MIN_HEIGHT / 2, p.y());
    }

    @Test
    void sellersAllAtOneSpotAreAllDrawnThere() {
        DistrictMap<GeoPoint> same = map(HAPJEONG, HAPJEONG, new GeoPoint(HAPJEONG.latitude(), HAPJEONG.longitude()));
        assertEquals(3, same.points().size());
        assertEquals(1, same.points().stream().map(p -> p.x() + "," + p.y()).distinct().count());
        assertEquals(DistrictMap.MIN_HEIGHT / 2, same.points().get(0).y());
    }

    @Test
    void aFarOutlierIsKeptAndEverythingStaysInside() {
        // an island seller tens of kilometres off the district's town, as in 강화군 or 옹진군
        List<GeoPoint> points = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            points.add(new GeoPoint(37.74 + i * 0.001, 126.48 + i * 0.001));
        }
        points.add(new GeoPoint(37.25, 125.70));
        DistrictMap<GeoPoint> islands = DistrictMap.of(points, Function.identity());
        assertEquals(21, islands.points().size());
        for (var p : islands.points()) {
            assertTrue(p.x() >= DistrictMap.EDGE && p.x() <= 640 - DistrictMap.LABEL_ROOM, "x " + p);
            assertTrue(p.y() >= DistrictMap.EDGE && p.y() <= islands.height() - DistrictMap.EDGE, "y " + p);
        }
        var outlier = islands.points().get(20);
        assertEquals(DistrictMap.EDGE, outlier.x(), "far to the west");
        assertEquals(islands.height() - DistrictMap.EDGE, outlier.y(), "far to the south");
    }

    @Test
    void sellersWithoutCoordinatesAreLeftOffCountedAndSkippedByTheNumbers() {
        List<String> sellers = List.of("가", "나", "다", "라");
        DistrictMap<String> map = DistrictMap.of(sellers,
                name -> name.equals("나") ? null : name.equals("가") ? MAPO_SOUTH_WEST : name.equals("다") ? HAPJEONG : MAPO_NORTH_EAST);
        assertEquals(1, map.notOnMap());
        assertEquals(List.of("가", "다", "라"), map.points().stream().map(DistrictMap.Point::item).toList());
        assertEquals(List.of(1, 2, 3), map.points().stream().map(DistrictMap.Point::number).toList());
    }

    @Test
    void withoutAnyCoordinatesThereIsNoMap() {
        DistrictMap<String> none = DistrictMap.of(List.of("가", "나"), name -> null);
        assertFalse(none.drawn());
        assertEquals(2, none.notOnMap());
        assertFalse(DistrictMap.of(List.<String>of(), name -> null).drawn());
        assertEquals(0, DistrictMap.of(List.<String>of(), name -> null).notOnMap());
    }

    @Test
    void positionsAreSmallWholeNumbers() {
        DistrictMap<GeoPoint> mapo = map(MAPO_SOUTH_WEST, HAPJEONG, MAPO_NORTH_EAST);
        for (var p : mapo.points()) {
            assertTrue(p.x() >= 0 && p.x() < 1000 && p.y() >= 0 && p.y() < 1000, "at most three digits: " + p);
        }
        // 합정 lies 0.034° east of the western edge: (0.034 × cos 37.56°) / (0.0836 × cos 37.56°) of 600 units
        assertEquals(Math.round(10 + 600 * (126.9139 - 126.8799) / (126.9635 - 126.8799)), mapo.points().get(1).x());
    }

    private static DistrictMap<GeoPoint> map(GeoPoint... points) {
        return DistrictMap.of(Arrays.asList(points), Function.identity());
    }
}
