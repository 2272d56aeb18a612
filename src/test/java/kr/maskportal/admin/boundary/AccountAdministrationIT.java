package kr.maskportal.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import kr.maskportal.account.control.Pbkdf2Hashes;
import kr.maskportal.bulkaccount.control.ImportFile;
import kr.maskportal.seller.control.SellerFileReader;
import kr.maskportal.testing.Html;
import kr.maskportal.testing.PortalHttp;
import kr.maskportal.testing.StaffBrowser;
import kr.maskportal.testing.TestAccounts;
import kr.maskportal.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Administrators creating, rebinding, disabling, enabling and resetting accounts through the pages, on the real WAR,
 * Payara Micro and MariaDB, with a browser that runs no JavaScript. The administrator and the outsider are stored
 * by the test itself (as SignInIT does); every account of a run ends with {@link #RUN} and is removed afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class AccountAdministrationIT {

    private static final String RUN = "-it" + UUID.randomUUID().toString().substring(0, 8);
    private static final String ADMINISTRATOR = "admin" + RUN;
    /** An official stored by the test: signed in, but not an administrator. */
    private static final String OUTSIDER = "outsider" + RUN;
    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final String MAPO = "11440";
    private static final String REFUSED = "아이디 또는 비밀번호가 맞지 않습니다.";
    private static final String ACTIVATION_REFUSED = "아이디 또는 활성화 코드가 맞지 않거나, 이미 쓴 코드이거나, 기간이 지난 코드입니다.";
    private static final int BULK = 25_000;
    private static final Path SELLER_FILE = Path.of("src/main/resources/seed/sellers-2020-03-14.csv.gz");

    /** Two real sellers of 서울특별시 마포구, read from the seller table. */
    private static List<String> mapoSellers;
    private static List<String> mapoSellerNames;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }

    @BeforeAll
    static void storeAccountsOfThisRun() throws SQLException {
        String hash = Pbkdf2Hashes.hash(PASSWORD);
        try (Connection db = TestDatabase.connect()) {
            TestAccounts.insert(db, ADMINISTRATOR, "ADMINISTRATOR", hash);
            long outsider = TestAccounts.insert(db, OUTSIDER, "OFFICIAL", hash);
            db.createStatement().execute("INSERT INTO account_district VALUES (" + outsider + ", '" + MAPO + "')");
            mapoSellers = new ArrayList<>();
            mapoSellerNames = new ArrayList<>();
            try (var rs = db.createStatement().executeQuery("SELECT code, name FROM seller WHERE district_code = '"
                    + MAPO + "' AND vanished_at IS NULL ORDER BY code LIMIT 2")) {
                while (rs.next()) {
                    mapoSellers.add(rs.getString(1));
                    mapoSellerNames.add(rs.getString(2));
                }
            }
        }
        assertEquals(2, mapoSellers.size(), "the seller list has sellers in 마포구");
    }

    @AfterAll
    static void removeAccountsOfThisRun() throws SQLException {
        try (Connection db = TestDatabase.connect();
                var delete = db.prepareStatement("DELETE FROM account WHERE login LIKE ?")) {
            delete.setString(1, "%" + RUN);
            delete.executeUpdate();
        }
    }

    @Test
    void aPharmacistIsCreatedListedAndSignsIn() throws Exception {
        String login = "pharm" + RUN;
        var admin = administrator();
        HttpResponse<String> page = admin.get("admin/accounts");
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertEquals(1, Html.count(body, "<h1"));
        assertTrue(body.contains("<title>계정 관리"));
        assertTrue(body.contains("<label for=\"create:login\">아이디</label>"));
        assertTrue(body.contains("<label for=\"create:password\">처음 비밀번호</label>"));
        assertTrue(body.contains("<label for=\"create:sellers\">"));
        assertTrue(body.contains("<label for=\"create:role\">역할</label>"));
        assertTrue(Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"-?\\d+:-?\\d+\"").matcher(body).find(),
                "a stateful form: its view state is the CSRF token");
        assertTrue(admin.get("admin/accounts?q=" + ADMINISTRATOR).body().contains(">" + ADMINISTRATOR + "</a>"),
                "an account is found with a link");

        HttpResponse<String> created = create(admin, login.toUpperCase() + " ", "마포 약사 " + RUN, "PHARMACIST",
                "first-password-2020", mapoSellers.get(0) + ",\n" + mapoSellers.get(1) + " " + mapoSellers.get(0), "",
                false);
        assertEquals(302, created.statusCode(), created.body());
        assertTrue(location(created).endsWith("/admin/accounts?created=" + login), location(created));

        String list = admin.get("admin/accounts?created=" + login + "&q=" + login).body();
        assertTrue(list.contains("계정을 만들었습니다: " + login), "the confirmation names the account");
        String row = row(list, login);
        assertTrue(row.contains("약사·판매처 담당자"), "role in words");
        assertTrue(row.contains(">사용 중<"), "enabled");
        for (int i = 0; i < 2; i++) {
            assertTrue(row.contains(mapoSellers.get(i)) && row.contains(Html.escape(mapoSellerNames.get(i))),
                    "seller code and name " + mapoSellers.get(i));
        }

        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT account_role, enabled, all_districts, password_hash, display_name FROM account WHERE login = '"
                        + login + "'")) {
            assertTrue(rs.next(), "stored trimmed and in lower case");
            assertEquals("PHARMACIST", rs.getString(1));
            assertTrue(rs.getBoolean(2));
            assertFalse(rs.getBoolean(3));
            assertTrue(rs.getString(4).startsWith("PBKDF2WithHmacSHA256:600000:"));
            assertTrue(Pbkdf2Hashes.matches("first-password-2020", rs.getString(4)));
            assertEquals("마포 약사 " + RUN, rs.getString(5));
        }
        assertEquals(new TreeSet<>(mapoSellers), sellersOf(login), "each code once");
        assertEquals(Set.of(), districtsOf(login));

        var pharmacist = browser();
        assertEquals(302, pharmacist.signIn(login, "first-password-2020").statusCode(), "the new account signs in");
        String account = pharmacist.get("login.xhtml").body();
        assertTrue(account.contains(Html.escape(mapoSellerNames.get(0))) && account.contains(mapoSellers.get(1)),
                "signed in, bound to both sellers");
        assertEquals(403, pharmacist.get("admin/accounts").statusCode());
    }

    @Test
    void officialsAreBoundToDistrictsOrToAllOfThem() throws Exception {
        var admin = administrator();
        String mapo = "official" + RUN;
        HttpResponse<String> created = create(admin, mapo, "마포구 공무원", "OFFICIAL", PASSWORD, "", MAPO, false);
        assertEquals(302, created.statusCode(), created.body());
        assertEquals(Set.of(MAPO), districtsOf(mapo));
        assertEquals(Set.of(), sellersOf(mapo));
        String row = row(admin.get("admin/accounts?q=" + mapo).body(), mapo);
        assertTrue(row.contains("시·군·구 담당 공무원") && row.contains(MAPO) && row.contains("서울특별시 마포구"),
                "district code with province and district names");

        String everywhere = "national" + RUN;
        assertEquals(302, create(admin, everywhere, "전국 담당", "OFFICIAL", PASSWORD, "", "", true).statusCode());
        assertEquals(Set.of(), districtsOf(everywhere));
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT all_districts FROM account WHERE login = '" + everywhere + "'")) {
            assertTrue(rs.next() && rs.getBoolean(1));
        }
        assertTrue(row(admin.get("admin/accounts?q=" + everywhere).body(), everywhere).contains("전국 모든 시·군·구"));
    }

    @Test
    void badInputIsNamedByTheFieldAndNothingIsSaved() throws Exception {
        var admin = administrator();
        int accounts = accountCount();

        HttpResponse<String> taken = create(admin, ADMINISTRATOR.toUpperCase(), "가로채기", "PHARMACIST", PASSWORD,
                mapoSellers.get(0), "", false);
        assertEquals(200, taken.statusCode());
        assertTrue(taken.body().contains("<title>오류: 계정 관리"));
        assertTrue(taken.body().contains("class=\"error-summary\" role=\"alert\""));
        assertTrue(taken.body().contains("<a href=\"#create:login\">이미 있는 아이디입니다: " + ADMINISTRATOR));
        assertTrue(taken.body().contains("aria-invalid=\"true\""));
        assertFalse(taken.body().contains(PASSWORD), "the password is never sent back");
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT account_role, display_name FROM account WHERE login = '" + ADMINISTRATOR + "'")) {
            assertTrue(rs.next());
            assertEquals("ADMINISTRATOR", rs.getString(1), "the stored account is as it was");
            assertEquals("통합 시험 " + ADMINISTRATOR, rs.getString(2));
        }

        String ghost = "ghost" + RUN;
        HttpResponse<String> unknownSeller = create(admin, ghost, "없는 약국", "PHARMACIST", PASSWORD,
                mapoSellers.get(0) + " 99999999", "", false);
        assertEquals(200, unknownSeller.statusCode());
        assertTrue(unknownSeller.body().contains("<a href=\"#create:sellers\">판매처 목록에 없는 코드입니다: 99999999</a>"),
                "the unknown code is named, the real one is not");
        assertTrue(unknownSeller.body().contains("value=\"" + ghost + "\""), "what was typed stays in the form");

        HttpResponse<String> unknownDistrict = create(admin, ghost, "없는 구", "OFFICIAL", PASSWORD, "",
                MAPO + ", 99999", false);
        assertTrue(unknownDistrict.body().contains("<a href=\"#create:districts\">없는 시·군·구 코드입니다: 99999</a>"));

        HttpResponse<String> shortPassword = create(admin, ghost, "짧은 비밀번호", "PHARMACIST", "elevenchars",
                mapoSellers.get(0), "", false);
        assertTrue(shortPassword.body().contains("<a href=\"#create:password\">비밀번호는 12자 이상이어야 합니다.</a>"));

        HttpResponse<String> everything = create(admin, "김약사", "", "", "", "", "", false);
        String body = everything.body();
        assertTrue(body.contains("<a href=\"#create:login\">아이디에는 영문 소문자"));
        assertTrue(body.contains("<a href=\"#create:displayName\">이름을 입력하세요.</a>"));
        assertTrue(body.contains("<a href=\"#create:role\">역할을 고르세요.</a>"));
        assertTrue(body.contains("<a href=\"#create:password\">비밀번호를 입력하세요.</a>"));

        HttpResponse<String> wrongBinding = create(admin, ghost, "관리자", "ADMINISTRATOR", PASSWORD,
                mapoSellers.get(0), "", false);
        assertTrue(wrongBinding.body().contains("<a href=\"#create:sellers\">판매처는 약사 계정에만 정합니다."));

        assertEquals(accounts, accountCount(), "none of these stored an account");
        assertEquals(0, countWhere("login = '" + ghost + "'"));
    }

    @Test
    void anAccountIsDisabledEnabledReboundAndGetsANewPassword() throws Exception {
        var admin = administrator();
        String login = "clerk" + RUN;
        assertEquals(302, create(admin, login, "판매처 담당", "PHARMACIST", "old-password-2020",
                String.join(" ", mapoSellers), "", false).statusCode());
        long id = idOf(login);

        HttpResponse<String> page = admin.get("admin/accounts/" + id);
        assertEquals(200, page.statusCode());
        assertEquals(1, Html.count(page.body(), "<h1"));
        assertTrue(page.body().contains("<title>계정 " + login));
        assertTrue(page.body().contains("<label for=\"bindings:sellers\">"));
        assertTrue(page.body().contains("<label for=\"reset:newPassword\">새 비밀번호</label>"));

        HttpResponse<String> disabled = admin.submit(page, "status", "disable", Map.of());
        assertEquals(302, disabled.statusCode(), disabled.body());
        assertTrue(location(disabled).endsWith("/admin/accounts/" + id + "?done=DISABLED"), location(disabled));
        page = admin.get("admin/accounts/" + id + "?done=DISABLED");
        assertTrue(page.body().contains("계정 사용을 중지했습니다."));
        assertTrue(page.body().contains("id=\"account-status\">사용 중지됨"));
        assertFalse(enabled(login));
        HttpResponse<String> refused = browser().signIn(login, "old-password-2020");
        assertEquals(200, refused.statusCode(), "a disabled account cannot sign in");
        assertTrue(refused.body().contains(REFUSED));
        assertTrue(row(admin.get("admin/accounts?q=" + login).body(), login).contains("사용 중지됨"));

        HttpResponse<String> enabled = admin.submit(page, "status", "enable", Map.of());
        assertEquals(302, enabled.statusCode(), enabled.body());
        assertTrue(enabled(login));
        assertEquals(302, browser().signIn(login, "old-password-2020").statusCode(), "enabled again");

        page = admin.get("admin/accounts/" + id);
        HttpResponse<String> tooShort = admin.submit(page, "reset", "submit", Map.of("newPassword", "short-pass"));
        assertEquals(200, tooShort.statusCode());
        assertTrue(tooShort.body().contains("<a href=\"#reset:newPassword\">비밀번호는 12자 이상이어야 합니다.</a>"));
        assertTrue(Pbkdf2Hashes.matches("old-password-2020", hashOf(login)), "the old password is still the one");

        HttpResponse<String> reset = admin.submit(page, "reset", "submit", Map.of("newPassword", "new-password-2020"));
        assertEquals(302, reset.statusCode(), reset.body());
        assertTrue(location(reset).endsWith("?done=PASSWORD_RESET"));
        assertTrue(hashOf(login).startsWith("PBKDF2WithHmacSHA256:600000:"));
        assertTrue(browser().signIn(login, "old-password-2020").body().contains(REFUSED), "the old one no longer works");
        assertEquals(302, browser().signIn(login, "new-password-2020").statusCode(), "the new one does");

        page = admin.get("admin/accounts/" + id);
        HttpResponse<String> unknown = admin.submit(page, "bindings", "submit",
                Map.of("sellers", mapoSellers.get(0) + "\n88888888"));
        assertTrue(unknown.body().contains("<a href=\"#bindings:sellers\">판매처 목록에 없는 코드입니다: 88888888</a>"));
        assertEquals(new TreeSet<>(mapoSellers), sellersOf(login), "a refused change leaves the bindings as they were");
        HttpResponse<String> empty = admin.submit(page, "bindings", "submit", Map.of("sellers", " "));
        assertTrue(empty.body().contains("약사 계정에는 담당 판매처 코드를 하나 이상 적으세요."));
        assertEquals(new TreeSet<>(mapoSellers), sellersOf(login));

        HttpResponse<String> rebound = admin.submit(page, "bindings", "submit", Map.of("sellers", mapoSellers.get(1)));
        assertEquals(302, rebound.statusCode(), rebound.body());
        assertEquals(Set.of(mapoSellers.get(1)), sellersOf(login));
        assertTrue(admin.get("admin/accounts/" + id + "?done=REBOUND").body().contains("담당을 바꿨습니다."));
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() throws Exception {
        var admin = administrator();
        long id = idOf(ADMINISTRATOR);
        HttpResponse<String> page = admin.get("admin/accounts/" + id);
        assertTrue(page.body().contains("자신의 계정은 사용을 중지할 수 없습니다."), "the page says so before");
        HttpResponse<String> refused = admin.submit(page, "status", "disable", Map.of());
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("<a href=\"#status:disable\">자신의 계정은 사용을 중지할 수 없습니다."));
        assertTrue(enabled(ADMINISTRATOR));
        assertEquals(200, admin.get("admin/accounts").statusCode(), "still signed in and an administrator");
    }

    @Test
    void onlyAdministratorsReachTheAccountPages() throws Exception {
        long id = idOf(OUTSIDER);
        var official = browser();
        assertEquals(302, official.signIn(OUTSIDER, PASSWORD).statusCode());
        for (String path : new String[] {"admin/accounts", "admin/accounts/" + id, "admin/accounts.xhtml",
                "admin/accounts-edit.xhtml?id=" + id}) {
            assertEquals(403, official.get(path).statusCode(), path);
            HttpResponse<String> anonymous = PortalHttp.get(URI.create(base.toExternalForm()).resolve(path));
            assertEquals(302, anonymous.statusCode(), path);
            assertTrue(location(anonymous).endsWith("/login.xhtml"), path);
        }
    }

    @Test
    void anAddressNamingNoAccountIsNotFound() throws Exception {
        var admin = administrator();
        assertEquals(404, admin.get("admin/accounts/999999999").statusCode());
        assertEquals(404, admin.get("admin/accounts/kim").statusCode());
        assertEquals(302, admin.get("admin/accounts/").statusCode());
    }

    /**
     * Issue 10: every seller of the real 2020 list in one file (25,000 rows) with planted bad rows, a preview with
     * counts and line numbers, a login taken between preview and save, one save, the codes downloaded once, then
     * activation: with the code once, never after it expired, and with a new code an administrator issued.
     */
    @Test
    void aFileOfTwentyFiveThousandPharmaciesBecomesAccountsThatActivateOnce() throws Exception {
        List<String> codes = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(SELLER_FILE))) {
            new SellerFileReader().read(in).rows().stream().map(r -> r.code()).distinct().limit(BULK)
                    .forEach(codes::add);
        }
        assertEquals(BULK, codes.size());
        var csv = new StringBuilder("\uFEFF판매처코드,아이디,연락처\r\n");
        Map<Integer, String> planted = new LinkedHashMap<>();
        Map<Integer, Integer> lineOfRow = new LinkedHashMap<>();
        int line = 1;
        for (int i = 0; i < BULK; i++) {
            String contact = i % 2 == 0 ? String.format("010-%04d-%04d", i / 10_000, i % 10_000) : "p" + i + "@example.kr";
            csv.append(i == 7 ? "\"" + codes.get(i) + "\",\"" + bulkLogin(codes.get(i)) + "\",\"" + contact + "\""
                    : codes.get(i) + "," + bulkLogin(codes.get(i)) + "," + contact).append("\r\n");
            lineOfRow.put(i, ++line);
            String bad = switch (i) {
                case 1_000 -> "99999999,bulkghost" + RUN + ",ghost@example.kr";
                case 5_000 -> codes.get(0) + ",김약사" + RUN + ",kim@example.kr";
                case 10_000 -> codes.get(1) + "," + ADMINISTRATOR + ",admin@example.kr";
                case 15_000 -> codes.get(2) + "," + bulkLogin(codes.get(0)).toUpperCase() + ",dup@example.kr";
                case 20_000 -> codes.get(3) + ",bulkcontact" + RUN + ",not-a-phone";
                case 24_000 -> codes.get(4) + ",bulkbroken" + RUN;
                default -> null;
            };
            if (bad != null) {
                csv.append(bad).append("\r\n");
                planted.put(++line, bad);
            }
        }
        var admin = administrator().patience(Duration.ofMinutes(3));
        try {
            HttpResponse<String> page = admin.get("admin/accounts/import");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<label for=\"upload:file\">CSV 파일</label>"));
            assertTrue(Pattern.compile("id=\"import-link\" href=\"[^\"]*/admin/accounts/import\"")
                    .matcher(admin.get("admin/accounts").body()).find(), "linked from the accounts page");
            HttpResponse<String> noHeader = admin.upload(page, "upload", "submit", "file", "no-header.csv",
                    (codes.get(0) + ",kim,kim@example.kr\n").getBytes(StandardCharsets.UTF_8));
            assertEquals(200, noHeader.statusCode());
            assertTrue(noHeader.body().contains("<a href=\"#upload:file\">첫 줄이 제목 줄"), "said by the field");
            assertTrue(noHeader.body().contains("<title>오류: 약사 계정 한꺼번에 만들기"));
            HttpResponse<String> euckr = admin.upload(page, "upload", "submit", "file", "euc-kr.csv",
                    "판매처코드,아이디,연락처\n".getBytes(Charset.forName("EUC-KR")));
            assertTrue(euckr.body().contains("UTF-8 파일이 아닙니다."));
            HttpResponse<String> big = admin.upload(page, "upload", "submit", "file", "big.csv",
                    new byte[ImportFile.MAX_BYTES + 1]);
            assertTrue(big.body().contains("파일이 너무 큽니다. 4MB까지 올릴 수 있습니다."), "over the page's limit");
            HttpResponse<String> anonymous = PortalHttp.get(URI.create(base.toExternalForm()).resolve("admin/accounts/import"));
            assertEquals(302, anonymous.statusCode(), "administrators only");

            long previewStarted = System.nanoTime();
            HttpResponse<String> preview = admin.upload(page, "upload", "submit", "file", "pharmacies.csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8));
            long previewMillis = (System.nanoTime() - previewStarted) / 1_000_000;
            assertEquals(200, preview.statusCode(), preview.body());
            String body = preview.body();
            assertTrue(body.length() < 200_000, "counts and problems, not 25,000 rows: " + body.length() + " chars");
            assertTrue(body.contains("id=\"count-rows\">25006<") || body.contains("id=\"count-rows\">25,006<"), body);
            assertTrue(body.contains("id=\"count-create\">25,000<") || body.contains("id=\"count-create\">25000<"));
            assertTrue(body.contains("id=\"count-duplicates\">1<"));
            assertTrue(body.contains("id=\"count-wrong\">5<"));
            List<Integer> lines = new ArrayList<>(planted.keySet());
            assertIssue(body, lines.get(0), "판매처 목록에 없는 코드입니다: 99999999");
            assertIssue(body, lines.get(1), "아이디에 쓸 수 없는 문자가 있습니다");
            assertIssue(body, lines.get(2), "이미 있는 아이디입니다: " + ADMINISTRATOR);
            assertIssue(body, lines.get(3), "2번째 줄과 같은 아이디입니다");
            assertIssue(body, lines.get(4), "이메일 주소나 국내 전화번호가 아닙니다: not-a-phone");
            assertIssue(body, lines.get(5), "칸이 세 개가 아니거나");
            assertEquals(0, countWhere("login LIKE 'bulk%" + RUN + "'"), "a preview saves nothing");

            // someone takes one of the file's logins between the preview and the save
            String takenMeanwhile = bulkLogin(codes.get(12_345));
            try (Connection db = TestDatabase.connect()) {
                TestAccounts.insert(db, takenMeanwhile, "PHARMACIST", Pbkdf2Hashes.hash(PASSWORD));
            }
            long saveStarted = System.nanoTime();
            HttpResponse<String> saved = admin.submit(preview, "save", "submit", Map.of());
            long saveMillis = (System.nanoTime() - saveStarted) / 1_000_000;
            System.out.printf("bulk import of %,d rows: preview %,d ms, save of %,d accounts %,d ms%n", BULK + 6,
                    previewMillis, BULK - 1, saveMillis);
            assertEquals(302, saved.statusCode(), saved.body());
            assertTrue(location(saved).endsWith("/admin/accounts/import?saved=" + (BULK - 1)), location(saved));
            HttpResponse<String> done = admin.get("admin/accounts/import?saved=" + (BULK - 1));
            assertTrue(done.body().contains("약사 계정 24,999개를 만들었습니다."), done.body());
            assertTrue(done.body().contains("저장할 때 다시 확인해서 만들지 않은 줄 1개"));
            assertIssue(done.body(), lineOfRow.get(12_345), "이미 있는 아이디입니다: " + takenMeanwhile);
            assertEquals(BULK, countWhere("login LIKE 'bulk%" + RUN + "'"), "24,999 imported and the one taken");
            try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM account a JOIN account_seller s ON s.account_id = a.id "
                            + "JOIN account_activation x ON x.account_id = a.id WHERE a.login LIKE 'bulk%" + RUN
                            + "' AND a.login = CONCAT('bulk', s.seller_code, '" + RUN + "') AND a.account_role = "
                            + "'PHARMACIST' AND a.enabled = TRUE AND a.contact IS NOT NULL")) {
                rs.next();
                assertEquals(BULK - 1, rs.getInt(1), "each bound to its seller and waiting for its code");
            }
            assertTheListIsPagedAndSearched(admin, codes.get(7));

            HttpResponse<String> download = admin.submit(done, "codes", "download", Map.of());
            assertEquals(200, download.statusCode());
            assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            String[] rows = download.body().split("\r\n");
            assertEquals("\uFEFF아이디,판매처 코드,활성화 코드,만료 (한국 시각)", rows[0]);
            assertEquals(BULK, rows.length, "a header and a line per account created");
            Map<String, String> codeOf = new LinkedHashMap<>();
            for (int i = 1; i < rows.length; i++) {
                String[] cells = rows[i].split(",");
                assertTrue(cells[2].matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"), rows[i]);
                assertTrue(cells[3].matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), rows[i]);
                codeOf.put(cells[0], cells[2]);
            }
            assertFalse(codeOf.containsKey(takenMeanwhile));
            try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM account_activation WHERE code_hash LIKE '%" + codeOf.values().iterator().next()
                            + "%'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "no code is stored in clear");
            }
            HttpResponse<String> again = admin.submit(done, "codes", "download", Map.of());
            assertEquals(200, again.statusCode());
            assertTrue(again.body().contains("활성화 코드는 이미 내려받아서 서버에 남아 있지 않습니다."), "once only");

            String first = bulkLogin(codes.get(0));
            String code = codeOf.get(first);
            assertTrue(browser().signIn(first, "any-password-at-all").body().contains(REFUSED),
                    "an account awaiting activation cannot sign in");
            HttpResponse<String> differs = activate(first, code, "pharmacy-2020-spring", "pharmacy-2020-sprinG");
            assertTrue(differs.body().contains("<a href=\"#activate:repeat\">두 번 입력한 비밀번호가 서로 다릅니다."));
            HttpResponse<String> wrong = activate(first, "K7QD-MX3P-9WHT", "pharmacy-2020-spring", "pharmacy-2020-spring");
            assertTrue(wrong.body().contains(ACTIVATION_REFUSED), "a wrong code");
            HttpResponse<String> activated = activate(first.toUpperCase(), code.toLowerCase().replace("-", ""),
                    "pharmacy-2020-spring", "pharmacy-2020-spring");
            assertEquals(302, activated.statusCode(), activated.body());
            assertTrue(location(activated).endsWith("/login.xhtml?activated=true"));
            var pharmacist = browser();
            assertEquals(302, pharmacist.signIn(first, "pharmacy-2020-spring").statusCode(), "signs in with it");
            assertTrue(pharmacist.get("login.xhtml").body().contains(codes.get(0)), "bound to the seller");
            assertTrue(activate(first, code, "another-password-2020", "another-password-2020").body()
                    .contains(ACTIVATION_REFUSED), "a spent code");
            assertEquals(302, browser().signIn(first, "pharmacy-2020-spring").statusCode(), "the password stands");

            String second = bulkLogin(codes.get(1));
            try (Connection db = TestDatabase.connect()) {
                // the portal lives on its own clock (a 2020 day in the tests): expired as of when it was issued
                db.createStatement().executeUpdate("UPDATE account_activation SET expires_at = issued_at "
                        + "WHERE account_id = " + idOf(second));
            }
            assertTrue(activate(second, codeOf.get(second), "expired-code-2020", "expired-code-2020").body()
                    .contains(ACTIVATION_REFUSED), "an expired code");
            HttpResponse<String> account = admin.get("admin/accounts/" + idOf(second));
            assertTrue(account.body().contains("활성화 코드를 기다립니다"));
            HttpResponse<String> issued = admin.submit(account, "activation", "issue", Map.of());
            assertEquals(200, issued.statusCode());
            var newCode = Pattern.compile("새 활성화 코드: ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})").matcher(issued.body());
            assertTrue(newCode.find(), issued.body());
            assertEquals(302, activate(second, newCode.group(1), "renewed-code-2020", "renewed-code-2020").statusCode(),
                    "the new code works");
            assertEquals(302, browser().signIn(second, "renewed-code-2020").statusCode());
        } finally {
            // 25,000 accounts would make the account list of the other tests a page of megabytes
            try (Connection db = TestDatabase.connect();
                    var delete = db.prepareStatement("DELETE FROM account WHERE login LIKE ?")) {
                delete.setString(1, "bulk%" + RUN);
                delete.executeUpdate();
            }
        }
    }

    private static String bulkLogin(String sellerCode) {
        return "bulk" + sellerCode + RUN;
    }

    /** The preview's (or the save's) row for the line names it with the reason. */
    private static void assertIssue(String page, int line, String reason) {
        var row = Pattern.compile("<tr class=\"import-(?:wrong|duplicate)\">\\s*<td>" + line
                + "</td>\\s*<td>(.*?)</td>", Pattern.DOTALL).matcher(page);
        assertTrue(row.find(), "a row for line " + line);
        assertTrue(row.group(1).contains(Html.escape(reason)) || row.group(1).contains(reason),
                "line " + line + ": " + row.group(1));
    }

    private HttpResponse<String> activate(String login, String code, String password, String repeat) throws Exception {
        var pharmacist = browser();
        var fields = new LinkedHashMap<String, String>();
        fields.put("login", login);
        fields.put("code", code);
        fields.put("password", password);
        fields.put("repeat", repeat);
        return pharmacist.submit(pharmacist.get("activate.xhtml"), "activate", "submit", fields);
    }

    private HttpResponse<String> create(StaffBrowser admin, String login, String name, String role, String password,
            String sellers, String districts, boolean allDistricts) throws Exception {
        var fields = new LinkedHashMap<String, String>();
        fields.put("login", login);
        fields.put("displayName", name);
        fields.put("role", role);
        fields.put("password", password);
        fields.put("sellers", sellers);
        fields.put("districts", districts);
        if (allDistricts) {
            fields.put("allDistricts", "on");
        }
        return admin.submit(admin.get("admin/accounts"), "create", "submit", fields);
    }

    private StaffBrowser administrator() throws Exception {
        var admin = browser();
        assertEquals(302, admin.signIn(ADMINISTRATOR, PASSWORD).statusCode());
        return admin;
    }

    private StaffBrowser browser() {
        return new StaffBrowser(URI.create(base.toExternalForm()));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** The table row of the list that links to the account. */
    /** After a national import the account list is a page of a hundred, and a search finds the rest. */
    private static void assertTheListIsPagedAndSearched(StaffBrowser admin, String sellerCode) throws Exception {
        String first = admin.get("admin/accounts").body();
        assertEquals(100, Html.count(first, "class=\"account-link\""), "a hundred accounts a page");
        assertTrue(first.length() < 400_000, "not megabytes: " + first.length());
        String bulk = admin.get("admin/accounts?q=BULK").body();
        assertTrue(bulk.contains("“BULK”에 맞는 계정 " + String.format("%,d", BULK) + "개"), "the search counts all");
        assertTrue(bulk.contains("/admin/accounts?q=BULK&amp;page=2\">"), "the next page keeps the search");
        String second = admin.get("admin/accounts?q=BULK&page=2").body();
        assertEquals(100, Html.count(second, "class=\"account-link\""));
        assertFalse(second.contains(firstLogin(bulk)), "another hundred");
        String login = bulkLogin(sellerCode);
        assertTrue(row(admin.get("admin/accounts?q=" + sellerCode).body(), login).contains(sellerCode),
                "found by the seller it is bound to");
        assertTrue(admin.get("admin/accounts?q=%25").body().contains("“%”에 맞는 계정 0개"), "a wildcard is a letter");
        assertTrue(admin.get("admin/accounts?q=%3Cb%3E").body().contains("“&lt;b&gt;”에 맞는 계정 0개"), "escaped");
    }

    private static String firstLogin(String list) {
        var link = Pattern.compile("class=\"account-link\">([^<]+)</a>").matcher(list);
        assertTrue(link.find(), "a listed account");
        return ">" + link.group(1) + "</a>";
    }

    private static String row(String list, String login) {
        var matcher = Pattern.compile("<tr[^>]*>((?:(?!</tr>).)*>" + Pattern.quote(login) + "</a>.*?)</tr>",
                Pattern.DOTALL).matcher(list);
        assertTrue(matcher.find(), "a row for " + login);
        return matcher.group(1);
    }

    private static long idOf(String login) throws SQLException {
        try (Connection db = TestDatabase.connect();
                var query = db.prepareStatement("SELECT id FROM account WHERE login = ?")) {
            query.setString(1, login);
            var rs = query.executeQuery();
            assertTrue(rs.next(), login);
            return rs.getLong(1);
        }
    }

    private static boolean enabled(String login) throws SQLException {
        return countWhere("login = '" + login + "' AND enabled = TRUE") == 1;
    }

    private static String hashOf(String login) throws SQLException {
        try (Connection db = TestDatabase.connect();
                var query = db.prepareStatement("SELECT password_hash FROM account WHERE login = ?")) {
            query.setString(1, login);
            var rs = query.executeQuery();
            assertTrue(rs.next(), login);
            return rs.getString(1);
        }
    }

    private static Set<String> sellersOf(String login) throws SQLException {
        return codes("SELECT s.seller_code FROM account_seller s JOIN account a ON a.id = s.account_id WHERE a.login = ?",
                login);
    }

    private static Set<String> districtsOf(String login) throws SQLException {
        return codes("SELECT d.district_code FROM account_district d JOIN account a ON a.id = d.account_id "
                + "WHERE a.login = ?", login);
    }

    private static Set<String> codes(String sql, String login) throws SQLException {
        Set<String> codes = new TreeSet<>();
        try (Connection db = TestDatabase.connect(); var query = db.prepareStatement(sql)) {
            query.setString(1, login);
            var rs = query.executeQuery();
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    private static int accountCount() throws SQLException {
        return countWhere("login LIKE '%" + RUN + "'");
    }

    private static int countWhere(String condition) throws SQLException {
        try (Connection db = TestDatabase.connect();
                var rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM account WHERE " + condition)) {
            rs.next();
            return rs.getInt(1);
        }
    }

}
