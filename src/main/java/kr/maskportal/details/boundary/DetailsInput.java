package kr.maskportal.details.boundary;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.maskportal.details.entity.DayDraft;
import kr.maskportal.details.entity.OpeningDay;
import kr.maskportal.details.entity.SellerDetails;

/**
 * What the details form sends, as typed, so that a refused form comes back exactly as it was sent. {@code seller}
 * starts as the page's seller; the post decides what it says, and the store checks it against the account's
 * bindings.
 */
public final class DetailsInput {

    private String seller;
    private String phone;
    private String description;
    private final List<DayInput> days;

    private DetailsInput(String seller, SellerDetails stored) {
        this.seller = seller;
        this.phone = stored.phone() == null ? null : stored.phone().shown();
        this.description = stored.description();
        this.days = Arrays.stream(OpeningDay.values())
                .map(day -> new DayInput(day, DayDraft.of(stored.hours().get(day)))).toList();
    }

    /** The form filled with what is stored (empty fields for what is not). */
    static DetailsInput of(String seller, SellerDetails stored) {
        return new DetailsInput(seller, stored);
    }

    Map<OpeningDay, DayDraft> drafts() {
        Map<OpeningDay, DayDraft> drafts = new EnumMap<>(OpeningDay.class);
        days.forEach(day -> drafts.put(OpeningDay.valueOf(day.getCode()), day.draft()));
        return drafts;
    }

    public String getSeller() {
        return seller;
    }

    public void setSeller(String seller) {
        this.seller = seller;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** Monday to Sunday, then public holidays: always all eight, in that order. */
    public List<DayInput> getDays() {
        return days;
    }
}
