package kr.maskportal.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import kr.maskportal.admin.control.FeedChecks;
import kr.maskportal.admin.control.ReasonCount;
import kr.maskportal.admin.control.RefreshRow;
import kr.maskportal.platform.time.RelativeAge;
import kr.maskportal.stock.control.FeedHealth;
import kr.maskportal.stock.control.StockBoard;

/** {@code /admin/feed}: how the feed polls went, and why records were dropped, counted by reason. */
@Named
@RequestScoped
public class FeedChecksPage {

    static final int REFRESHES_SHOWN = 60;

    private List<RefreshRow> refreshes;
    private List<ReasonCount> totals;
    private FeedHealth health;
    private RelativeAge lastAcceptedAge;

    @Inject
    void read(FeedChecks checks, StockBoard board, Clock clock) {
        refreshes = checks.recentRefreshes(REFRESHES_SHOWN);
        totals = checks.totals(refreshes);
        health = board.health();
        lastAcceptedAge = health.lastSuccessAt() == null ? null
                : RelativeAge.of(Duration.between(health.lastSuccessAt(), clock.instant()));
    }

    public List<RefreshRow> getRefreshes() {
        return refreshes;
    }

    public List<ReasonCount> getTotals() {
        return totals;
    }

    /** Null before the first accepted poll. */
    public RelativeAge getLastAcceptedAge() {
        return lastAcceptedAge;
    }

    public int getConsecutiveFailures() {
        return health.consecutiveFailures();
    }
}
