package kr.maskportal.report.boundary;

import kr.maskportal.report.entity.ReportKind;

/**
 * What one seller's forms send, as typed: each seller has its own, so that a refused value comes back in the form it
 * was typed into and nowhere else. {@code seller} starts as the seller's code; the post decides what it says, and
 * the report service checks it against the account's bindings.
 */
public final class ReportInput {

    private final String row;
    private String seller;
    private String queue;
    private String remaining;
    private String restocked;
    private String notice;

    ReportInput(String sellerCode) {
        this.row = sellerCode;
        this.seller = sellerCode;
    }

    /** The seller whose forms these are, whatever the post says: where a refused value is shown. */
    String row() {
        return row;
    }

    /** The text typed for a kind that carries a number or a notice; null for the one-tap kinds. */
    String typed(ReportKind kind) {
        return switch (kind) {
            case QUEUE -> queue;
            case REMAINING -> remaining;
            case RESTOCKED -> restocked;
            case NOTICE -> notice;
            case SOLD_OUT, CLOSED, REOPENED -> null;
        };
    }

    public String getSeller() {
        return seller;
    }

    public void setSeller(String seller) {
        this.seller = seller;
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public String getRemaining() {
        return remaining;
    }

    public void setRemaining(String remaining) {
        this.remaining = remaining;
    }

    public String getRestocked() {
        return restocked;
    }

    public void setRestocked(String restocked) {
        this.restocked = restocked;
    }

    public String getNotice() {
        return notice;
    }

    public void setNotice(String notice) {
        this.notice = notice;
    }
}
