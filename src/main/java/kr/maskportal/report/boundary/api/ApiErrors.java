package kr.maskportal.report.boundary.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.maskportal.platform.i18n.ApiMessages;
import kr.maskportal.platform.persistence.DatabaseOutage;
import kr.maskportal.platform.web.ApiError;

/**
 * Every refusal of the API as JSON ({@link ApiError}), never the portal's HTML error pages: the API's own refusals,
 * JAX-RS's (no such path, wrong method or media type), a 503 with Retry-After when the database cannot be reached
 * (nothing was stored: send again), and, as a 500, anything else unexpected, which is logged.
 */
public class ApiErrors implements ExceptionMapper<Exception> {

    /** Said outright, since the words are Korean and not every client assumes UTF-8 for JSON. */
    static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());
    private static final Map<Integer, String> BY_STATUS = Map.of(
            404, ApiRefusal.NOT_FOUND,
            405, ApiRefusal.METHOD_NOT_ALLOWED,
            406, ApiRefusal.NOT_ACCEPTABLE,
            415, ApiRefusal.UNSUPPORTED_MEDIA_TYPE);

    @Context
    HttpHeaders request;

    @Override
    public Response toResponse(Exception exception) {
        ApiRefusal refusal = refusalFor(exception);
        List<Locale> languages = request == null ? List.of() : request.getAcceptableLanguages();
        Locale locale = ApiMessages.localeFor(languages);
        ApiError body = body(refusal, locale);
        Response.ResponseBuilder response = Response.status(refusal.status())
                .type(JSON_UTF8)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(body);
        refusal.headers().forEach(response::header);
        if (exception instanceof WebApplicationException jaxrs) {
            jaxrs.getResponse().getStringHeaders().forEach((name, values) -> values.forEach(v -> response.header(name, v)));
        }
        return response.build();
    }

    /** The JSON of a refusal, in the client's language: also what a batch answers for each item it refused. */
    static ApiError body(ApiRefusal refusal, Locale locale) {
        return new ApiError(refusal.error(), refusal.field(), refusal.problem(),
                ApiMessages.text(locale, refusal.messageKey(), refusal.arguments()));
    }

    static ApiRefusal refusalFor(Exception exception) {
        if (exception instanceof ApiRefusal refusal) {
            return refusal;
        }
        if (exception instanceof WebApplicationException jaxrs && jaxrs.getResponse().getStatus() < 500) {
            int status = jaxrs.getResponse().getStatus();
            return ApiRefusal.of(status, BY_STATUS.getOrDefault(status, ApiRefusal.REQUEST_REFUSED));
        }
        if (DatabaseOutage.causedBy(exception)) {
            LOG.warning(() -> "a request of the point-of-sale API refused: the database cannot be reached ("
                    + exception + ")");
            return ApiRefusal.databaseUnavailable();
        }
        LOG.log(Level.SEVERE, "the point-of-sale API failed", exception);
        return ApiRefusal.of(500, ApiRefusal.INTERNAL_ERROR);
    }
}
