package kr.maskportal.official.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kr.maskportal.official.control.DistrictScope;
import kr.maskportal.official.control.NoticeBoard;
import kr.maskportal.official.control.PostedNotice;
import kr.maskportal.official.control.now.DistrictNow;
import kr.maskportal.official.control.now.SellerNotice;
import kr.maskportal.official.control.now.SellerQueue;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.platform.web.StaffResponses;
import kr.maskportal.report.control.ReportBoard;
import kr.maskportal.seller.control.DirectoryDistrict;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.SellerDirectory;
import kr.maskportal.stock.control.ShownStatus;
import kr.maskportal.stock.control.StatusSettings;
import kr.maskportal.stock.control.StockBoard;
import kr.maskportal.stock.control.forecast.ForecastBoard;
import kr.maskportal.stock.control.forecast.ForecastRecord;
import kr.maskportal.stock.control.merge.StatusMerge;

/**
 * {@code /official}: what residents are being shown right now in each of the official's districts, from the same
 * in-memory read model as the public pages; {@code ?district=} adds one district's queues and notices.
 */
@Named
@RequestScoped
public class NowPage {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Korea.ZONE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Korea.ZONE);

    @Inject
    CurrentOfficial official;

    @Inject
    SellerDirectory directory;

    @Inject
    StockBoard stock;

    @Inject
    ForecastBoard forecasts;

    @Inject
    ReportBoard reports;

    @Inject
    NoticeBoard notices;

    @Inject
    StatusSettings settings;

    @Inject
    Clock clock;

    private String district;
    private String export;
    private Instant now;
    private DistrictScope scope;
    private List<DistrictChoice> choices = List.of();
    private List<DistrictNow> overview = List.of();
    private DistrictNow selected;
    private DirectoryDistrict selectedDistrict;
    private DirectorySnapshot places;
    private List<PostedNotice> districtNotices = List.of();

    /** View action. */
    public void load() {
        Optional<DistrictScope> found = official.scopeOr403();
        if (found.isEmpty()) {
            return;
        }
        scope = found.get();
        now = clock.instant();
        DirectorySnapshot snapshot = directory.current();
        choices = DistrictChoice.of(snapshot, scope);
        List<DirectoryDistrict> districts = DistrictChoice.codes(choices).stream()
                .map(code -> snapshot.district(code).orElseThrow()).toList();
        if (district == null && districts.size() == 1) {
            district = districts.get(0).getCode();
        }
        overview = districts.stream().map(this::now).toList();
        places = snapshot;
        if (district != null) {
            if (!official.permitsOr403(scope, district, "the current status")) {
                return;
            }
            selectedDistrict = snapshot.district(district).orElse(null);
            if (selectedDistrict == null) {
                StaffResponses.error(404);
                return;
            }
            selected = overview.stream().filter(d -> d.districtCode().equals(district)).findFirst()
                    .orElseGet(() -> now(selectedDistrict));
            districtNotices = notices.inForce(district, now);
        }
        if (export != null) {
            exportTable();
        }
    }

    private DistrictNow now(DirectoryDistrict d) {
        return DistrictNow.of(d.getCode(), d.getSellers(), seller -> StatusMerge.merge(
                stock.feedEvidence(seller.getCode()), reports.reports(seller.getCode()), now, settings.merge(),
                forecasts.forecast(seller.getCode(), d.getCode())));
    }

    private void exportTable() {
        Optional<ReportTable> table = getTables().stream().filter(t -> t.id().equals(export)).findFirst();
        if (table.isEmpty()) {
            StaffResponses.error(404);
            return;
        }
        String stem = (selected == null ? "all" : selected.districtCode()) + "-"
                + DATE_TIME.format(now).replace(' ', '-').replace(":", "") + "-" + export;
        CsvResponse.send(table.get(), stem);
    }

    public List<ReportTable> getTables() {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(getOverviewTable());
        if (selected != null) {
            tables.add(getQueueTable());
            tables.add(getNoticeTable());
        }
        return tables;
    }

    /** Every district in scope, one row each: the numbers of the status chart and more. */
    public ReportTable getOverviewTable() {
        List<ReportTable.Column> columns = new ArrayList<>();
        columns.add(ReportTable.Column.text("official.now.column.district"));
        columns.add(ReportTable.Column.number("official.now.column.sellers"));
        for (ShownStatus status : ShownStatus.values()) {
            columns.add(ReportTable.Column.number("status.short." + status.name()));
        }
        columns.add(ReportTable.Column.number("official.now.column.stale"));
        columns.add(ReportTable.Column.number("official.now.column.queues"));
        columns.add(ReportTable.Column.number("official.now.column.forecasts"));
        columns.add(ReportTable.Column.number("official.now.column.forecastHits"));
        columns.add(ReportTable.Column.text("official.now.column.forecastState"));
        List<List<String>> rows = new ArrayList<>();
        for (DistrictNow d : overview) {
            List<String> row = new ArrayList<>();
            row.add(districtName(d.districtCode()));
            row.add(Integer.toString(d.sellers()));
            for (ShownStatus status : ShownStatus.values()) {
                row.add(Integer.toString(d.count(status)));
            }
            row.add(Integer.toString(d.stale()));
            row.add(Integer.toString(d.queues().size()));
            ForecastRecord record = forecasts.record(d.districtCode());
            row.add(Integer.toString(record.forecasts()));
            row.add(record.hitRate() == null ? "" : String.format(Locale.ROOT, "%.1f", 100 * record.hitRate()));
            row.add(OfficialWords.text(record.switchedOff() ? "official.now.forecast.off" : "official.now.forecast.on"));
            rows.add(row);
        }
        return new ReportTable("districts", "official.now.table.districts", List.of(TIME.format(now)), columns,
                rows);
    }

    public ReportTable getQueueTable() {
        List<List<String>> rows = new ArrayList<>();
        for (SellerQueue q : selected.queues()) {
            rows.add(List.of(q.name(), Integer.toString(q.queue().people()),
                    Long.toString(roundUpMinutes(q.queue().estimatedWait())), TIME.format(q.queue().reportedAt()),
                    Long.toString(Duration.between(q.queue().reportedAt(), now).toMinutes())));
        }
        return new ReportTable("queues", "official.now.table.queues",
                List.of(selectedDistrict.getName(), TIME.format(now)),
                List.of(ReportTable.Column.text("official.column.seller"),
                        ReportTable.Column.number("official.now.column.people"),
                        ReportTable.Column.number("official.now.column.waitMinutes"),
                        ReportTable.Column.text("official.now.column.reportedAt"),
                        ReportTable.Column.number("official.now.column.minutesAgo")),
                rows);
    }

    /** The district office's own notices in force, then the pharmacists' notices of today. */
    public ReportTable getNoticeTable() {
        List<List<String>> rows = new ArrayList<>();
        String office = OfficialWords.text("official.now.noticeFrom.office");
        for (PostedNotice notice : districtNotices) {
            rows.add(List.of(office, notice.text(),
                    DATE_TIME.format(notice.startsAt()) + " ~ " + DATE_TIME.format(notice.endsAt())));
        }
        for (SellerNotice notice : selected.notices()) {
            rows.add(List.of(notice.name(), notice.notice().text(), TIME.format(notice.notice().reportedAt())));
        }
        return new ReportTable("notices", "official.now.table.notices", List.of(selectedDistrict.getName()),
                List.of(ReportTable.Column.text("official.now.column.from"),
                        ReportTable.Column.text("official.now.column.notice"),
                        ReportTable.Column.text("official.now.column.when")),
                rows);
    }

    /** The selected district's statuses as a bar chart; its numbers are the district's row of the overview. */
    public String getStatusChart() {
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (ShownStatus status : ShownStatus.values()) {
            labels.add(OfficialWords.text("status.short." + status.name()));
            values.add(selected.count(status));
        }
        return ChartJson.bar(labels, List.of(new ChartJson.Series(OfficialWords.text("official.now.chart.series"),
                values)), OfficialWords.text("official.now.chart.axis"), false);
    }

    /** Where the export links of a table point: this page with its choice and the table's id. */
    public String exportHref(ReportTable table) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + OfficialUrls.NOW
                + "?" + (selected == null ? "" : "district=" + selected.districtCode() + "&") + "export=" + table.id();
    }

    private String districtName(String code) {
        return places.placeName(code).orElseThrow();
    }

    private static long roundUpMinutes(Duration wait) {
        return (wait.toSeconds() + 59) / 60;
    }

    /** More than one district to choose from. */
    public boolean isChoosing() {
        return DistrictChoice.codes(choices).size() > 1;
    }

    public boolean isNoDistricts() {
        return scope != null && choices.isEmpty();
    }

    public List<DistrictChoice> getChoices() {
        return choices;
    }

    public boolean isDistrictSelected() {
        return selected != null;
    }

    /** The selected district's figures for the summary sentence: sellers, with masks, stale, unknown, queues. */
    public List<Integer> getSummary() {
        return List.of(selected.sellers(), selected.withMasks(), selected.stale(),
                selected.count(ShownStatus.UNKNOWN), selected.queues().size());
    }

    public DirectoryDistrict getSelectedDistrict() {
        return selectedDistrict;
    }

    public String getAsOf() {
        return DATE_TIME.format(now);
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getExport() {
        return export;
    }

    public void setExport(String export) {
        this.export = export;
    }
}
