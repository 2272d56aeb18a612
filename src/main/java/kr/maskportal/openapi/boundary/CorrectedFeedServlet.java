package kr.maskportal.openapi.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.maskportal.feed.control.FeedEndpoint;
import kr.maskportal.platform.DatabaseHealth;
import kr.maskportal.openapi.control.CorrectedFeed;
import kr.maskportal.platform.i18n.ApiMessages;
import kr.maskportal.platform.web.ApiError;

/**
 * The 2020 public mask API republished with the effective status: {@code /api/v1/stores/json}, {@code sales/json},
 * {@code storesByAddr/json} and {@code storesByGeo/json}, field for field as apps parse them, plus the portal's own
 * fields (see {@code META-INF/openapi.yaml}). An app written for the 2020 API works by changing its base URL.
 * <p>
 * A plain servlet rather than JAX-RS, since it answers bytes from memory ({@link AnswerCache}) and a rush of apps
 * must cost no more than that. Its exact paths win over the point-of-sale API's {@code /api/*}. Read-only and for
 * everyone: no session, no cookie, any origin may read it (CORS), caches may keep an answer 30 seconds and ask again
 * with its ETag. Refusals are JSON like the point-of-sale API's ({@link ApiError}), in Korean unless the client
 * prefers English.
 */
@WebServlet(name = "CorrectedFeed", urlPatterns = {
    FeedPaths.PREFIX + "stores/json",
    FeedPaths.PREFIX + "sales/json",
    FeedPaths.PREFIX + "storesByAddr/json",
    FeedPaths.PREFIX + "storesByGeo/json"})
public class CorrectedFeedServlet extends HttpServlet {

    /** As the public pages: a pharmacist's "sold out" reaches an app's cache within half a minute. */
    static final String CACHED = "public, max-age=30";
    static final String ALLOWED = "GET, HEAD, OPTIONS";
    /** What a browser may send with a cross-origin read; If-None-Match is what makes one ask first. */
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, Cache-Control, If-Modified-Since, If-None-Match, "
            + "Pragma, X-Requested-With";
    private static final Logger LOG = Logger.getLogger(CorrectedFeedServlet.class.getName());
    private static final Jsonb JSONB = JsonbBuilder.create();

    /** Sent while the database does not answer: the answer comes from memory and may be old, as the pages say. */
    static final String MAY_BE_OLD = "Data-May-Be-Old";

    @Inject
    CorrectedFeed feed;

    @Inject
    DatabaseHealth database;

    private final transient AnswerCache answers = new AnswerCache(Clock.systemUTC());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        String method = request.getMethod();
        if ("OPTIONS".equals(method)) {
            preflight(response);
            return;
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            response.setHeader("Allow", ALLOWED);
            refuse(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    new Refusal("METHOD_NOT_ALLOWED", null, null, "api.error.METHOD_NOT_ALLOWED"));
            return;
        }
        FeedEndpoint endpoint = FeedPaths.endpoint(request.getServletPath()).orElseThrow();
        try {
            FeedQuery query = FeedQuery.of(endpoint, request::getParameter);
            response.setHeader("Access-Control-Expose-Headers", "ETag, " + MAY_BE_OLD);
            if (database.isDown()) {
                response.setHeader(MAY_BE_OLD, "database-unreachable");
            }
            answers.answer(query, feed).send(request, response, CACHED);
        } catch (InvalidParameter e) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, new Refusal("INVALID_PARAMETER",
                    e.parameter(), e.problem().name(), e.messageKey(), e.messageArguments()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the corrected feed failed on " + request.getRequestURI(), e);
            refuse(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    new Refusal("INTERNAL_ERROR", null, null, "api.error.INTERNAL_ERROR"));
        }
    }

    /** A browser asking before a cross-origin read with headers of its own (If-None-Match). */
    private static void preflight(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        response.setHeader("Allow", ALLOWED);
        response.setHeader("Access-Control-Allow-Methods", ALLOWED);
        response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        response.setHeader("Access-Control-Max-Age", "86400");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, Refusal refusal)
            throws IOException {
        Locale locale = ApiMessages.localeFor(languages(request));
        var body = new ApiError(refusal.error(), refusal.field(), refusal.problem(),
                ApiMessages.text(locale, refusal.messageKey(), refusal.arguments()));
        byte[] bytes = JSONB.toJson(body).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(AnswerCache.JSON);
        response.setHeader("Content-Language", locale.toLanguageTag());
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    /** The client's languages by preference; none when it names none (not the server's default locale). */
    private static List<Locale> languages(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? List.of() : Collections.list(request.getLocales());
    }

    private record Refusal(String error, String field, String problem, String messageKey, Object... arguments) {
    }
}
