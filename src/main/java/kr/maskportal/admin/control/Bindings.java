package kr.maskportal.admin.control;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.maskportal.account.control.AdministeredAccount;
import kr.maskportal.account.control.BoundPlace;

/** Checked bindings: sellers for a pharmacist, districts or all of them for an official, nothing otherwise. */
public record Bindings(Set<String> sellerCodes, Set<String> districtCodes, boolean allDistricts) {

    /** The codes keep the order they were typed in, so that messages naming some of them follow it too. */
    public Bindings {
        sellerCodes = Collections.unmodifiableSet(new LinkedHashSet<>(sellerCodes));
        districtCodes = Collections.unmodifiableSet(new LinkedHashSet<>(districtCodes));
    }

    static final Bindings NONE = new Bindings(Set.of(), Set.of(), false);

    /** What a stored account is bound to now. */
    static Bindings of(AdministeredAccount account) {
        return new Bindings(codes(account.getSellers()), codes(account.getDistricts()), account.isAllDistricts());
    }

    private static Set<String> codes(List<BoundPlace> places) {
        return places.stream().map(BoundPlace::getCode).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** For the log: "sellers [..]", "districts [..]", "all districts" or "nothing". */
    String describe() {
        if (allDistricts) {
            return "all districts";
        }
        if (!districtCodes.isEmpty()) {
            return "districts " + districtCodes.stream().sorted().toList();
        }
        if (!sellerCodes.isEmpty()) {
            return "sellers " + sellerCodes.stream().sorted().toList();
        }
        return "nothing";
    }
}
