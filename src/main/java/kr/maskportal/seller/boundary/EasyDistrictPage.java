package kr.maskportal.seller.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kr.maskportal.details.control.DetailsBoard;
import kr.maskportal.official.control.NoticeBoard;
import kr.maskportal.report.control.ReportBoard;
import kr.maskportal.seller.control.DirectoryDistrict;
import kr.maskportal.seller.control.DirectoryProvince;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.DistrictListing;
import kr.maskportal.seller.control.ListPage;
import kr.maskportal.seller.control.ListedSeller;
import kr.maskportal.seller.control.ListingChoices;
import kr.maskportal.seller.control.ListingSort;
import kr.maskportal.seller.control.SellerDirectory;
import kr.maskportal.stock.boundary.PlainStatus;
import kr.maskportal.stock.control.StatusSettings;
import kr.maskportal.stock.control.StockBoard;
import kr.maskportal.stock.control.forecast.ForecastBoard;
import kr.maskportal.stock.control.merge.StatusMerge;

/**
 * A district on the easy pages: its sellers with their effective status in plain words, those with masks first,
 * a page at a time ({@code ?page=2}) so that even the largest district's page stays small on a slow line.
 */
@Named
@RequestScoped
public class EasyDistrictPage {

    /**
     * Enough for most districts on one page; 강남구, the largest (441 sellers), takes 12. A page of the replayed
     * sales day is about 4 KB gzipped; with a queue, a count, a warning and a cut-short notice on every seller it
     * would still be near 10 KB, inside the 14 KB of a first round trip (EasyPagesIT measures every page). A page
     * also prints on one sheet.
     */
    static final int SELLERS_PER_PAGE = 40;

    private static final ListingChoices MASKS_FIRST = ListingChoices.DEFAULT.withSort(ListingSort.STATUS);

    @Inject
    SellerDirectory directory;

    @Inject
    StockBoard board;

    @Inject
    ForecastBoard forecasts;

    @Inject
    ReportBoard reports;

    @Inject
    NoticeBoard noticeBoard;

    @Inject
    StatusSettings settings;

    @Inject
    Clock clock;

    @Inject
    DetailsBoard details;

    private String code;
    private String page;
    private DirectoryDistrict district;
    private DirectoryProvince province;
    private ListPage listPage;
    private List<EasySellerRow> rows;
    private long withMasks;
    private AsOfView asOf;
    private List<DistrictNoticeView> notices;

    /** View action: an unknown district, or a page past its last, is a missing page. */
    public void load() {
        DirectorySnapshot snapshot = directory.current();
        district = snapshot.district(code).orElse(null);
        if (district == null) {
            NotFound.respond();
            return;
        }
        province = snapshot.province(district.getProvinceCode()).orElseThrow();
        Instant now = clock.instant();
        asOf = AsOfView.of(now);
        notices = DistrictNoticeView.of(noticeBoard.inForce(district.getCode(), now));
        // the same merge as the ordinary district page, in the same order as its "most masks first"
        List<ListedSeller> all = district.getSellers().stream()
                .map(seller -> new ListedSeller(seller, StatusMerge.merge(board.feedEvidence(seller.getCode()),
                        reports.reports(seller.getCode()), now, settings.merge(),
                        forecasts.forecast(seller.getCode(), seller.getDistrictCode()))))
                .toList();
        withMasks = all.stream().filter(listed -> listed.status().status().hasMasks()).count();
        List<ListedSeller> ordered = DistrictListing.shown(all, MASKS_FIRST);
        listPage = ListPage.of(ListPage.requested(page), ordered.size(), SELLERS_PER_PAGE).orElse(null);
        if (listPage == null) {
            NotFound.respond();
            return;
        }
        rows = ordered.subList(listPage.from(), listPage.to()).stream()
                .map(listed -> new EasySellerRow(listed.seller(), new PlainStatus(listed.status(), now),
                        province.getName(), district.getName(), details.of(listed.seller().getCode()).phone()))
                .toList();
    }

    public List<EasySellerRow> getRows() {
        return rows;
    }

    public ListPage getListPage() {
        return listPage;
    }

    public long getWithMasks() {
        return withMasks;
    }

    public AsOfView getAsOf() {
        return asOf;
    }

    /** The district office's notices in force as the page is rendered, earliest start first. */
    public List<DistrictNoticeView> getNotices() {
        return notices;
    }

    public DirectoryDistrict getDistrict() {
        return district;
    }

    public DirectoryProvince getProvince() {
        return province;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
