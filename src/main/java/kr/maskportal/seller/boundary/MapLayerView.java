package kr.maskportal.seller.boundary;

import java.util.List;

/**
 * The markers of one status on the district map, drawn as one group: the status's colour class is written once,
 * not once per marker, which keeps a page with two hundred sellers small.
 */
public record MapLayerView(MapStatusView status, List<MapMarkerView> markers) {

    public MapStatusView getStatus() {
        return status;
    }

    public List<MapMarkerView> getMarkers() {
        return markers;
    }
}
