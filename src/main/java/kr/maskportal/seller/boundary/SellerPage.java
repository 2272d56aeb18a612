package kr.maskportal.seller.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kr.maskportal.details.boundary.DetailsView;
import kr.maskportal.details.control.DetailsBoard;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.report.control.ReportBoard;
import kr.maskportal.seller.control.DirectoryDistrict;
import kr.maskportal.seller.control.DirectoryProvince;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.SellerDirectory;
import kr.maskportal.stock.boundary.StatusView;
import kr.maskportal.stock.boundary.UsualTimes;
import kr.maskportal.stock.control.SellerTimeline;
import kr.maskportal.stock.control.StatusSettings;
import kr.maskportal.stock.control.StockBoard;
import kr.maskportal.stock.control.forecast.ForecastBoard;
import kr.maskportal.stock.control.TimelineEntry;
import kr.maskportal.stock.control.merge.StatusMerge;

/**
 * One seller: where it is, its effective status now, what its pharmacist tells residents (phone, hours, how they
 * sell), and its day so far (feed changes and reports in one list).
 */
@Named
@RequestScoped
public class SellerPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Korea.ZONE);

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
    SellerTimeline timeline;

    @Inject
    DetailsBoard details;

    @Inject
    Clock clock;

    private String code;
    private SellerRowView seller;
    private DirectoryDistrict district;
    private DirectoryProvince province;
    private List<TimelineRow> rows;
    private boolean forecastsOff;
    private DetailsView detailsView;

    /** View action: an unknown or unplaced seller is a missing page. */
    public void load() {
        DirectorySnapshot snapshot = directory.current();
        DirectorySeller found = snapshot.seller(code).orElse(null);
        if (found == null || found.getDistrictCode() == null) {
            NotFound.respond();
            return;
        }
        Instant now = clock.instant();
        seller = new SellerRowView(found, new StatusView(StatusMerge.merge(board.feedEvidence(code),
                reports.reports(code), now, settings.merge(), forecasts.forecast(code, found.getDistrictCode())), now),
                null, UsualTimes.of(forecasts.pattern(code, found.getDistrictCode()).orElse(null)));
        forecastsOff = forecasts.switchedOff(found.getDistrictCode());
        district = snapshot.district(found.getDistrictCode()).orElseThrow();
        province = snapshot.province(district.getProvinceCode()).orElseThrow();
        rows = timeline.today(code).stream().map(TimelineRow::new).toList();
        detailsView = DetailsView.of(details.of(code), LocalDate.ofInstant(now, Korea.ZONE));
    }

    /** Whether forecasts are switched off in the seller's district, which the page says. */
    public boolean isForecastsOff() {
        return forecastsOff;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public SellerRowView getSeller() {
        return seller;
    }

    public DirectoryDistrict getDistrict() {
        return district;
    }

    public DirectoryProvince getProvince() {
        return province;
    }

    /** What the pharmacist tells residents: phone, hours, how they sell. */
    public DetailsView getDetails() {
        return detailsView;
    }

    public List<TimelineRow> getTimeline() {
        return rows;
    }

    /** A timeline line with its time as residents read it: hours and minutes, Korea time. */
    public static final class TimelineRow {

        private final TimelineEntry entry;

        TimelineRow(TimelineEntry entry) {
            this.entry = entry;
        }

        public String getTime() {
            return TIME.format(entry.at());
        }

        public String getKey() {
            return entry.key();
        }

        public Integer getNumber() {
            return entry.number();
        }

        public String getText() {
            return entry.text();
        }
    }
}
