package kr.maskportal.seller.boundary;

import java.util.Locale;
import kr.maskportal.stock.control.ShownStatus;

/**
 * A status as the district map draws it: the shape of the table's symbol (● ▲ ◆ ✕ ■, a ring with ? or –), the
 * table's colour class, and the word in the legend and in each marker's title.
 */
public record MapStatusView(ShownStatus status) {

    /** The table's colour class, e.g. {@code status-plenty}. */
    public String getStatusClass() {
        return "status-" + name();
    }

    /** The shape drawn once in the map's defs (WEB-INF/includes/district-map.xhtml), e.g. {@code #m-plenty}. */
    public String getShapeRef() {
        return "#m-" + name();
    }

    public String getWordKey() {
        return "status.short." + status.name();
    }

    private String name() {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
