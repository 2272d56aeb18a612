package kr.maskportal.official.control;

import java.time.Instant;

/**
 * A district notice as the public pages read it from the {@link NoticeBoard}: in force from {@code startsAt}
 * (included) until {@code endsAt} (not included).
 */
public record PostedNotice(long id, String districtCode, String text, Instant startsAt, Instant endsAt) {

    public boolean inForceAt(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }
}
