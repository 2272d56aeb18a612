package kr.maskportal.seller.boundary;

import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.stock.boundary.StatusView;
import kr.maskportal.stock.boundary.UsualTimes;

/** One seller on a resident page: who and where, and its effective status. */
public final class SellerRowView {

    private final DirectorySeller seller;
    private final StatusView status;
    private final Integer mapNumber;
    private final UsualTimes usual;

    SellerRowView(DirectorySeller seller, StatusView status) {
        this(seller, status, null, null);
    }

    SellerRowView(DirectorySeller seller, StatusView status, Integer mapNumber) {
        this(seller, status, mapNumber, null);
    }

    SellerRowView(DirectorySeller seller, StatusView status, Integer mapNumber, UsualTimes usual) {
        this.seller = seller;
        this.status = status;
        this.mapNumber = mapNumber;
        this.usual = usual;
    }

    /** The seller's usual delivery and sell-out times, or null when it has no pattern. */
    public UsualTimes getUsual() {
        return usual;
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
