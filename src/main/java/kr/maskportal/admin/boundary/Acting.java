package kr.maskportal.admin.boundary;

import kr.maskportal.platform.web.StaffResponses;
import java.util.Optional;
import kr.maskportal.account.boundary.CurrentStaff;
import kr.maskportal.account.control.AccountView;
import kr.maskportal.account.entity.Role;

/**
 * Who is making a change. The constraint on {@code /admin/*} let the session's caller in as an administrator, but the
 * session may have begun before their account was disabled: such a caller changes nothing (403).
 */
public final class Acting {

    private Acting() {
    }

    public static Optional<String> administrator(CurrentStaff staff) {
        AccountView caller = staff.getAccount();
        if (caller == null || !caller.isEnabled() || caller.getRole() != Role.ADMINISTRATOR) {
            StaffResponses.error(403);
            return Optional.empty();
        }
        return Optional.of(caller.getLogin());
    }
}
