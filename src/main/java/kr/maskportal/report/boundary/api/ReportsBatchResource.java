package kr.maskportal.report.boundary.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.maskportal.platform.i18n.ApiMessages;
import kr.maskportal.platform.web.ApiError;
import kr.maskportal.report.control.BatchItem;
import kr.maskportal.report.control.BatchOutcome;
import kr.maskportal.report.control.Reports;
import kr.maskportal.report.control.token.ApiTokens;
import kr.maskportal.report.control.token.ReportRateLimit;
import kr.maskportal.report.control.token.TokenHolder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/reports}: many reports in one request, each with its seller, as a vendor's program sends them
 * for the sellers of its list (a pharmacist's token may send them too, for its own sellers). Each item is judged as
 * the single endpoint would judge it and answered in its place; one bad item never keeps the good ones out. The
 * good ones are stored in one transaction and change the public pages once.
 */
@Path("v1/reports")
@RequestScoped
@Tag(name = "Point of sale")
public class ReportsBatchResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    @Inject
    ApiTokens tokens;

    @Inject
    ReportRateLimit rateLimit;

    @Inject
    Reports reports;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(JSON)
    @Produces(JSON)
    @Operation(summary = "Report up to " + ReportBodyReader.MAX_BATCH_ITEMS + " states of sellers at once",
            description = "A JSON array of reports, each a ReportRequest with its sellerCode. Answered 200 with one "
                    + "result per item, in the order sent: 201 and the stored report, or the status and error the "
                    + "single endpoint would have answered (400 naming the field, 403, 404). The stored ones are on "
                    + "the public pages at once; reports of one seller count in the order sent. One request counts "
                    + "once against the token's limit, however many items it holds.")
    @SecurityRequirement(name = SellerReportsResource.TOKEN)
    @RequestBody(required = true, content = @Content(mediaType = JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = BatchItemBody.class,
                    maxItems = ReportBodyReader.MAX_BATCH_ITEMS, minItems = 1)))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "Every item answered, stored or refused",
                    content = @Content(mediaType = JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = BatchAnswer.class))),
            @APIResponse(responseCode = "400", description = "Malformed JSON, not an array, or an empty one: "
                    + "nothing stored",
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
            @APIResponse(responseCode = "401", description = "No token, an unknown one, a revoked or expired one",
                    headers = @Header(name = "WWW-Authenticate", schema = @Schema(type = SchemaType.STRING)),
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
            @APIResponse(responseCode = "413", description = "More than " + ReportBodyReader.MAX_BATCH_ITEMS
                    + " items (TOO_MANY_REPORTS) or a body over " + ReportBodyReader.MAX_BATCH_BYTES
                    + " bytes (BODY_TOO_LARGE): nothing stored",
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
            @APIResponse(responseCode = "415", description = "A body that is not application/json",
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
            @APIResponse(responseCode = "429", description = "Too many requests with this token in the last minute",
                    headers = @Header(name = "Retry-After", description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
            @APIResponse(responseCode = "503", description = "The database cannot be reached: nothing was stored; "
                    + "send the same batch again after Retry-After",
                    headers = @Header(name = "Retry-After", description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response report(@Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            InputStream body) throws IOException {
        TokenHolder holder = SellerReportsResource.authenticate(tokens, rateLimit, authorization);
        List<ReportBodyReader.BatchEntry> entries = ReportBodyReader.readBatch(body);
        List<BatchItem> items = new ArrayList<>(entries.size());
        for (ReportBodyReader.BatchEntry entry : entries) {
            if (entry.refusal() == null) {
                ReportBody report = entry.report();
                items.add(new BatchItem(entry.index(), entry.sellerCode(), report.kind(), report.number(),
                        report.notice()));
            }
        }
        Map<Integer, BatchOutcome> outcomes = new HashMap<>();
        if (!items.isEmpty()) {
            reports.submitBatch(holder.source(), items).forEach(o -> outcomes.put(o.index(), o));
        }
        Locale locale = ApiMessages.localeFor(headers.getAcceptableLanguages());
        List<BatchAnswer> answers = entries.stream().map(entry -> entry.refusal() != null
                ? refused(entry.index(), entry.refusal(), locale)
                : answer(entry, outcomes.get(entry.index()), locale)).toList();
        return Response.ok(answers, ApiErrors.JSON_UTF8)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag()).build();
    }

    private static BatchAnswer answer(ReportBodyReader.BatchEntry entry, BatchOutcome outcome, Locale locale) {
        if (outcome.stored() != null) {
            return new BatchAnswer(entry.index(), 201, ReportAnswer.of(outcome.stored()), null);
        }
        String code = ApiRefusal.echoed(entry.sellerCode());
        ReportBody report = entry.report();
        return refused(entry.index(), switch (outcome.refusal()) {
            case UNKNOWN_SELLER -> ApiRefusal.of(404, ApiRefusal.SELLER_NOT_FOUND, code);
            case NOT_BOUND -> ApiRefusal.of(403, ApiRefusal.SELLER_NOT_BOUND, code);
            case INVALID -> {
                String field = report.jsonField(outcome.invalid().field());
                yield ApiRefusal.invalidField(field, outcome.invalid().problem().name(), report.kind(),
                        ReportBodyReader.limitOf(field, report.kind()));
            }
        }, locale);
    }

    private static BatchAnswer refused(int index, ApiRefusal refusal, Locale locale) {
        return new BatchAnswer(index, refusal.status(), null, ApiErrors.body(refusal, locale));
    }
}
