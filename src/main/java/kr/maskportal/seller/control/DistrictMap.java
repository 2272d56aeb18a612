package kr.maskportal.seller.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Where things with coordinates go on a small SVG map of a district, drawn from nothing but those coordinates: no
 * tiles, no script. Equirectangular with longitude scaled by the cosine of the middle latitude, so a district is not
 * stretched east-west (at 37.5°N a degree of longitude is only 0.79 of a degree of latitude on the ground); north up,
 * east right. The width is fixed, the height follows the district's shape within {@link #MIN_HEIGHT} and
 * {@link #MAX_HEIGHT}, and the edges leave room for a whole marker, with its number to its right. Positions are
 * whole units: in a city district a unit is some ten metres on the ground, far less than a marker, and short
 * numbers keep the page small. Pure.
 *
 * @param width    of the viewBox, always {@link #WIDTH}
 * @param height   of the viewBox
 * @param points   the items with coordinates, in the order given, numbered from 1
 * @param notOnMap how many items had no coordinates and were left off
 */
public record DistrictMap<T>(int width, int height, List<Point<T>> points, int notOnMap) {

    public static final int WIDTH = 640;
    /** A single seller or a district drawn as a thin east-west band still gets a map, not a strip. */
    public static final int MIN_HEIGHT = 200;
    /** A long north-south district is drawn narrower rather than taller than a screen. */
    public static final int MAX_HEIGHT = 640;
    /** Half a marker and its outline. */
    public static final int EDGE = 10;
    /** A marker's number is written to its right: up to three digits at the map's text size. */
    public static final int LABEL_ROOM = 30;

    /**
     * One item on the map.
     *
     * @param number the item's number on the map and in the table: 1, 2, ... in the order given
     * @param x      from the left (west) edge of the viewBox
     * @param y      from the top (north) edge of the viewBox
     */
    public record Point<T>(int number, T item, int x, int y) {
    }

    public DistrictMap {
        points = List.copyOf(points);
    }

    /** Whether there is anything to draw: without coordinates a map would be an empty box. */
    public boolean drawn() {
        return !points.isEmpty();
    }

    /**
     * @param items    in the order they are listed; the map numbers follow it, skipping items without coordinates
     * @param location an item's coordinates, or null when it has none
     */
    public static <T> DistrictMap<T> of(List<T> items, Function<? super T, GeoPoint> location) {
        List<T> placed = new ArrayList<>(items.size());
        List<GeoPoint> at = new ArrayList<>(items.size());
        for (T item : items) {
            GeoPoint point = location.apply(item);
            if (point != null) {
                placed.add(item);
                at.add(point);
            }
        }
        int notOnMap = items.size() - placed.size();
        if (placed.isEmpty()) {
            return new DistrictMap<>(WIDTH, MIN_HEIGHT, Collections.emptyList(), notOnMap);
        }
        Frame frame = Frame.around(at);
        List<Point<T>> points = new ArrayList<>(placed.size());
        for (int i = 0; i < placed.size(); i++) {
            points.add(new Point<>(i + 1, placed.get(i), frame.x(at.get(i)), frame.y(at.get(i))));
        }
        return new DistrictMap<>(WIDTH, frame.height, points, notOnMap);
    }

    /** The projection: east-west and north-south extent in degrees of latitude, one scale for both. */
    private static final class Frame {

        private final double west;
        private final double north;
        private final double eastScale;
        private final double scale;
        private final double left;
        private final double top;
        private final int height;

        private Frame(double west, double north, double eastScale, double spanX, double spanY) {
            this.west = west;
            this.north = north;
            this.eastScale = eastScale;
            double innerWidth = WIDTH - EDGE - LABEL_ROOM;
            double innerMaxHeight = MAX_HEIGHT - 2 * EDGE;
            double scaleToWidth = spanX > 0 ? innerWidth / spanX : Double.POSITIVE_INFINITY;
            double scaleToHeight = spanY > 0 ? innerMaxHeight / spanY : Double.POSITIVE_INFINITY;
            double fitting = Math.min(scaleToWidth, scaleToHeight);
            // one point, or all at one spot: no extent to scale, they all go to the middle
            this.scale = Double.isInfinite(fitting) ? 0 : fitting;
            double drawnWidth = spanX * scale;
            double drawnHeight = spanY * scale;
            this.height = (int) Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(drawnHeight) + 2 * EDGE));
            this.left = EDGE + (innerWidth - drawnWidth) / 2;
            this.top = (height - drawnHeight) / 2;
        }

        static Frame around(List<GeoPoint> points) {
            double south = Double.MAX_VALUE;
            double north = -Double.MAX_VALUE;
            double west = Double.MAX_VALUE;
            double east = -Double.MAX_VALUE;
            for (GeoPoint p : points) {
                south = Math.min(south, p.latitude());
                north = Math.max(north, p.latitude());
                west = Math.min(west, p.longitude());
                east = Math.max(east, p.longitude());
            }
            // the middle of the extent, not the mean of the points: a crowded town centre must not decide the
            // shape of the whole district
            double eastScale = Math.cos(Math.toRadians((south + north) / 2));
            return new Frame(west, north, eastScale, (east - west) * eastScale, north - south);
        }

        int x(GeoPoint p) {
            return (int) Math.round(left + (p.longitude() - west) * eastScale * scale);
        }

        int y(GeoPoint p) {
            return (int) Math.round(top + (north - p.latitude()) * scale);
        }
    }
}
