package kr.maskportal.platform.web;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every refusal of the portal's APIs: the point-of-sale API and the corrected feed. JSON-B leaves out
 * what is null.
 */
@Schema(name = "ApiError", description = "Why a request was refused.")
@JsonbPropertyOrder({"error", "field", "problem", "message"})
public record ApiError(
        @Schema(required = true, description = "What went wrong, for programs: INVALID_FIELD, INVALID_PARAMETER, "
                + "MALFORMED_JSON, NOT_A_JSON_OBJECT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNAUTHORIZED, "
                + "SELLER_NOT_BOUND, SELLER_NOT_FOUND, TOO_MANY_REQUESTS, NOT_FOUND, METHOD_NOT_ALLOWED, DATABASE_UNAVAILABLE, "
                + "INTERNAL_ERROR",
                example = "INVALID_FIELD")
        String error,
        @Schema(description = "The JSON field (INVALID_FIELD) or the query parameter (INVALID_PARAMETER) at fault",
                example = "queueLength")
        String field,
        @Schema(description = "What is wrong with it (INVALID_FIELD and INVALID_PARAMETER only). Of a JSON field: "
                + "KIND_MISSING, UNKNOWN_KIND, NOT_A_STRING, NOT_AN_INTEGER, UNKNOWN_FIELD, NUMBER_MISSING, "
                + "NUMBER_OUT_OF_RANGE, NUMBER_NOT_ALLOWED, NOTICE_MISSING, NOTICE_TOO_LONG, NOTICE_BAD_CHARACTERS, "
                + "NOTICE_NOT_ALLOWED. Of a query parameter: MISSING, NOT_A_NUMBER, NOT_AN_INTEGER, OUT_OF_RANGE, "
                + "TOO_LONG, NOT_A_DISTRICT",
                example = "NUMBER_OUT_OF_RANGE")
        String problem,
        @Schema(required = true, description = "The same in words, Korean unless Accept-Language prefers English")
        String message) {
}
