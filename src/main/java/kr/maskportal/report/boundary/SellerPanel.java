package kr.maskportal.report.boundary;

import java.util.List;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.stock.boundary.StatusView;

/**
 * One seller on the pharmacist's page: who and where, its status as residents see it now, its forms with what was
 * typed into them, and today's reports.
 */
public final class SellerPanel {

    private final String code;
    private final DirectorySeller seller;
    private final StatusView status;
    private final List<ReportLine> today;
    private final ReportInput input;
    private final SellerForms forms;

    /** @param seller null when the code is bound but no longer in the directory */
    SellerPanel(String code, DirectorySeller seller, StatusView status, List<ReportLine> today) {
        this.code = code;
        this.seller = seller;
        this.status = status;
        this.today = List.copyOf(today);
        this.input = new ReportInput(code);
        this.forms = new SellerForms(code);
    }

    public String getCode() {
        return code;
    }

    /** The code stands in when the directory no longer knows the seller. */
    public String getName() {
        return seller == null ? code : seller.getName();
    }

    public String getTypeKey() {
        return seller == null ? null : "seller.type." + seller.getType().name();
    }

    public String getAddress() {
        return seller == null ? null : seller.getAddress();
    }

    /** Where residents see this seller; null for a seller no district could be found for. */
    public String getDistrictCode() {
        return seller == null ? null : seller.getDistrictCode();
    }

    public StatusView getStatus() {
        return status;
    }

    /** Newest first, undone ones included and marked. */
    public List<ReportLine> getToday() {
        return today;
    }

    public ReportInput getInput() {
        return input;
    }

    public SellerForms getForms() {
        return forms;
    }
}
