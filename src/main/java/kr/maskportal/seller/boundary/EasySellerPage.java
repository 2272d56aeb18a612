package kr.maskportal.seller.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import kr.maskportal.details.boundary.DetailsView;
import kr.maskportal.details.control.DetailsBoard;
import kr.maskportal.details.entity.SellerDetails;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.report.control.ReportBoard;
import kr.maskportal.seller.control.DirectoryDistrict;
import kr.maskportal.seller.control.DirectoryProvince;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.SellerDirectory;
import kr.maskportal.stock.boundary.PlainStatus;
import kr.maskportal.stock.control.StatusSettings;
import kr.maskportal.stock.boundary.UsualTimes;
import kr.maskportal.stock.control.StockBoard;
import kr.maskportal.stock.control.forecast.ForecastBoard;
import kr.maskportal.stock.control.merge.StatusMerge;

/**
 * One seller on the easy pages: its status in plain words, a number to call, its hours and how it sells, where it
 * is, and the way back to its district.
 */
@Named
@RequestScoped
public class EasySellerPage {

    @Inject
    SellerDirectory directory;

    @Inject
    StockBoard board;

    @Inject
    ForecastBoard forecasts;

    @Inject
    ReportBoard reports;

    @Inject
    StatusSettings settings;

    @Inject
    DetailsBoard details;

    @Inject
    Clock clock;

    private String code;
    private EasySellerRow seller;
    private DirectoryDistrict district;
    private DirectoryProvince province;
    private DetailsView detailsView;
    private UsualTimes usual;

    /** The seller's usual delivery and sell-out times for the one sentence, or null when it has no pattern. */
    public UsualTimes getUsual() {
        return usual;
    }

    /** View action: an unknown or unplaced seller is a missing page. */
    public void load() {
        DirectorySnapshot snapshot = directory.current();
        DirectorySeller found = snapshot.seller(code).orElse(null);
        if (found == null || found.getDistrictCode() == null) {
            NotFound.respond();
            return;
        }
        Instant now = clock.instant();
        district = snapshot.district(found.getDistrictCode()).orElseThrow();
        province = snapshot.province(district.getProvinceCode()).orElseThrow();
        SellerDetails given = details.of(code);
        seller = new EasySellerRow(found, new PlainStatus(StatusMerge.merge(board.feedEvidence(code),
                reports.reports(code), now, settings.merge(), forecasts.forecast(code, found.getDistrictCode())), now),
                province.getName(), district.getName(), given.phone());
        detailsView = DetailsView.of(given, LocalDate.ofInstant(now, Korea.ZONE));
        usual = UsualTimes.of(forecasts.pattern(code, found.getDistrictCode()).orElse(null));
    }

    /** The pharmacist's phone number (a {@code tel:} link with the advice to call before going), hours and words. */
    public DetailsView getDetails() {
        return detailsView;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public EasySellerRow getSeller() {
        return seller;
    }

    public DirectoryDistrict getDistrict() {
        return district;
    }

    public DirectoryProvince getProvince() {
        return province;
    }
}
