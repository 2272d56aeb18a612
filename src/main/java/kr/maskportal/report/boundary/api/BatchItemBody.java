package kr.maskportal.report.boundary.api;

import kr.maskportal.report.entity.ReportKind;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One item of a batch, for the OpenAPI description only: {@link ReportBody}'s fields and the seller's code.
 * {@link ReportBodyReader} reads the JSON itself.
 */
@Schema(name = "BatchReportRequest", description = "One report of a batch: a ReportRequest with the seller's code.")
record BatchItemBody(
        @Schema(required = true, description = "The seller's code, as in the 2020 feed", example = "11806923")
        String sellerCode,
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
}
