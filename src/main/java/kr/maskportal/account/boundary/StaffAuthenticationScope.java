package kr.maskportal.account.boundary;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ClientAuthConfig;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;
import kr.maskportal.openapi.boundary.FeedPaths;
import kr.maskportal.platform.web.SecurityHeaders;
import kr.maskportal.platform.web.Tls;
import kr.maskportal.seller.boundary.PublicPages;

/**
 * Keeps staff sign-in ({@link StaffAuthentication}) off the residents' public pages. Jakarta Authentication asks the
 * application's authentication module about every request, and the module Jakarta Security installs looks its
 * mechanism up through JNDI and CDI twice per request: about a quarter of what serving a cached public page costs.
 * A public page needs no caller: it is the same bytes for everyone and no constraint covers it. So a GET or HEAD of
 * one (and a GET, HEAD or OPTIONS of the corrected feed, the same for everyone too) is let through as anonymous
 * without asking the module, unless the container says authentication is mandatory
 * for it (then the module decides, as for every other request). Staff pages, the sign-in page, the point-of-sale API and every
 * other address are the module's as before, and a staff session is untouched by a visit to a public page.
 *
 * <p>Works through the standard {@link AuthConfigFactory}: Jakarta Security registers its module from a servlet
 * container initializer, before any listener runs; this listener wraps that registration and registers the wrapper
 * for the same application in its place.
 */
@WebListener
public class StaffAuthenticationScope implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StaffAuthenticationScope.class.getName());
    /** The Servlet Container Profile's message layer. */
    static final String LAYER = "HttpServlet";
    /** Set by the container to "true" when the requested resource is protected. */
    static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";

    private String registration;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        String application = context.getVirtualServerName() + " " + context.getContextPath();
        AuthConfigFactory factory = AuthConfigFactory.getFactory();
        AuthConfigProvider installed = factory.getConfigProvider(LAYER, application, null);
        if (installed == null) {
            LOG.warning(() -> "no authentication module is registered for " + application + "; nothing to scope");
            return;
        }
        boolean behindTls = Tls.configured();
        registration = factory.registerConfigProvider(new Provider(installed, behindTls), LAYER, application,
                "staff sign-in, not consulted for the residents' public pages");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (registration != null) {
            AuthConfigFactory.getFactory().removeRegistration(registration);
        }
    }

    /** Whether this request reads a public page or the corrected feed, which nothing requires a caller for. */
    static boolean passesAnonymously(MessageInfo message) {
        if (!(message.getRequestMessage() instanceof HttpServletRequest request)
                || "true".equalsIgnoreCase(String.valueOf(message.getMap().get(MANDATORY)))) {
            return false;
        }
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ("GET".equals(method) || "HEAD".equals(method)) && PublicPages.isPublicPage(path)
                || FeedPaths.reads(method) && FeedPaths.serves(path);
    }

    private record Provider(AuthConfigProvider installed, boolean behindTls) implements AuthConfigProvider {

        @Override
        public ServerAuthConfig getServerAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return new Config(installed.getServerAuthConfig(layer, appContext, handler), behindTls);
        }

        @Override
        public ClientAuthConfig getClientAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return installed.getClientAuthConfig(layer, appContext, handler);
        }

        @Override
        public void refresh() {
            installed.refresh();
        }
    }

    private record Config(ServerAuthConfig installed, boolean behindTls) implements ServerAuthConfig {

        @Override
        public ServerAuthContext getAuthContext(String authContextId, Subject serviceSubject,
                Map<String, Object> properties) throws AuthException {
            ServerAuthContext context = installed.getAuthContext(authContextId, serviceSubject, properties);
            return context == null ? null : new Context(context, behindTls);
        }

        @Override
        public String getMessageLayer() {
            return installed.getMessageLayer();
        }

        @Override
        public String getAppContext() {
            return installed.getAppContext();
        }

        @Override
        public String getAuthContextID(MessageInfo message) {
            return installed.getAuthContextID(message);
        }

        @Override
        public void refresh() {
            installed.refresh();
        }

        @Override
        public boolean isProtected() {
            return installed.isProtected();
        }
    }

    /**
     * SUCCESS without a caller is what the module itself answers an anonymous request for an unprotected page. The
     * security headers go on the response first: the module may answer it itself (the redirect to sign-in, a 403)
     * before any filter runs.
     */
    private record Context(ServerAuthContext installed, boolean behindTls) implements ServerAuthContext {

        @Override
        public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
            if (passesAnonymously(message)) {
                return AuthStatus.SUCCESS;
            }
            if (message.getResponseMessage() instanceof HttpServletResponse response) {
                SecurityHeaders.apply(response, behindTls);
            }
            return installed.validateRequest(message, client, service);
        }

        @Override
        public AuthStatus secureResponse(MessageInfo message, Subject service) throws AuthException {
            return passesAnonymously(message) ? AuthStatus.SEND_SUCCESS : installed.secureResponse(message, service);
        }

        @Override
        public void cleanSubject(MessageInfo message, Subject subject) throws AuthException {
            installed.cleanSubject(message, subject);
        }
    }
}
