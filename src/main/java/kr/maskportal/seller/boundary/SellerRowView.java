package kr.maskportal.seller.boundary;

import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.stock.boundary.StatusView;

/** One seller on a resident page: who and where, and its effective status. */
public final class SellerRowView {

    private final DirectorySeller seller;
    private final StatusView status;
    private final Integer mapNumber;

    SellerRowView(DirectorySeller seller, StatusView status) {
        this(seller, status, null);
    }

    SellerRowView(DirectorySeller seller, StatusView status, Integer mapNumber) {
        this.seller = seller;
        this.status = status;
        this.mapNumber = mapNumber;
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

    public StatusView getStatus() {
        return status;
    }

    /** Its number on the district map, or null when it is not on it. */
    public Integer getMapNumber() {
        return mapNumber;
    }
}
