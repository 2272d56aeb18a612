package kr.maskportal.seller.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kr.maskportal.platform.time.RelativeAge;
import kr.maskportal.report.control.ReportBoard;
import kr.maskportal.seller.control.DirectoryDistrict;
import kr.maskportal.seller.control.DirectoryProvince;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.SellerDirectory;
import kr.maskportal.stock.boundary.StatusView;
import kr.maskportal.stock.control.FeedHealth;
import kr.maskportal.stock.control.StatusSettings;
import kr.maskportal.stock.control.StockBoard;
import kr.maskportal.stock.control.merge.StatusMerge;

/**
 * A district: every seller in it with name, type, address and its effective status (the feed and the pharmacists'
 * reports merged), with the age and source of that status.
 */
@Named
@RequestScoped
public class DistrictPage {

    @Inject
    SellerDirectory directory;

    @Inject
    StockBoard board;

    @Inject
    ReportBoard reports;

    @Inject
    StatusSettings settings;

    @Inject
    Clock clock;

    /** One failed poll is a blip; two in a row mean residents should know. */
    private static final int FAILED_POLLS_WORTH_TELLING = 2;

    private String code;
    private DirectoryDistrict district;
    private DirectoryProvince province;
    private List<SellerRowView> rows;

    /** View action: an unknown code is a missing page, not an empty one. */
    public void load() {
        DirectorySnapshot snapshot = directory.current();
        district = snapshot.district(code).orElse(null);
        if (district == null) {
            NotFound.respond();
            return;
        }
        province = snapshot.province(district.getProvinceCode()).orElseThrow();
        Instant now = clock.instant();
        rows = district.getSellers().stream()
                .map(seller -> new SellerRowView(seller, new StatusView(StatusMerge.merge(board.feedEvidence(seller.getCode()),
                        reports.reports(seller.getCode()), now, settings.merge()), now)))
                .toList();
    }

    /**
     * How long ago the feed last delivered, when the last polls failed: residents are told the data is old and
     * why, instead of the page quietly going stale. Null while the feed is working.
     */
    public RelativeAge getFeedOutageAge() {
        FeedHealth health = board.health();
        if (health.consecutiveFailures() < FAILED_POLLS_WORTH_TELLING || health.lastSuccessAt() == null) {
            return null;
        }
        return RelativeAge.of(Duration.between(health.lastSuccessAt(), clock.instant()));
    }

    public List<SellerRowView> getRows() {
        return rows;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public DirectoryDistrict getDistrict() {
        return district;
    }

    public DirectoryProvince getProvince() {
        return province;
    }
}
