package kr.maskportal.feed.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import kr.maskportal.seller.control.SellerDirectory;
import kr.maskportal.stock.control.FeedHealth;
import kr.maskportal.stock.control.StockBoard;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once residents can be shown something true: the seller directory is loaded and the stock board holds the
 * feed's data (from the database or a first poll). A feed that is down later keeps the portal ready, since the old
 * data is still served with its age; the details say how the feed is doing.
 */
@Readiness
@ApplicationScoped
public class FeedReadiness implements HealthCheck {

    @Inject
    SellerDirectory directory;

    @Inject
    StockBoard board;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        FeedHealth feed = board.health();
        var response = HealthCheckResponse.named("stock-data")
                .status(directory.current().sellerCount() > 0 && board.isLoaded())
                .withData("sellers", directory.current().sellerCount())
                .withData("sellersWithFeedData", board.allFeedEvidence().size())
                .withData("consecutiveFeedFailures", feed.consecutiveFailures());
        if (feed.lastSuccessAt() != null) {
            response.withData("lastAcceptedRefresh", feed.lastSuccessAt().toString())
                    .withData("feedAgeSeconds", Duration.between(feed.lastSuccessAt(), clock.instant()).toSeconds());
        }
        return response.build();
    }
}
