package kr.maskportal.feed.replay;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import kr.maskportal.platform.time.Korea;

/** The feed's one time format, {@code 2020/03/11 13:45:00}, always Korea time. */
public final class FeedTimes {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss")
            .withZone(Korea.ZONE);

    private FeedTimes() {
    }

    /** Null stays null: the feed publishes a missing time as JSON null. */
    public static String format(Instant at) {
        return at == null ? null : FORMAT.format(at);
    }
}
