package kr.maskportal.vendor.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VendorChecksTest {

    @Test
    void aNameAndAContactOfOneLineEachPass() {
        assertEquals(List.of(), VendorChecks.check(" 한빛포스(주) ", "김담당 02-123-4567, pos@example.kr"));
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertEquals(List.of(new VendorChecks.Problem(VendorChecks.Field.NAME, "MISSING", null),
                new VendorChecks.Problem(VendorChecks.Field.CONTACT, "MISSING", null)), VendorChecks.check(" ", null));
        assertEquals(List.of(new VendorChecks.Problem(VendorChecks.Field.NAME, "TOO_LONG", 100),
                new VendorChecks.Problem(VendorChecks.Field.CONTACT, "BAD_CHARACTERS", null)),
                VendorChecks.check("가".repeat(101), "김담당\n02-123-4567"));
        assertEquals(List.of(new VendorChecks.Problem(VendorChecks.Field.CONTACT, "TOO_LONG", 200)),
                VendorChecks.check("가".repeat(100), "1".repeat(201)));
        assertEquals("admin.vendors.error.CONTACT.TOO_LONG",
                new VendorChecks.Problem(VendorChecks.Field.CONTACT, "TOO_LONG", 200).messageKey());
    }
}
