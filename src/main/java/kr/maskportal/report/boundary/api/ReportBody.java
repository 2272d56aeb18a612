package kr.maskportal.report.boundary.api;

import kr.maskportal.report.entity.ReportKind;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a point-of-sale program sends, as read by {@link ReportBodyReader}: the kind and at most the one field the
 * kind takes. The JSON names a report's number after what it counts; {@code Report} calls it {@code number}.
 */
@Schema(name = "ReportRequest", description = "One report about the seller. queueLength goes with QUEUE only, "
        + "remaining with REMAINING and RESTOCKED only, notice with NOTICE only; any other field is refused.")
public record ReportBody(
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"SOLD_OUT", "QUEUE", "REMAINING", "CLOSED",
                "REOPENED", "RESTOCKED", "NOTICE"}, description = "What is reported", example = "QUEUE")
        ReportKind kind,
        @Schema(description = "People waiting (QUEUE)", minimum = "0", maximum = "999", example = "40")
        Integer queueLength,
        @Schema(description = "Masks on the shelf now (REMAINING), or after a new delivery (RESTOCKED)",
                minimum = "0", maximum = "100000", example = "120")
        Integer remaining,
        @Schema(description = "One line for residents (NOTICE); shown as text, never as markup",
                minLength = 1, maxLength = 200, example = "번호표 13시 배부")
        String notice) {

    static final String QUEUE_LENGTH = "queueLength";
    static final String REMAINING = "remaining";
    static final String NOTICE = "notice";

    /** The field the kind's number travels in; null for a kind without one. */
    static String numberField(ReportKind kind) {
        return switch (kind) {
            case QUEUE -> QUEUE_LENGTH;
            case REMAINING, RESTOCKED -> REMAINING;
            default -> null;
        };
    }

    /** The number as {@code Reports.submit} takes it. */
    Integer number() {
        String field = numberField(kind);
        if (QUEUE_LENGTH.equals(field)) {
            return queueLength;
        }
        return REMAINING.equals(field) ? remaining : null;
    }

    /** The JSON name of a field as {@code InvalidReport} names it. */
    String jsonField(String reportField) {
        return "number".equals(reportField) ? numberField(kind) : reportField;
    }
}
