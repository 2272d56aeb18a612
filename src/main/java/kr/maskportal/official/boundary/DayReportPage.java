package kr.maskportal.official.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kr.maskportal.official.control.DistrictScope;
import kr.maskportal.official.control.day.DayReport;
import kr.maskportal.official.control.day.DayReports;
import kr.maskportal.official.control.history.HistoryLoader;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.platform.web.StaffResponses;
import kr.maskportal.seller.control.DirectoryDistrict;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.SellerDirectory;
import kr.maskportal.stock.control.StatusSettings;

/**
 * {@code /official/day?district=26350&date=2020-03-10}: one district's sales day for an official of that district
 * (issue 7, items 2, 4 and 6). A plain GET form chooses the district and the day (today in Korea by default); the
 * report is computed from that district's history of that day only ({@link HistoryLoader#district}) by
 * {@link DayReports}. {@code &export=<table id>} answers one of its tables as CSV. A district outside the account's
 * scope is refused with 403 (logged by {@code OfficialDistricts.require}) before anything else is looked at, for the
 * page and the export alike.
 */
@Named
@RequestScoped
public class DayReportPage {

    static final String DISTRICT_FIELD = "district";
    static final String DATE_FIELD = "date";
    private static final Pattern CODE = Pattern.compile("\\d{5}");

    @Inject
    CurrentOfficial official;

    @Inject
    SellerDirectory directory;

    @Inject
    HistoryLoader history;

    @Inject
    StatusSettings settings;

    @Inject
    Clock clock;

    private String district;
    private String date;
    private String export;
    private LocalDate today;
    private DistrictScope scope;
    private List<DistrictChoice> choices = List.of();
    private final List<InputProblem> problems = new ArrayList<>();
    private DayView report;

    /** View action: scope first, then the inputs, then the report or one of its tables. */
    public void load() {
        Optional<DistrictScope> found = official.scopeOr403();
        if (found.isEmpty()) {
            return;
        }
        scope = found.get();
        today = LocalDate.now(clock.withZone(Korea.ZONE));
        DirectorySnapshot snapshot = directory.current();
        choices = DistrictChoice.of(snapshot, scope);
        String code = blank(district) ? defaultDistrict() : district.trim();
        if (code != null) {
            if (!official.permitsOr403(scope, code,
                    "the day report" + (blank(export) ? "" : " (CSV " + loggable(export) + ")"))) {
                return;
            }
        }
        district = code;
        Optional<DirectoryDistrict> chosen = code == null || !CODE.matcher(code).matches() ? Optional.empty()
                : snapshot.district(code);
        if (code != null && chosen.isEmpty()) {
            problems.add(new InputProblem(DISTRICT_FIELD, "official.day.error.district"));
        }
        LocalDate day = day();
        if (!problems.isEmpty() || chosen.isEmpty()) {
            if (!blank(export)) {
                StaffResponses.error(404);
            }
            return;
        }
        report = build(snapshot, chosen.get(), day);
        if (!blank(export)) {
            Optional<ReportTable> table = report.table(export);
            if (table.isEmpty()) {
                StaffResponses.error(404);
                return;
            }
            CsvResponse.send(table.get(), chosen.get().getCode() + "-" + day + "-" + table.get().id());
        }
    }

    private DayView build(DirectorySnapshot snapshot, DirectoryDistrict chosen, LocalDate day) {
        Instant from = day.atStartOfDay(Korea.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(Korea.ZONE).toInstant();
        DayReport computed = DayReports.of(history.district(chosen.getCode(), from, to), day, settings.merge(),
                clock.instant());
        Map<String, DirectorySeller> sellers = new LinkedHashMap<>();
        chosen.getSellers().forEach(s -> sellers.put(s.getCode(), s));
        return new DayTables(OfficialWords.bundle(), OfficialWords.STAFF_LOCALE)
                .view(computed, snapshot.placeName(chosen.getCode()).orElseThrow(), sellers);
    }

    /** The day asked for; today when none; null (with a problem noted) for one that is malformed or to come. */
    private LocalDate day() {
        if (blank(date)) {
            date = today.toString();
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(date.trim());
            if (day.isAfter(today)) {
                problems.add(new InputProblem(DATE_FIELD, "official.day.error.future"));
                return null;
            }
            date = day.toString();
            return day;
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem(DATE_FIELD, "official.day.error.date"));
            return null;
        }
    }

    /** An official bound to districts starts with the first of them; a city-wide one chooses. */
    private String defaultDistrict() {
        return choices.isEmpty() || scope.allDistricts() ? null : choices.get(0).districts().get(0).code();
    }

    /** A log line names what was asked for, never more than a short id of letters and digits. */
    private static String loggable(String value) {
        String kept = value.replaceAll("[^A-Za-z0-9_-]", "?");
        return kept.length() > 20 ? kept.substring(0, 20) + "…" : kept;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getExport() {
        return export;
    }

    public void setExport(String export) {
        this.export = export;
    }

    /** The latest day that may be chosen: today in Korea. */
    public String getToday() {
        return today == null ? "" : today.toString();
    }

    public List<DistrictChoice> getChoices() {
        return choices;
    }

    /** No district to choose from: the account is bound to none. */
    public boolean isNoDistricts() {
        return choices.isEmpty();
    }

    public List<InputProblem> getProblems() {
        return problems;
    }

    public boolean isFailed() {
        return !problems.isEmpty();
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.fieldId().equals(field));
    }

    public List<InputProblem> problemsFor(String field) {
        return problems.stream().filter(p -> p.fieldId().equals(field)).toList();
    }

    /** Null until a district and a day have been chosen and are valid. */
    public DayView getReport() {
        return report;
    }

    /** This page's address for the same district and day with one table as CSV. */
    public String exportHref(String tableId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + OfficialUrls.DAY
                + "?district=" + district + "&date=" + date + "&export=" + tableId;
    }
}
