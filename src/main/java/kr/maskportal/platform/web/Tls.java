package kr.maskportal.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether browsers reach the portal over HTTPS (a TLS-terminating proxy in front of Payara, as in production):
 * {@code PORTAL_BEHIND_TLS=true}. Then the session cookie is marked Secure, so a browser never sends it over plain
 * HTTP, and every response carries Strict-Transport-Security ({@link SecurityHeaders}). Off by default, since the
 * one-command demo and the tests speak plain HTTP on localhost, where a Secure cookie would never come back.
 * HttpOnly (web.xml) and SameSite (payara-web.xml) are set always.
 */
@WebListener
public class Tls implements ServletContextListener {

    static final String SETTING = "portal.behind-tls";
    private static final Logger LOG = Logger.getLogger(Tls.class.getName());

    /** Read from MicroProfile Config (environment, system properties, the WAR's own settings). */
    public static boolean configured() {
        return ConfigProvider.getConfig().getOptionalValue(SETTING, Boolean.class).orElse(false);
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (configured()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
            LOG.info("behind TLS: session cookie Secure, Strict-Transport-Security on every response");
        }
    }
}
