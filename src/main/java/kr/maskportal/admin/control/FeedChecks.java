package kr.maskportal.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.maskportal.feed.control.FeedStore;
import kr.maskportal.feed.entity.FeedRefreshRecord;
import kr.maskportal.platform.time.Korea;

/** The feed's recent polls and the reasons records were dropped, for administrators. */
@ApplicationScoped
public class FeedChecks {

    private static final DateTimeFormatter KOREA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Korea.ZONE);

    @Inject
    FeedStore store;

    public List<RefreshRow> recentRefreshes(int howMany) {
        List<RefreshRow> rows = new ArrayList<>();
        for (FeedRefreshRecord refresh : store.recentRefreshes(howMany)) {
            List<ReasonCount> reasons = new ArrayList<>();
            reasonCounts(refresh.getReasonCounts()).forEach((reason, count) ->
                    reasons.add(new ReasonCount(ReasonKeys.feedProblem(reason), reason, count)));
            rows.add(new RefreshRow(KOREA_TIME.format(refresh.getStartedAt()), refresh.getEndpoint(),
                    ReasonKeys.feedOutcome(refresh.getOutcome()), FeedStore.ACCEPTED.equals(refresh.getOutcome()),
                    refresh.getAccepted(), refresh.getRejected(),
                    Duration.between(refresh.getStartedAt(), refresh.getFinishedAt()).toMillis(), reasons));
        }
        return rows;
    }

    /** The reasons of the given polls added up, most frequent first. */
    public List<ReasonCount> totals(List<RefreshRow> refreshes) {
        Map<String, Long> totals = new TreeMap<>();
        for (RefreshRow row : refreshes) {
            row.getReasons().forEach(r -> totals.merge(r.getReason(), r.getCount(), Long::sum));
        }
        return totals.entrySet().stream()
                .map(e -> new ReasonCount(ReasonKeys.feedProblem(e.getKey()), e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(ReasonCount::getCount).reversed())
                .toList();
    }

    static Map<String, Long> reasonCounts(String json) {
        Map<String, Long> counts = new TreeMap<>();
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.forEach((reason, value) -> {
                if (value.getValueType() == JsonValue.ValueType.NUMBER) {
                    counts.put(reason, ((JsonNumber) value).longValue());
                }
            });
        }
        return counts;
    }
}
