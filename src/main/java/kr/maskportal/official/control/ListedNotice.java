package kr.maskportal.official.control;

import java.time.Instant;

/**
 * A district notice as the officials' list shows it, whatever its state.
 *
 * @param author      the display name of the account that posted it
 * @param withdrawnAt null unless it was withdrawn
 */
public record ListedNotice(long id, String districtCode, String text, Instant startsAt, Instant endsAt,
        String author, Instant createdAt, Instant withdrawnAt) {
}
