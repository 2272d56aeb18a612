package kr.maskportal.report.boundary.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every refusal. JSON-B leaves out what is null. */
@Schema(name = "ApiError", description = "Why a request was refused.")
@JsonbPropertyOrder({"error", "field", "problem", "message"})
public record ApiError(
        @Schema(required = true, description = "What went wrong, for programs: INVALID_FIELD, MALFORMED_JSON, "
                + "NOT_A_JSON_OBJECT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNAUTHORIZED, SELLER_NOT_BOUND, "
                + "SELLER_NOT_FOUND, TOO_MANY_REQUESTS, NOT_FOUND, METHOD_NOT_ALLOWED, INTERNAL_ERROR",
                example = "INVALID_FIELD")
        String error,
        @Schema(description = "The JSON field at fault (INVALID_FIELD only)", example = "queueLength")
        String field,
        @Schema(description = "What is wrong with the field (INVALID_FIELD only): KIND_MISSING, UNKNOWN_KIND, "
                + "NOT_A_STRING, NOT_AN_INTEGER, UNKNOWN_FIELD, NUMBER_MISSING, NUMBER_OUT_OF_RANGE, "
                + "NUMBER_NOT_ALLOWED, NOTICE_MISSING, NOTICE_TOO_LONG, NOTICE_BAD_CHARACTERS, NOTICE_NOT_ALLOWED",
                example = "NUMBER_OUT_OF_RANGE")
        String problem,
        @Schema(required = true, description = "The same in words, Korean unless Accept-Language prefers English")
        String message) {
}
