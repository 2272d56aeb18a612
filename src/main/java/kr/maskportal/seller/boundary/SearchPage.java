package kr.maskportal.seller.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kr.maskportal.report.control.ReportBoard;
import kr.maskportal.seller.control.SearchQuery;
import kr.maskportal.seller.control.SearchResult;
import kr.maskportal.seller.control.SellerSearch;
import kr.maskportal.seller.control.SellerSearchIndex;
import kr.maskportal.stock.boundary.StatusView;
import kr.maskportal.stock.control.StatusSettings;
import kr.maskportal.stock.control.StockBoard;
import kr.maskportal.stock.control.forecast.ForecastBoard;
import kr.maskportal.stock.control.merge.StatusMerge;

/**
 * Search across the country ({@code /search?q=서교동}): the sellers whose name or address holds every word typed,
 * grouped by district, each with its effective status merged as on the district page. Only the hits shown are
 * merged, so a search costs one scan of the directory and at most {@link SellerSearch#MOST_SHOWN} merges.
 */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    SellerSearchIndex index;

    @Inject
    StockBoard board;

    @Inject
    ForecastBoard forecasts;

    @Inject
    ReportBoard reports;

    @Inject
    StatusSettings settings;

    @Inject
    Clock clock;

    private String q;
    private SearchQuery query = SearchQuery.of(null);
    private SearchResult result = new SearchResult(query, List.of(), 0);
    private List<SearchGroupView> groups = List.of();

    /** View action. */
    public void load() {
        query = SearchQuery.of(q);
        result = index.current().find(query);
        Instant now = clock.instant();
        groups = result.groups().stream()
                .map(group -> new SearchGroupView(group, group.sellers().stream()
                        .map(seller -> new SellerRowView(seller, new StatusView(StatusMerge.merge(
                                board.feedEvidence(seller.getCode()), reports.reports(seller.getCode()), now,
                                settings.merge(), forecasts.forecast(seller.getCode(), seller.getDistrictCode())),
                                now)))
                        .toList()))
                .toList();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    /** The query as it was searched for, for the heading and to fill the search box again. */
    public String getQuery() {
        return query.text();
    }

    /** Something was searched for: the page tells what it found, even when that is nothing. */
    public boolean isSearched() {
        return query.isRunnable();
    }

    /** The message key of what is wrong with the query, or null. */
    public String getProblemKey() {
        return query.problem() == null ? null : "search.problem." + query.problem().name();
    }

    public int getShortest() {
        return SearchQuery.SHORTEST;
    }

    public int getLongest() {
        return SearchQuery.LONGEST;
    }

    public int getTotal() {
        return result.total();
    }

    public int getShown() {
        return result.shown();
    }

    public boolean isCapped() {
        return result.isCapped();
    }

    public List<SearchGroupView> getGroups() {
        return groups;
    }
}
