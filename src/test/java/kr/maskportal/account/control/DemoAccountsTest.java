package kr.maskportal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import kr.maskportal.account.entity.Role;
import kr.maskportal.seller.control.DistrictPlacer;
import kr.maskportal.seller.control.Placement;
import kr.maskportal.seller.control.PlaceReferenceLoader;
import kr.maskportal.seller.control.SellerFileContents;
import kr.maskportal.seller.control.SellerFileReader;
import kr.maskportal.seller.control.SellerRow;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class DemoAccountsTest {

    @Test
    void oneOfEachKindWithPasswordsThePortalWouldAccept() {
        Map<Role, Long> byRole = DemoAccounts.ALL.stream()
                .collect(Collectors.groupingBy(d -> d.account().role(), Collectors.counting()));
        assertEquals(Map.of(Role.ADMINISTRATOR, 1L, Role.OFFICIAL, 1L, Role.PHARMACIST, 3L), byRole);
        DemoAccounts.ALL.forEach(d -> assertTrue(PasswordPolicy.isAcceptable(d.password()), d.toString()));
        assertTrue(DemoAccounts.ALL.stream().noneMatch(d -> d.account().login().equals(FirstAdministrator.LOGIN)),
                "the configured first administrator keeps its login free");
    }

    @Test
    void theOfficialHasMapoAndEachPharmacistARealMapoPharmacyOfTheBundledList() throws Exception {
        var official = DemoAccounts.ALL.stream().filter(d -> d.account().role() == Role.OFFICIAL).findFirst().orElseThrow();
        assertEquals(Set.of("11440"), official.account().districtCodes());

        String h2 = "jdbc:h2:mem:demoAccounts;DB_CLOSE_DELAY=-1;MODE=LEGACY";
        Flyway.configure().dataSource(h2, "sa", "").locations("filesystem:db-migrations").load().migrate();
        SellerFileContents file;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of("src/main/resources/seed/sellers-2020-03-14.csv.gz")))) {
            file = new SellerFileReader().read(in);
        }
        Map<String, Placement> placed;
        try (Connection connection = DriverManager.getConnection(h2, "sa", "")) {
            placed = new DistrictPlacer(new PlaceReferenceLoader().load(connection)).placeAll(file.rows());
        }
        Map<String, SellerRow> rows = file.rows().stream().collect(Collectors.toMap(SellerRow::code, Function.identity()));
        List<String> pharmacies = DemoAccounts.ALL.stream().filter(d -> d.account().role() == Role.PHARMACIST)
                .flatMap(d -> d.account().sellerCodes().stream()).toList();
        assertEquals(3, Set.copyOf(pharmacies).size(), "three different pharmacies");
        for (String code : pharmacies) {
            SellerRow row = rows.get(code);
            assertTrue(row != null, code + " is in the bundled list");
            assertEquals("01", row.type().code(), code + " is a pharmacy");
            assertEquals("11440", placed.get(code).districtCode(), code + " lies in 마포구");
        }
    }

    @Test
    void theStartUpBlockShowsLoginRolePasswordAndBindingsAsStored() {
        var official = new AccountView("demo-official", "마포구 담당", Role.OFFICIAL, true, false,
                List.of(new BoundPlace("11440", "서울특별시 마포구")), List.of());
        var pharmacist = new AccountView("demo-pharmacist1", "약사", Role.PHARMACIST, true, false,
                List.of(), List.of(new BoundPlace("11806923", "종오약국")));
        Map<String, AccountView> stored = Map.of("demo-official", official, "demo-pharmacist1", pharmacist);

        String block = DemoAccounts.describe(DemoAccounts.ALL, login -> Optional.ofNullable(stored.get(login)));

        assertTrue(block.contains("demo-official") && block.contains("demo-official-2020")
                && block.contains("district 11440 서울특별시 마포구"), block);
        assertTrue(block.contains("seller 11806923 종오약국"), block);
        assertTrue(block.lines().anyMatch(l -> l.contains("demo-admin ") && l.contains("missing")),
                "an account that is not stored is said to be missing");
        assertTrue(block.contains("never created on MySQL"));
    }
}
