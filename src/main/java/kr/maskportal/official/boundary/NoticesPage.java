package kr.maskportal.official.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kr.maskportal.account.boundary.CurrentStaff;
import kr.maskportal.account.control.AccountView;
import kr.maskportal.official.control.DistrictForbidden;
import kr.maskportal.official.control.DistrictNotices;
import kr.maskportal.official.control.DistrictScope;
import kr.maskportal.official.control.ListedNotice;
import kr.maskportal.official.control.OfficialDistricts;
import kr.maskportal.official.control.PostedNotice;
import kr.maskportal.official.control.UnknownNotice;
import kr.maskportal.official.entity.DistrictNotice;
import kr.maskportal.official.entity.InvalidNotice;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.platform.web.StaffResponses;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.SellerDirectory;

/**
 * {@code /official/notices}: the form that posts a notice to one of the official's districts, and the official's
 * notices (in force, upcoming, past) with a withdraw button each. Plain posts of a stateful view (the view state and
 * the form token are the CSRF defence); a stored notice or a withdrawal answers with a redirect to the page naming it (post, redirect,
 * get). A post naming a district outside the account's scope, or withdrawing a notice of one, is answered 403 and
 * logged whatever else is wrong with it, and changes nothing.
 */
@Named
@RequestScoped
public class NoticesPage {

    /** The district field's name as posted: the list is the browser's own select, outside Faces' validation. */
    static final String DISTRICT_PARAM = "notice:district";

    @Inject
    OfficialDistricts officialDistricts;

    @Inject
    DistrictNotices notices;

    @Inject
    CurrentStaff staff;

    @Inject
    SellerDirectory directory;

    @Inject
    Clock clock;

    private Optional<DistrictScope> scope;
    private List<NoticeRow> rows;
    private final List<NoticeError> errors = new ArrayList<>();
    private String district;
    private String text;
    private String startDate;
    private String startTime;
    private String endDate;
    private String endTime;
    private Long posted;
    private Long withdrawn;

    /** The form's defaults: from now (to the minute, Korea time) for a day. A post replaces them with what was sent. */
    @PostConstruct
    void defaults() {
        ZonedDateTime start = clock.instant().atZone(Korea.ZONE).truncatedTo(ChronoUnit.MINUTES);
        ZonedDateTime end = start.plusDays(1);
        startDate = start.toLocalDate().toString();
        startTime = start.toLocalTime().toString();
        endDate = end.toLocalDate().toString();
        endTime = end.toLocalTime().toString();
    }

    /** View action: only an enabled official account has districts to post to. */
    public void load() {
        if (scope().isEmpty()) {
            StaffResponses.error(403);
        }
    }

    public void post() {
        Optional<DistrictScope> official = scope();
        if (official.isEmpty()) {
            StaffResponses.error(403);
            return;
        }
        district = posted(DISTRICT_PARAM);
        try {
            if (district.isEmpty()) {
                errors.add(new NoticeError(DISTRICT_PARAM, "official.notices.invalid.DISTRICT_MISSING", null, null));
            } else {
                // someone else's district is refused as such, whatever else is wrong with the post
                OfficialDistricts.require(official.get(), district, "posting a notice");
            }
            Instant start = when(startDate, startTime, "notice:startDate", "START_UNREADABLE");
            Instant end = when(endDate, endTime, "notice:endDate", "END_UNREADABLE");
            if (!errors.isEmpty()) {
                return;
            }
            PostedNotice notice = notices.post(official.get(), district, text, start, end);
            StaffResponses.redirect(OfficialUrls.NOTICES + "?posted=" + notice.id());
        } catch (InvalidNotice e) {
            errors.add(error(e));
        } catch (DistrictForbidden e) {
            StaffResponses.error(403);
        }
    }

    public void withdraw(NoticeRow.WithdrawInput input) {
        Optional<DistrictScope> official = scope();
        if (official.isEmpty()) {
            StaffResponses.error(403);
            return;
        }
        long id;
        try {
            id = Long.parseLong(input.getNotice().strip());
        } catch (RuntimeException e) {
            StaffResponses.error(404);
            return;
        }
        try {
            notices.withdraw(official.get(), id);
            StaffResponses.redirect(OfficialUrls.NOTICES + "?withdrawn=" + id);
        } catch (DistrictForbidden e) {
            StaffResponses.error(403);
        } catch (UnknownNotice e) {
            StaffResponses.error(404);
        }
    }

    /** Whether the account may post anywhere at all (an official bound to no district may not). */
    public boolean isAnyDistrict() {
        return scope().map(s -> s.allDistricts() || !s.districtCodes().isEmpty()).orElse(false);
    }

