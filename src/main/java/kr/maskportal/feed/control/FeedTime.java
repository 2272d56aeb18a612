package kr.maskportal.feed.control;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import kr.maskportal.platform.time.Korea;

/**
 * The feed's times, {@code yyyy/MM/dd HH:mm:ss} on Korean wall clocks. The zone is always Korea's: the server's
 * own zone must never shift a delivery by nine hours.
 */
public final class FeedTime {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private FeedTime() {
    }

    /** Empty for anything but a real time in exactly that format, e.g. {@code 2020/02/30 10:00:00}. */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.length() != 19) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text, FORMAT).atZone(Korea.ZONE).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The same format, for republishing times in the 2020 contract. */
    public static String format(Instant instant) {
        return FORMAT.format(instant.atZone(Korea.ZONE));
    }
}
