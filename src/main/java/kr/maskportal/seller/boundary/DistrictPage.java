package kr.maskportal.seller.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.maskportal.platform.time.RelativeAge;
import kr.maskportal.official.control.NoticeBoard;
import kr.maskportal.report.control.ReportBoard;
import kr.maskportal.seller.control.DirectoryDistrict;
import kr.maskportal.seller.control.DirectoryProvince;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.DistrictListing;
import kr.maskportal.seller.control.ListedSeller;
import kr.maskportal.seller.control.ListingChoices;
import kr.maskportal.seller.control.ListingSort;
import kr.maskportal.seller.control.SellerDirectory;
import kr.maskportal.seller.entity.SellerType;
import kr.maskportal.stock.boundary.StatusView;
import kr.maskportal.stock.boundary.UsualTimes;
import kr.maskportal.stock.control.FeedHealth;
import kr.maskportal.stock.control.StatusSettings;
import kr.maskportal.stock.control.StockBoard;
import kr.maskportal.stock.control.forecast.ForecastBoard;
import kr.maskportal.stock.control.merge.StatusMerge;

/**
 * A district: every seller in it with name, type, address and its effective status (the feed and the pharmacists'
 * reports merged), with the age and source of that status; how many are in each status, and the resident's sort
 * and filter ({@code ?sort=status&type=PHARMACY&likely=1}, normalised by {@link ListingChoices}).
 */
@Named
@RequestScoped
public class DistrictPage {

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

    /** One failed poll is a blip; two in a row mean residents should know. */
    private static final int FAILED_POLLS_WORTH_TELLING = 2;

    private String code;
    private String sort;
    private String type;
    private String likely;
    private ListingChoices choices = ListingChoices.DEFAULT;
    private DirectoryDistrict district;
    private DirectoryProvince province;
    private List<SellerRowView> rows;
    private List<StatusCountView> counts;
    private AsOfView asOf;
    private List<DistrictNoticeView> notices;
    private DistrictMapView map;

    /** View action: an unknown code is a missing page, not an empty one. */
    public void load() {
        DirectorySnapshot snapshot = directory.current();
        district = snapshot.district(code).orElse(null);
        if (district == null) {
            NotFound.respond();
            return;
        }
        province = snapshot.province(district.getProvinceCode()).orElseThrow();
        choices = ListingChoices.of(sort, type, likely);
        Instant now = clock.instant();
        asOf = AsOfView.of(now);
        notices = DistrictNoticeView.of(noticeBoard.inForce(district.getCode(), now));
        List<ListedSeller> all = district.getSellers().stream()
                .map(seller -> new ListedSeller(seller, StatusMerge.merge(board.feedEvidence(seller.getCode()),
                        reports.reports(seller.getCode()), now, settings.merge(),
                        forecasts.forecast(seller.getCode(), seller.getDistrictCode()))))
                .toList();
        counts = DistrictListing.counts(all).entrySet().stream()
                .map(count -> new StatusCountView(count.getKey(), count.getValue()))
                .toList();
        List<ListedSeller> shown = DistrictListing.shown(all, choices);
        map = new DistrictMapView(shown);
        rows = shown.stream()
                .map(listed -> new SellerRowView(listed.seller(), new StatusView(listed.status(), now),
                        map.numberOf(listed.seller()),
                        UsualTimes.of(forecasts.pattern(listed.seller().getCode(),
                                listed.seller().getDistrictCode()).orElse(null))))
                .toList();
    }

    /** Whether forecasts are switched off in the district, which the page says. */
    public boolean isForecastsOff() {
        return forecasts.switchedOff(code);
    }

    /** Each status with its number of sellers in the whole district, whatever the filter. */
    public List<StatusCountView> getCounts() {
        return counts;
    }

    public AsOfView getAsOf() {
        return asOf;
    }

    /** The district office's notices in force as the page is rendered, earliest start first. */
    public List<DistrictNoticeView> getNotices() {
        return notices;
    }

    public ListingChoices getChoices() {
        return choices;
    }

    /** The table's caption names the order it is in. */
    public String getCaptionKey() {
        return "district.sellers.caption." + choices.sort().name();
    }

    public List<ChoiceLink> getSortLinks() {
        List<ChoiceLink> links = new ArrayList<>();
        for (ListingSort option : ListingSort.values()) {
            links.add(link("district.sort." + option.name(), choices.withSort(option), option == choices.sort()));
        }
        return links;
    }

    public List<ChoiceLink> getTypeLinks() {
        List<ChoiceLink> links = new ArrayList<>();
        links.add(link("district.type.ALL", choices.withType(null), choices.type() == null));
        for (SellerType option : SellerType.values()) {
            links.add(link("seller.type." + option.name(), choices.withType(option), option == choices.type()));
        }
        return links;
    }

    public List<ChoiceLink> getLikelyLinks() {
        return List.of(
                link("district.likely.all", choices.withLikelyOnly(false), !choices.likelyOnly()),
                link("district.likely.only", choices.withLikelyOnly(true), choices.likelyOnly()));
    }

    private ChoiceLink link(String labelKey, ListingChoices target, boolean current) {
        return new ChoiceLink(labelKey, "/district/" + district.getCode() + target.query(), current);
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

    /** The rows drawn as a map, numbered in the table's order. */
    public DistrictMapView getMap() {
        return map;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getLikely() {
        return likely;
    }

    public void setLikely(String likely) {
        this.likely = likely;
    }

    public DirectoryDistrict getDistrict() {
        return district;
    }

    public DirectoryProvince getProvince() {
        return province;
    }
}
