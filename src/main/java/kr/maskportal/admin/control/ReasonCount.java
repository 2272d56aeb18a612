package kr.maskportal.admin.control;

/** How often one reason came up, with the bundle key that puts the reason into words. */
public final class ReasonCount {

    private final String key;
    private final String reason;
    private final long count;

    ReasonCount(String key, String reason, long count) {
        this.key = key;
        this.reason = reason;
        this.count = count;
    }

    public String getKey() {
        return key;
    }

    /** The stored name, shown as it is when this build has no words for it. */
    public String getReason() {
        return reason;
    }

    public long getCount() {
        return count;
    }
}
