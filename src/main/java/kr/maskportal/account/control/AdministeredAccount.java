package kr.maskportal.account.control;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import kr.maskportal.account.entity.Role;

/**
 * An account as administrators see and change it: an {@link AccountView} with the id their pages address it by, when
 * it was created, and the bound codes as they are typed into the forms. Never the password hash.
 */
public final class AdministeredAccount extends AccountView {

    private final long id;
    private final Instant createdAt;

    AdministeredAccount(long id, String login, String displayName, Role role, boolean enabled, boolean allDistricts,
            List<BoundPlace> districts, List<BoundPlace> sellers, Instant createdAt) {
        super(login, displayName, role, enabled, allDistricts, districts, sellers);
        this.id = id;
        this.createdAt = createdAt;
    }

    public long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The seller codes one to a line, as the binding form shows them. */
    public String getSellerCodesText() {
        return codes(getSellers());
    }

    /** The district codes one to a line, as the binding form shows them. */
    public String getDistrictCodesText() {
        return codes(getDistricts());
    }

    private static String codes(List<BoundPlace> places) {
        return places.stream().map(BoundPlace::getCode).collect(Collectors.joining("\n"));
    }
}
