package kr.maskportal.feed.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import kr.maskportal.feed.replay.FeedApiJson;
import kr.maskportal.feed.replay.ReplayFeed;
import kr.maskportal.feed.replay.SalesDay;
import kr.maskportal.feed.replay.StoreInfo;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.control.SellerDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The replayed sales day that the demo's feed serves: the real seller list, with stock simulated for the portal
 * clock's date in Korea and published with a lag, as the 2020 feed was. A new day is simulated when the date turns.
 */
@ApplicationScoped
public class DemoReplay {

    @Inject
    SellerDirectory directory;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.feed.replay.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "portal.feed.replay.seed", defaultValue = "2020")
    long seed;

    @Inject
    @ConfigProperty(name = "portal.feed.replay.lag", defaultValue = "20")
    int lagMinutes;

    private volatile FeedApiJson today;

    public boolean isEnabled() {
        return enabled;
    }

    public FeedApiJson feed() {
        LocalDate date = LocalDate.ofInstant(clock.instant(), Korea.ZONE);
        FeedApiJson current = today;
        if (current == null || !current.feed().day().date().equals(date)) {
            synchronized (this) {
                current = today;
                if (current == null || !current.feed().day().date().equals(date)) {
                    current = new FeedApiJson(new ReplayFeed(SalesDay.simulate(stores(), date, seed), lag()));
                    today = current;
                }
            }
        }
        return current;
    }

    public Clock clock() {
        return clock;
    }

    /** The sellers the replay lists, in its order (by code). */
    public List<StoreInfo> stores() {
        return stores(seller -> true);
    }

    /** Those of the replay's sellers that pass {@code which}, in its order; each seller's day is its own. */
    public List<StoreInfo> stores(Predicate<DirectorySeller> which) {
        return directory.current().sellers().stream()
                .filter(which)
                .sorted(Comparator.comparing(DirectorySeller::getCode))
                .map(s -> new StoreInfo(s.getCode(), s.getName(), s.getAddress(), s.getType(),
                        s.getLocation() == null ? null : s.getLocation().latitude(),
                        s.getLocation() == null ? null : s.getLocation().longitude()))
                .toList();
    }

    /** The replay's seed (PORTAL_FEED_REPLAY_SEED): the same seed, sellers and date give the same day. */
    public long seed() {
        return seed;
    }

    /** How late the replayed feed publishes what happened (PORTAL_FEED_REPLAY_LAG). */
    public Duration lag() {
        return Duration.ofMinutes(lagMinutes);
    }
}
