package kr.maskportal.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminUrlsTest {

    @Test
    void readableAddressesAreServedByTheirViews() {
        assertEquals(Optional.of("/admin/sellers.xhtml"), AdminUrls.viewFor("/admin/sellers"));
        assertEquals(Optional.of("/admin/feed.xhtml"), AdminUrls.viewFor("/admin/feed"));
        assertEquals(Optional.of("/admin/accounts.xhtml"), AdminUrls.viewFor("/admin/accounts"));
        assertEquals(Optional.of("/admin/accounts-edit.xhtml?id=42"), AdminUrls.viewFor("/admin/accounts/42"));
        assertEquals(Optional.of("/admin/accounts-import.xhtml"), AdminUrls.viewFor("/admin/accounts/import"));
        assertEquals(Optional.of("/admin/onboarding.xhtml"), AdminUrls.viewFor("/admin/onboarding"));
    }

    @Test
    void anAccountIsAddressedByItsNumberAlone() {
        assertEquals(Optional.of("/admin/accounts-edit.xhtml?id=7"), AdminUrls.viewFor("/admin/accounts/007"));
        for (String path : new String[] {"/admin/accounts/", "/admin/accounts/kim", "/admin/accounts/1/2",
                "/admin/accounts/-1", "/admin/accounts/1.xhtml", "/admin/accounts/" + "9".repeat(19),
                "/admin/accounts/1?x=y"}) {
            assertEquals(Optional.empty(), AdminUrls.viewFor(path), path);
        }
    }
}
