package kr.maskportal.admin.control;

import java.util.List;
import kr.maskportal.account.control.AccountSearch;
import kr.maskportal.account.control.AdministeredAccount;
import kr.maskportal.seller.control.ListPage;

/**
 * One page of the administrators' account list: after a national import there are tens of thousands of accounts,
 * so the page carries a hundred and a search finds the rest.
 *
 * @param total how many accounts the search finds, on every page
 */
public record AccountListing(AccountSearch search, List<AdministeredAccount> accounts, int total, ListPage page) {

    public static final int PAGE_SIZE = 100;

    /** For Expression Language, which cannot read record components. */
    public List<AdministeredAccount> getAccounts() {
        return accounts;
    }

    public int getTotal() {
        return total;
    }

    public ListPage getPage() {
        return page;
    }

    public String getSearch() {
        return search.text();
    }

    public boolean isSearched() {
        return !search.isBlank();
    }
}
