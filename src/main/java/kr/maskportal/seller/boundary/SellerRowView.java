package kr.maskportal.seller.boundary;

import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.stock.boundary.StatusView;

/** One seller on a resident page: who and where, and its effective status. */
public final class SellerRowView {

    private final DirectorySeller seller;
    private final StatusView status;

    SellerRowView(DirectorySeller seller, StatusView status) {
        this.seller = seller;
        this.status = status;
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
}
