package kr.maskportal.report.boundary.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import kr.maskportal.platform.web.ApiError;
import kr.maskportal.report.control.ReportForbidden;
import kr.maskportal.report.control.Reports;
import kr.maskportal.report.control.StoredReport;
import kr.maskportal.report.control.UnknownSeller;
import kr.maskportal.report.control.token.ApiTokens;
import kr.maskportal.report.control.token.BearerToken;
import kr.maskportal.report.control.token.ReportRateLimit;
import kr.maskportal.report.control.token.TokenHolder;
import kr.maskportal.report.entity.InvalidReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/sellers/{code}/reports}: a point-of-sale program reports for a seller with its pharmacist's
 * token or its vendor's. The same service and rules as the pharmacist's form; the token adds only who sent it (and
 * so which sellers it may report for), and how often.
 */
@Path("v1/sellers/{code}/reports")
@RequestScoped
@Tag(name = "Point of sale", description = "Pharmacists' programs reporting what the feed does not know yet")
@SecurityScheme(securitySchemeName = SellerReportsResource.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token (msp_…) a pharmacist creates at /pharmacist/tokens, reporting for the sellers their "
                + "account is bound to; or a vendor's token, issued by an administrator, reporting for the sellers "
                + "of the vendor's list. It stops working when revoked, and a rotated vendor token when its overlap "
                + "ends.")
public class SellerReportsResource {

    static final String TOKEN = "pointOfSaleToken";
    private static final String JSON = MediaType.APPLICATION_JSON;

    @Inject
    ApiTokens tokens;

    @Inject
    ReportRateLimit rateLimit;

    @Inject
    Reports reports;

    @Context
    UriInfo uri;

    @POST
    @Consumes(JSON)
    @Produces(JSON)
    @Operation(summary = "Report a seller's state: sold out, queue, masks remaining, closed, reopened, restocked or "
            + "a notice", description = "Stored with the server's time and shown on the public pages at once. At "
            + "most " + ReportRateLimit.PER_MINUTE + " requests a minute per pharmacist's token, "
            + ReportRateLimit.VENDOR_PER_MINUTE + " per vendor's token.")
    @SecurityRequirement(name = TOKEN)
    @RequestBody(required = true, content = @Content(mediaType = JSON,
            schema = @Schema(implementation = ReportBody.class)))
    @APIResponses({
            @APIResponse(responseCode = "201", description = "Stored",
                    headers = @Header(name = "Location", description = "The report's address",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = ReportAnswer.class))),
            @APIResponse(responseCode = "400", description = "Malformed JSON, or a field that is missing, unknown, "
                    + "of the wrong type, out of range or not taken by the kind (named in field and problem)",
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
            @APIResponse(responseCode = "401", description = "No token, an unknown one or a revoked one",
                    headers = @Header(name = "WWW-Authenticate", schema = @Schema(type = SchemaType.STRING)),
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
            @APIResponse(responseCode = "403", description = "The token's account or vendor is not bound to this "
                    + "seller",
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
            @APIResponse(responseCode = "404", description = "No seller has this code",
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
            @APIResponse(responseCode = "413", description = "A body over " + ReportBodyReader.MAX_BYTES + " bytes",
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
            @APIResponse(responseCode = "415", description = "A body that is not application/json",
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
            @APIResponse(responseCode = "429", description = "Too many requests with this token in the last minute",
                    headers = @Header(name = "Retry-After", description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
            @APIResponse(responseCode = "503", description = "The database cannot be reached: nothing was stored; "
                    + "send the same report again after Retry-After",
                    headers = @Header(name = "Retry-After", description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response report(
            @Parameter(required = true, description = "The seller's code, as in the 2020 feed", example = "11806923")
            @PathParam("code") String code,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            InputStream body) throws IOException {
        TokenHolder holder = authenticate(tokens, rateLimit, authorization);
        StoredReport stored = submit(holder, code, ReportBodyReader.read(body));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(stored.id())).build())
                .type(ApiErrors.JSON_UTF8).entity(ReportAnswer.of(stored)).build();
    }

    /**
     * The holder of the request's token, counted against its limit.
     *
     * @throws ApiRefusal 401 without a working token, 429 past the token's limit
     */
    static TokenHolder authenticate(ApiTokens tokens, ReportRateLimit rateLimit, String authorization) {
        TokenHolder holder = BearerToken.fromAuthorization(authorization).flatMap(tokens::authenticate)
                .orElseThrow(() -> ApiRefusal.unauthorized(authorization != null));
        rateLimit.acquire(holder).ifPresent(wait -> {
            throw ApiRefusal.tooManyRequests(wait, rateLimit.limitOf(holder));
        });
        return holder;
    }

    private StoredReport submit(TokenHolder holder, String code, ReportBody report) {
        try {
            return reports.submit(holder.source(), code, report.kind(), report.number(), report.notice());
        } catch (UnknownSeller e) {
            throw ApiRefusal.of(404, ApiRefusal.SELLER_NOT_FOUND, ApiRefusal.echoed(code));
        } catch (ReportForbidden e) {
            throw ApiRefusal.of(403, ApiRefusal.SELLER_NOT_BOUND, ApiRefusal.echoed(code));
        } catch (InvalidReport e) {
            String field = report.jsonField(e.field());
            throw ApiRefusal.invalidField(field, e.problem().name(), report.kind(),
                    ReportBodyReader.limitOf(field, report.kind()));
        }
    }
}
