package kr.maskportal.openapi.control;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import kr.maskportal.feed.control.FeedTime;

/**
 * The 2020 format of the times of one rebuild, each worked out once: the feed produces its rows in batches, so tens of
 * thousands of sellers share a few hundred distinct times. For one thread.
 */
final class FeedTimeTexts implements SellerJson.FeedTimes {

    private final Map<Long, String> bySecond = new HashMap<>();

    @Override
    public String text(Instant at) {
        return at == null ? null : bySecond.computeIfAbsent(at.getEpochSecond(), s -> FeedTime.format(at));
    }
}
