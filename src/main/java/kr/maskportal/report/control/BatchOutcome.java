package kr.maskportal.report.control;

import kr.maskportal.report.entity.InvalidReport;

/** What became of one report of a batch: stored, or refused and why (for a bad value, which field and problem). */
public record BatchOutcome(int index, StoredReport stored, Refusal refusal, InvalidReport invalid) {

    public enum Refusal {
        UNKNOWN_SELLER,
        NOT_BOUND,
        INVALID
    }

    static BatchOutcome stored(int index, StoredReport report) {
        return new BatchOutcome(index, report, null, null);
    }

    static BatchOutcome refused(int index, Refusal refusal) {
        return new BatchOutcome(index, null, refusal, null);
    }

    static BatchOutcome invalid(int index, InvalidReport invalid) {
        return new BatchOutcome(index, null, Refusal.INVALID, invalid);
    }
}
