package kr.maskportal.admin.control;

import java.util.List;

/** One poll of the feed as administrators read it: when (Korea time), what, how it went, and why records fell out. */
public final class RefreshRow {

    private final String startedAt;
    private final String endpoint;
    private final String outcomeKey;
    private final boolean accepted;
    private final int acceptedRecords;
    private final int rejectedRecords;
    private final long millis;
    private final List<ReasonCount> reasons;

    RefreshRow(String startedAt, String endpoint, String outcomeKey, boolean accepted, int acceptedRecords,
            int rejectedRecords, long millis, List<ReasonCount> reasons) {
        this.startedAt = startedAt;
        this.endpoint = endpoint;
        this.outcomeKey = outcomeKey;
        this.accepted = accepted;
        this.acceptedRecords = acceptedRecords;
        this.rejectedRecords = rejectedRecords;
        this.millis = millis;
        this.reasons = List.copyOf(reasons);
    }

    public String getStartedAt() {
        return startedAt;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public String getOutcomeKey() {
        return outcomeKey;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public int getAcceptedRecords() {
        return acceptedRecords;
    }

    public int getRejectedRecords() {
        return rejectedRecords;
    }

    /** How long fetching and checking the pages took. */
    public long getMillis() {
        return millis;
    }

    public List<ReasonCount> getReasons() {
        return reasons;
    }
}
