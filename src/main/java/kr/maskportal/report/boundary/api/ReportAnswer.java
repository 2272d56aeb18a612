package kr.maskportal.report.boundary.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.report.control.StoredReport;
import kr.maskportal.report.entity.ReportKind;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stored report as the API answers it: the number under the name it was sent with, the time to the millisecond as
 * the database keeps it. JSON-B leaves out nulls.
 */
@Schema(name = "StoredReport", description = "The report as stored, stamped by the server's clock.")
@JsonbPropertyOrder({"id", "sellerCode", "kind", "queueLength", "remaining", "notice", "reportedAt"})
public record ReportAnswer(
        @Schema(required = true, type = SchemaType.INTEGER, format = "int64", example = "1042") long id,
        @Schema(required = true, example = "11806923") String sellerCode,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"SOLD_OUT", "QUEUE", "REMAINING", "CLOSED",
                "REOPENED", "RESTOCKED", "NOTICE"}, example = "QUEUE") ReportKind kind,
        @Schema(description = "QUEUE only", example = "40") Integer queueLength,
        @Schema(description = "REMAINING and RESTOCKED only") Integer remaining,
        @Schema(description = "NOTICE only") String notice,
        @Schema(required = true, type = SchemaType.STRING, format = "date-time",
                description = "When the portal accepted it, ISO-8601 in Korea time (+09:00)",
                example = "2020-03-11T12:00:05.123+09:00") OffsetDateTime reportedAt) {

    static ReportAnswer of(StoredReport report) {
        String numberField = ReportBody.numberField(report.kind());
        return new ReportAnswer(report.id(), report.sellerCode(), report.kind(),
                ReportBody.QUEUE_LENGTH.equals(numberField) ? report.number() : null,
                ReportBody.REMAINING.equals(numberField) ? report.number() : null,
                report.notice(), report.reportedAt().truncatedTo(ChronoUnit.MILLIS).atZone(Korea.ZONE).toOffsetDateTime());
    }
}
