package kr.maskportal.report.boundary;

import kr.maskportal.report.entity.ReportKind;

/**
 * The ids of one seller's forms on the pharmacists' page, and of the field each kind of report is typed into: the
 * page names its forms with these, and an error summary links to the field by them. Seller codes are digits, so
 * the ids are valid and readable ({@code queue-11806923:number}).
 */
public final class SellerForms {

    static final String NUMBER_FIELD = "number";
    static final String NOTICE_FIELD = "notice";
    static final String SELLER_FIELD = "seller";

    private final String code;

    SellerForms(String code) {
        this.code = code;
    }

    /** The one-tap buttons: sold out, closed, selling again. */
    public String getQuick() {
        return "quick-" + code;
    }

    public String getQueue() {
        return "queue-" + code;
    }

    public String getRemaining() {
        return "remaining-" + code;
    }

    public String getRestocked() {
        return "restocked-" + code;
    }

    public String getNotice() {
        return "notice-" + code;
    }

    public String getUndo() {
        return "undo-" + code;
    }

    /** The client id of the field a report of this kind is typed into; the form's seller field for the buttons. */
    String field(ReportKind kind) {
        return switch (kind) {
            case QUEUE -> getQueue() + ":" + NUMBER_FIELD;
            case REMAINING -> getRemaining() + ":" + NUMBER_FIELD;
            case RESTOCKED -> getRestocked() + ":" + NUMBER_FIELD;
            case NOTICE -> getNotice() + ":" + NOTICE_FIELD;
            case SOLD_OUT, CLOSED, REOPENED -> getQuick() + ":" + SELLER_FIELD;
        };
    }
}
