package kr.maskportal.seller.boundary;

import kr.maskportal.platform.time.RelativeAge;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.stock.control.FeedStatus;

/** One seller on a district page: who, where, and what the feed says, as the page shows it. */
public final class SellerRowView {

    private final DirectorySeller seller;
    private final FeedStatus status;
    private final RelativeAge age;

    SellerRowView(DirectorySeller seller, FeedStatus status, RelativeAge age) {
        this.seller = seller;
        this.status = status;
        this.age = age;
    }

    public String getCode() {
        return seller.getCode();
    }

    public String getName() {
        return seller.getName();
    }

    public String getAddress() {
        return seller.getAddress();
    }

    public String getTypeKey() {
        return "seller.type." + seller.getType().name();
    }

    public String getStatusKey() {
        return "status." + status.status().name();
    }

    public String getSymbolKey() {
        return "status.symbol." + status.status().name();
    }

    /** The CSS class that colours the status: one per status, e.g. {@code status-plenty}. */
    public String getStatusClass() {
        return "status-" + status.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isStale() {
        return status.isStale();
    }

    /** Null when the feed never spoke of this seller. */
    public RelativeAge getAge() {
        return age;
    }
}
