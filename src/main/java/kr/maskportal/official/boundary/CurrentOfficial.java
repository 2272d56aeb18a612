package kr.maskportal.official.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import kr.maskportal.account.boundary.CurrentStaff;
import kr.maskportal.account.control.AccountView;
import kr.maskportal.official.control.DistrictForbidden;
import kr.maskportal.official.control.DistrictScope;
import kr.maskportal.official.control.OfficialDistricts;
import kr.maskportal.platform.web.StaffResponses;

/**
 * The signed-in official's districts, for the officials' pages: each asks here first and stops when the answer is
 * empty, the response having been made a 403 (and the refusal logged, for a district outside the scope).
 */
@RequestScoped
public class CurrentOfficial {

    @Inject
    CurrentStaff staff;

    @Inject
    OfficialDistricts districts;

    /** Empty, and the response a 403, for anyone but an enabled official. */
    public Optional<DistrictScope> scopeOr403() {
        AccountView caller = staff.getAccount();
        Optional<DistrictScope> scope = caller == null ? Optional.empty() : districts.scopeOf(caller.getLogin());
        if (scope.isEmpty()) {
            StaffResponses.error(403);
        }
        return scope;
    }

    /** False, the refusal logged and the response a 403, when the district is outside the scope. */
    public boolean permitsOr403(DistrictScope scope, String district, String what) {
        try {
            OfficialDistricts.require(scope, district, what);
            return true;
        } catch (DistrictForbidden e) {
            StaffResponses.error(403);
            return false;
        }
    }
}