    /** A city-wide account types the district's code: a list of 250 would be no help. */
    public boolean isAllDistricts() {
        return scope().map(DistrictScope::allDistricts).orElse(false);
    }

    /** The account's districts by province. */
    public List<DistrictChoice> getDistrictChoices() {
        return scope().map(s -> DistrictChoice.of(directory.current(), s)).orElse(List.of());
    }

    /** The district posted, or the first of the account's. */
    public String getChosenDistrict() {
        List<String> codes = DistrictChoice.codes(getDistrictChoices());
        return district != null && codes.contains(district) ? district : codes.isEmpty() ? null : codes.get(0);
    }

    public List<NoticeRow> getInForce() {
        return rows(NoticeRow.State.IN_FORCE);
    }

    public List<NoticeRow> getUpcoming() {
        return rows(NoticeRow.State.UPCOMING);
    }

    /** Ended and withdrawn ones, newest first. */
    public List<NoticeRow> getPast() {
        return rows().stream().filter(r -> !r.isWithdrawable()).toList();
    }

    /** What the last post did, from the address it redirected to; only a notice of this account's districts. */
    public NoticeRow getConfirmation() {
        Long id = posted != null ? posted : withdrawn;
        return id == null ? null : rows().stream().filter(r -> r.getId() == id).findFirst().orElse(null);
    }

    public String getConfirmationKey() {
        return posted != null ? "official.notices.posted" : "official.notices.withdrawn";
    }

    public List<NoticeError> getErrors() {
        return errors;
    }

    public boolean isFailed() {
        return !errors.isEmpty();
    }

    public boolean hasError(String fieldId) {
        return errors.stream().anyMatch(e -> e.fieldId().equals(fieldId));
    }

    public List<NoticeError> errorsFor(String fieldId) {
        return errors.stream().filter(e -> e.fieldId().equals(fieldId)).toList();
    }

    public int getMaxLength() {
        return DistrictNotice.MAX_LENGTH;
    }

    public long getMaxSpanDays() {
        return DistrictNotice.MAX_SPAN.toDays();
    }

    private List<NoticeRow> rows(NoticeRow.State state) {
        return rows().stream().filter(r -> r.getState() == state)
                .sorted(Comparator.comparing(NoticeRow::startsAt).thenComparing(NoticeRow::getId))
                .toList();
    }

    private List<NoticeRow> rows() {
        if (rows == null) {
            Instant now = clock.instant();
            DirectorySnapshot places = directory.current();
            List<ListedNotice> listed = scope().map(notices::list).orElse(List.of());
            rows = listed.stream().map(n -> new NoticeRow(n, place(places, n.districtCode()), now)).toList();
        }
        return rows;
    }

    private Optional<DistrictScope> scope() {
        if (scope == null) {
            AccountView account = staff.getAccount();
            scope = account == null ? Optional.empty() : officialDistricts.scopeOf(account.getLogin());
        }
        return scope;
    }

    /** A date and a time of day as typed (Korea time); null, with the error noted, when either cannot be read. */
    private Instant when(String date, String time, String fieldId, String problem) {
        try {
            return LocalDate.parse(date.strip()).atTime(LocalTime.parse(time.strip())).atZone(Korea.ZONE).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            errors.add(new NoticeError(fieldId, "official.notices.invalid." + problem, null, null));
            return null;
        }
    }

    private NoticeError error(InvalidNotice e) {
        String fieldId = switch (e.field()) {
            case InvalidNotice.TEXT -> "notice:text";
            case InvalidNotice.DISTRICT -> DISTRICT_PARAM;
            default -> "notice:endDate";
        };
        String stripped = text == null ? "" : text.strip();
        Object sent = e.problem() == InvalidNotice.Problem.TEXT_TOO_LONG
                ? stripped.codePointCount(0, stripped.length()) : null;
        Object limit = e.problem() == InvalidNotice.Problem.SPAN_TOO_LONG ? getMaxSpanDays() : getMaxLength();
        return new NoticeError(fieldId, "official.notices.invalid." + e.problem().name(), limit, sent);
    }

    private static String posted(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null ? "" : value.strip();
    }

    private static String place(DirectorySnapshot places, String code) {
        return places.placeName(code).orElse(code);
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public Long getPosted() {
        return posted;
    }

    public void setPosted(Long posted) {
        this.posted = posted;
    }

    public Long getWithdrawn() {
        return withdrawn;
    }

    public void setWithdrawn(Long withdrawn) {
        this.withdrawn = withdrawn;
    }
}
