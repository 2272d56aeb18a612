package kr.maskportal.report.boundary.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The point-of-sale API under {@code /api}. It names its classes rather than letting the server scan the WAR, so that
 * another JAX-RS application of the portal neither picks up these resources nor lends them its providers.
 * <p>
 * Authentication is the bearer token alone, checked by the resource: {@code /api/*} has no security constraint, so
 * the staff's form mechanism lets these requests through untouched (no redirect to sign-in, no session), and the
 * API answers 401 in JSON itself.
 */
@ApplicationPath(PointOfSaleApi.PATH)
public class PointOfSaleApi extends Application {

    static final String PATH = "api";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(SellerReportsResource.class, ReportsBatchResource.class, ApiErrors.class);
    }

    /** Jersey would otherwise answer an error without a body through sendError, i.e. web.xml's HTML error pages. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
