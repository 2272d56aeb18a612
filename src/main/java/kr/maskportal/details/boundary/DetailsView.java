package kr.maskportal.details.boundary;

import java.time.LocalDate;
import java.util.List;
import kr.maskportal.details.entity.OpeningDay;
import kr.maskportal.details.entity.SellerDetails;

/**
 * A seller's details as the residents' pages show them: the phone number with hyphens and its {@code tel:} link,
 * the hours of each day given (today's marked, Korea time), and the description line by line (Facelets escapes
 * each line; the page puts the breaks back).
 */
public final class DetailsView {

    private final SellerDetails details;
    private final List<HoursRow> hours;

    private DetailsView(SellerDetails details, LocalDate today) {
        this.details = details;
        OpeningDay day = OpeningDay.of(today);
        this.hours = details.hours().entrySet().stream()
                .map(e -> new HoursRow(e.getKey(), e.getValue(), e.getKey() == day)).toList();
    }

    /** @param today the Korean date now, whose day of the week is marked */
    public static DetailsView of(SellerDetails details, LocalDate today) {
        return new DetailsView(details, today);
    }

    public boolean isEmpty() {
        return details.isEmpty();
    }

    /** {@code 02-123-4567}; null when none was given. */
    public String getPhone() {
        return details.phone() == null ? null : details.phone().shown();
    }

    /**
     * {@code tel:0212345678}: the digits as dialled within Korea, not {@code tel:+82…}, because the residents
     * calling are in Korea and the representative numbers (15xx, 16xx, 18xx) cannot be dialled from abroad at all.
     */
    public String getPhoneHref() {
        return details.phone() == null ? null : "tel:" + details.phone().digits();
    }

    public List<HoursRow> getHours() {
        return hours;
    }

    /** The description's lines; empty when none was given. */
    public List<String> getDescriptionLines() {
        return details.description() == null ? List.of() : List.of(details.description().split("\n"));
    }
}
