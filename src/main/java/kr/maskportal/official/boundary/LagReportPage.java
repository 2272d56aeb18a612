package kr.maskportal.official.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import kr.maskportal.official.control.DistrictScope;
import kr.maskportal.official.control.history.HistoryLoader;
import kr.maskportal.official.control.history.SellerHistory;
import kr.maskportal.official.control.lag.CountryLag;
import kr.maskportal.official.control.lag.LagReport;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.platform.web.StaffResponses;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.SellerDirectory;

/**
 * {@code /official/lag}: the feed lag and discrepancy report ({@link kr.maskportal.official.control.lag.LagRules})
 * for Korean days and a district of the official's, or all of them (the whole country for a city-wide account);
 * {@code ?export=<table>} answers one of its tables as CSV. A GET form: choosing what to read changes nothing, and
 * the address can be bookmarked. A district outside the account's scope is refused with 403, for the page and its
 * exports alike, before anything is read.
 */
@Named
@RequestScoped
public class LagReportPage {

    static final String PATH = OfficialUrls.LAG;
    /** What a country-wide report reads: sellers with a report of these kinds in the span. */

    @Inject
    CurrentOfficial official;

    @Inject
    HistoryLoader history;

    @Inject
    CountryLag countryLag;

    @Inject
    SellerDirectory directory;

    @Inject
    Clock clock;

    private String from;
    private String to;
    private String district;
    private String export;

    private LagChoice choice;
    private List<DistrictChoice> options = List.of();
    private boolean noDistricts;
    private LagReport report;
    private Map<String, ReportTable> tables = Map.of();
    private String histogramChart;
    private String daysChart;

    /** View action: scope first, then the choice, then the report or one of its tables. */
    public void load() {
        Optional<DistrictScope> found = official.scopeOr403();
        if (found.isEmpty()) {
            return;
        }
        DistrictScope scope = found.get();
        choice = LagChoice.read(from, to, district, LocalDate.now(clock.withZone(Korea.ZONE)));
        if (choice.district() != null && !official.permitsOr403(scope, choice.district(),
                export == null ? "the lag report" : "a lag CSV")) {
            return;
        }
        DirectorySnapshot places = directory.current();
        options = DistrictChoice.of(places, scope);
        if (choice.district() != null && places.district(choice.district()).isEmpty()) {
            List<LagChoice.Problem> problems = new ArrayList<>(choice.problems());
            problems.add(new LagChoice.Problem("district", "official.lag.error.district", null));
            choice = new LagChoice(choice.from(), choice.to(), choice.district(), problems);
        }
        if (!choice.valid()) {
            return;
        }
        if (!scope.allDistricts() && scope.districtCodes().isEmpty()) {
            noDistricts = true;
            return;
        }
        Instant start = choice.from().atStartOfDay(Korea.ZONE).toInstant();
        Instant end = choice.to().plusDays(1).atStartOfDay(Korea.ZONE).toInstant();
        Instant now = clock.instant();
        if (choice.district() == null && scope.allDistricts()) {
            report = LagReport.ofSellers(countryLag.days(choice.from(), choice.to(), now), choice.from(),
                    choice.to());
        } else {
            List<SellerHistory> histories = new ArrayList<>();
            if (choice.district() != null) {
                histories.addAll(history.district(choice.district(), start, end));
            } else {
                scope.districtCodes().stream().sorted()
                        .forEach(code -> histories.addAll(history.district(code, start, end)));
            }
            report = LagReport.of(histories, choice.from(), choice.to(), now);
        }
        build(scope, places);
        if (export != null) {
            ReportTable table = tables.get(export);
            if (table == null) {
                StaffResponses.error(404);
                return;
            }
            CsvResponse.send(table, "lag-" + choice.from() + "-" + choice.to() + "-"
                    + (choice.district() == null ? "all" : choice.district()) + "-" + table.id());
        }
    }

    private void build(DistrictScope scope, DirectorySnapshot places) {
        ResourceBundle messages = OfficialWords.bundle();
        String selection;
        String selectionName;
        if (choice.district() != null) {
            selection = "one";
            selectionName = districtName(places, choice.district(), messages);
        } else if (scope.allDistricts()) {
            selection = "country";
            selectionName = null;
        } else {
            selection = "mine";
            selectionName = scope.districtCodes().stream().sorted().map(c -> districtName(places, c, messages))
                    .collect(Collectors.joining(", "));
        }
        LagTables.Naming naming = new LagTables.Naming(selection, selectionName, choice.from().toString(),
                choice.to().toString(), messages::getString, code -> districtName(places, code, messages),
                code -> places.seller(code).map(DirectorySeller::getName).orElse(code));
        tables = Map.of(
                LagTables.HISTOGRAM, LagTables.histogram(report, naming),
                LagTables.DAYS, LagTables.days(report, naming),
                LagTables.DISTRICTS, LagTables.districts(report, naming),
                LagTables.SELLERS, LagTables.sellers(report, naming));
        histogramChart = LagTables.histogramChart(report, messages::getString);
        daysChart = LagTables.daysChart(report, messages::getString);
    }

    private static String districtName(DirectorySnapshot places, String code, ResourceBundle messages) {
        if (code == null) {
            return messages.getString("official.lag.unplaced");
        }
        return places.placeName(code).orElse(code);
    }

    /** The page's own address with the valid choice, for the CSV links. */
    public String exportHref(String table) {
        StringBuilder href = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestContextPath()).append(PATH).append("?from=").append(choice.from()).append("&to=")
                .append(choice.to());
        if (choice.district() != null) {
            href.append("&district=").append(URLEncoder.encode(choice.district(), StandardCharsets.UTF_8));
        }
        return href.append("&export=").append(URLEncoder.encode(table, StandardCharsets.UTF_8)).toString();
    }

    public boolean isShown() {
        return report != null;
    }

    public boolean isFailed() {
        return choice != null && !choice.valid();
    }

    public List<LagChoice.Problem> getProblems() {
        return choice == null ? List.of() : choice.problems();
    }

    public boolean hasError(String field) {
        return getProblems().stream().anyMatch(p -> p.field().equals(field));
    }

    public List<LagChoice.Problem> problemsFor(String field) {
        return getProblems().stream().filter(p -> p.field().equals(field)).toList();
    }

    public int getMostDays() {
        return LagChoice.MOST_DAYS;
    }

    public boolean isNoDistricts() {
        return noDistricts;
    }

    public List<DistrictChoice> getOptions() {
        return options;
    }

    /** What the form shows: the choice as read, or as typed when it could not be read. */
    public String getFromValue() {
        return choice != null && choice.from() != null && !hasError("from") ? choice.from().toString() : from;
    }

    public String getToValue() {
        return choice != null && choice.to() != null && !hasError("to") ? choice.to().toString() : to;
    }

    public LagReport getReport() {
        return report;
    }

    public ReportTable table(String id) {
        return tables.get(id);
    }

    public String getHistogramChart() {
        return histogramChart;
    }

    public String getDaysChart() {
        return daysChart;
    }

    /** Minutes with one decimal, or a dash; as in the tables. */
    public String minutes(Duration lag) {
        return LagTables.minutes(lag);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
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
