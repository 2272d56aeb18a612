package kr.maskportal.report.boundary.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import kr.maskportal.platform.web.ApiError;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a batch answers for one of its items: its place in the array, the status a single report would have had, and
 * the stored report or the error, exactly as the single endpoint would have answered them. JSON-B leaves out nulls.
 */
@Schema(name = "BatchResult", description = "The answer for one item of a batch, in the order sent.")
@JsonbPropertyOrder({"index", "status", "report", "error"})
public record BatchAnswer(
        @Schema(required = true, type = SchemaType.INTEGER, format = "int32", description = "The item's place in "
                + "the array sent, from 0", example = "0") int index,
        @Schema(required = true, type = SchemaType.INTEGER, format = "int32", description = "201 stored; 400 a bad "
                + "item (error names the field); 403 a seller the token may not report for; 404 no such seller",
                example = "201") int status,
        @Schema(description = "The stored report (201 only)", implementation = ReportAnswer.class)
        ReportAnswer report,
        @Schema(description = "Why the item was refused (every status but 201)", implementation = ApiError.class)
        ApiError error) {
}
