package kr.maskportal.official.control.lag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.maskportal.official.control.history.SellerHistory;

/**
 * What {@link LagRules} found in one seller's history: all the lag report needs of it. Once a sales day is over
 * this never changes, since its history is only ever added to with later times, so a day's findings can be kept.
 */
public record SellerLag(String sellerCode, String districtCode, List<LagEpisode> episodes, int disagreements) {

    public SellerLag {
        episodes = List.copyOf(episodes);
    }

    public static SellerLag of(SellerHistory history, Instant now) {
        return new SellerLag(history.sellerCode(), history.districtCode(), LagRules.episodes(history, now),
                LagRules.disagreements(history).size());
    }

    /** The same seller over more days: episodes one after the other, disagreements added up. */
    SellerLag and(SellerLag later) {
        List<LagEpisode> both = new ArrayList<>(episodes);
        both.addAll(later.episodes);
        return new SellerLag(sellerCode, districtCode, both, disagreements + later.disagreements);
    }
}
