package kr.maskportal.seller.boundary;

import java.util.List;
import kr.maskportal.seller.control.SearchGroup;

/** The search hits of one district under a heading that links to the district's page. */
public final class SearchGroupView {

    private final SearchGroup group;
    private final List<SellerRowView> rows;

    SearchGroupView(SearchGroup group, List<SellerRowView> rows) {
        this.group = group;
        this.rows = List.copyOf(rows);
    }

    public String getDistrictCode() {
        return group.district().getCode();
    }

    public String getDistrictName() {
        return group.district().getName();
    }

    public String getProvinceName() {
        return group.province().getName();
    }

    public List<SellerRowView> getRows() {
        return rows;
    }
}
