package kr.maskportal.seller.boundary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.control.DistrictMap;
import kr.maskportal.seller.control.ListedSeller;
import kr.maskportal.stock.control.ShownStatus;

/**
 * The district page's map of the sellers it lists (WEB-INF/includes/district-map.xhtml): a marker per seller with
 * coordinates, numbered in the table's order, a legend of the statuses on it, and how many sellers it leaves off.
 */
public final class DistrictMapView {

    private final DistrictMap<ListedSeller> map;
    private final List<MapLayerView> layers;
    private final List<MapStatusView> legend;
    private final Map<DirectorySeller, Integer> numbers = new IdentityHashMap<>();

    /** @param shown the sellers the table lists, in its order */
    DistrictMapView(List<ListedSeller> shown) {
        map = DistrictMap.of(shown, listed -> listed.seller().getLocation());
        Map<ShownStatus, List<MapMarkerView>> byStatus = new EnumMap<>(ShownStatus.class);
        for (DistrictMap.Point<ListedSeller> point : map.points()) {
            DirectorySeller seller = point.item().seller();
            byStatus.computeIfAbsent(point.item().status().status(), status -> new ArrayList<>())
                    .add(new MapMarkerView(point.number(), point.x(), point.y(), seller.getName()));
            numbers.put(seller, point.number());
        }
        List<MapLayerView> drawn = new ArrayList<>(byStatus.size());
        byStatus.forEach((status, markers) -> drawn.add(new MapLayerView(new MapStatusView(status), List.copyOf(markers))));
        legend = drawn.stream().map(MapLayerView::status).toList();
        // what is drawn last lies on top: where markers crowd, the sellers with masks must not be hidden under
        // the ones without
        Collections.reverse(drawn);
        layers = List.copyOf(drawn);
    }

    /** The seller's number on the map, or null when it has no coordinates. */
    Integer numberOf(DirectorySeller seller) {
        return numbers.get(seller);
    }

    /** False when no seller shown has coordinates: the page says so instead of drawing an empty box. */
    public boolean isDrawn() {
        return map.drawn();
    }

    /** Some sellers are listed but none of them can be drawn. */
    public boolean isNoneLocated() {
        return !map.drawn() && map.notOnMap() > 0;
    }

    public int getWidth() {
        return map.width();
    }

    public int getHeight() {
        return map.height();
    }

    /** The markers by status, most masks last so they are drawn on top. */
    public List<MapLayerView> getLayers() {
        return layers;
    }

    /** The statuses drawn on the map, in the order of {@link ShownStatus}. */
    public List<MapStatusView> getLegend() {
        return legend;
    }

    /** Sellers the table lists that are not on the map, for lack of coordinates. */
    public int getNotOnMap() {
        return map.notOnMap();
    }
}
