package kr.maskportal.report.boundary;

/**
 * What the page says after a post: which report was stored or taken back, for which seller, when.
 *
 * @param messageKey its {@code {0}} is {@code detail}, its {@code {1}} is {@code time}
 * @param detail     the number or notice of the report; null for the kinds without one
 */
public record Confirmation(String sellerName, String messageKey, Object detail, String time) {

    static Confirmation stored(SellerPanel seller, ReportLine report) {
        return new Confirmation(seller.getName(), ReportWords.stored(report.kind()), report.getDetail(),
                report.getTime());
    }

    static Confirmation undone(SellerPanel seller, ReportLine report) {
        return new Confirmation(seller.getName(), ReportWords.undone(report.kind()), report.getDetail(),
                report.getTime());
    }

    static Confirmation nothingToUndo(SellerPanel seller) {
        return new Confirmation(seller.getName(), "pharmacist.undone.nothing", null, null);
    }

    /** For Expression Language, which cannot read record components. */
    public String getSellerName() {
        return sellerName;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object getDetail() {
        return detail;
    }

    public String getTime() {
        return time;
    }
}
