package kr.maskportal.official.control.lag;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One time a pharmacist said "sold out" while the feed still showed masks, until the feed agreed or the episode
 * ended otherwise (see {@link LagRules}).
 *
 * @param districtCode null for a seller the directory could not place
 * @param day          the Korean date of the report that opened the episode
 * @param reports      the "sold out" reports it holds: the first opens it, later ones while it is open repeat it
 * @param endedAt      when the feed agreed, showed a delivery, or the day (or the report's data) ended
 * @param lag          from the first report to the feed's agreement; null unless {@link LagOutcome#AGREED}
 */
public record LagEpisode(String sellerCode, String districtCode, LocalDate day, Instant reportedAt, int reports,
                         LagOutcome outcome, Instant endedAt, Duration lag) {

    public LagEpisode {
        Objects.requireNonNull(sellerCode);
        Objects.requireNonNull(day);
        Objects.requireNonNull(reportedAt);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(endedAt);
        if ((outcome == LagOutcome.AGREED) != (lag != null)) {
            throw new IllegalArgumentException(outcome + " with lag " + lag);
        }
    }
}
