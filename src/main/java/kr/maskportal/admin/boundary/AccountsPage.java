package kr.maskportal.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kr.maskportal.account.boundary.CurrentStaff;
import kr.maskportal.account.control.AccountSearch;
import kr.maskportal.account.control.AdministeredAccount;
import kr.maskportal.account.entity.Account;
import kr.maskportal.account.entity.Role;
import kr.maskportal.admin.control.AccountAdministration;
import kr.maskportal.admin.control.AccountField;
import kr.maskportal.admin.control.AccountListing;
import kr.maskportal.admin.control.AccountRequest;
import kr.maskportal.admin.control.AdministrationOutcome;
import kr.maskportal.platform.web.StaffResponses;
import kr.maskportal.seller.control.ListPage;

/**
 * {@code /admin/accounts}: the accounts, a page at a time and found by a search, and the form that creates one. A plain post of a stateful view (its view
 * state and the form token are the CSRF defence); a created account answers with a redirect to the list, which names it.
 */
@Named
@RequestScoped
public class AccountsPage {

    static final String PATH = "/admin/accounts";
    static final String FORM = "create";

    @Inject
    AccountAdministration administration;

    @Inject
    CurrentStaff staff;

    private String login;
    private String displayName;
    private String role;
    private String password;
    private String sellerCodes;
    private String districtCodes;
    private boolean allDistricts;
    private String created;
    private String search;
    private String page;
    private AccountListing listing;
    private final FormProblems problems = new FormProblems();

    public void create() {
        Optional<String> actor = Acting.administrator(staff);
        if (actor.isEmpty()) {
            return;
        }
        AdministrationOutcome outcome = administration.create(actor.get(), new AccountRequest(login, displayName, role,
                password, sellerCodes, districtCodes, allDistricts));
        password = null;
        if (outcome.done()) {
            StaffResponses.redirect(PATH + "?created="
                    + URLEncoder.encode(Account.normaliseLogin(login), StandardCharsets.UTF_8));
        } else {
            problems.addAll(FormProblem.of(outcome.problems(), AccountsPage::clientId));
        }
    }

    static String clientId(AccountField field) {
        return FORM + ":" + switch (field) {
            case LOGIN -> "login";
            case DISPLAY_NAME -> "displayName";
            case ROLE -> "role";
            case PASSWORD -> "password";
            case SELLERS -> "sellers";
            case DISTRICTS -> "districts";
            case STATUS -> "submit";
        };
    }

    /** The page of accounts the address asks for ({@code ?q=…&page=…}). */
    public AccountListing getListing() {
        if (listing == null) {
            listing = administration.list(new AccountSearch(search), ListPage.requested(page));
        }
        return listing;
    }

    /** The query of another page of the same search, for the links between pages. */
    public String pageQuery(int number) {
        String query = getListing().isSearched()
                ? "q=" + URLEncoder.encode(getListing().getSearch(), StandardCharsets.UTF_8) : "";
        String pageParam = number == 1 ? "" : ListPage.PARAM + "=" + number;
        String both = query.isEmpty() || pageParam.isEmpty() ? query + pageParam : query + "&" + pageParam;
        return both.isEmpty() ? "" : "?" + both;
    }

    /** The account the last post created, named by the address it redirected to; null when there is none. */
    public AdministeredAccount getCreatedAccount() {
        return created == null ? null : administration.findByLogin(created).orElse(null);
    }

    public int getSearchMaxLength() {
        return AccountSearch.MAX_LENGTH;
    }

    /** The role names, in the order the form offers them. */
    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public FormProblems getProblems() {
        return problems;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    /** Never shown again: the field is empty whenever the page comes back. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getSellerCodes() {
        return sellerCodes;
    }

    public void setSellerCodes(String sellerCodes) {
        this.sellerCodes = sellerCodes;
    }

    public String getDistrictCodes() {
        return districtCodes;
    }

    public void setDistrictCodes(String districtCodes) {
        this.districtCodes = districtCodes;
    }

    public boolean isAllDistricts() {
        return allDistricts;
    }

    public void setAllDistricts(boolean allDistricts) {
        this.allDistricts = allDistricts;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getCreated() {
        return created;
    }

    public void setCreated(String created) {
        this.created = created;
    }
}
