package kr.maskportal.feed.control;

import jakarta.json.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.maskportal.feed.entity.FeedRefreshRecord;

/**
 * How one poll of one endpoint went, in the one shape the refresh log and the metrics take it: outcome, counts,
 * and every reason pages or records were dropped (page problems first).
 *
 * @param outcome {@link FeedStore#ACCEPTED} or the refusal's name
 */
public record RefreshSummary(FeedEndpoint endpoint, Instant started, Instant finished, String outcome, int accepted,
                             int rejected, Map<Enum<?>, Integer> reasons) {

    public static RefreshSummary of(FeedEndpoint endpoint, Instant started, Instant finished, RefreshRefusal refusal,
            int accepted, int rejected, Map<? extends Enum<?>, Integer> pageProblems,
            Map<? extends Enum<?>, Integer> recordProblems) {
        Map<Enum<?>, Integer> reasons = new LinkedHashMap<>(pageProblems);
        reasons.putAll(recordProblems);
        return new RefreshSummary(endpoint, started, finished, refusal == null ? FeedStore.ACCEPTED : refusal.name(),
                accepted, rejected, Map.copyOf(reasons));
    }

    public boolean isAccepted() {
        return FeedStore.ACCEPTED.equals(outcome);
    }

    /** The reasons as a small JSON object, e.g. {"UNKNOWN_SELLER":3}: new reasons need no schema change. */
    public String reasonsJson() {
        var json = Json.createObjectBuilder();
        reasons.forEach((reason, count) -> json.add(reason.name(), count));
        return json.build().toString();
    }

    public FeedRefreshRecord record() {
        return new FeedRefreshRecord(endpoint.name(), started, finished, outcome, accepted, rejected, reasonsJson());
    }
}
