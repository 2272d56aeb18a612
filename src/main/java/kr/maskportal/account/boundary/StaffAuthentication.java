package kr.maskportal.account.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import kr.maskportal.account.entity.Role;

/**
 * How staff sign in: the Faces page {@code /login.xhtml} posts the credentials and calls
 * {@code SecurityContext.authenticate}; a request for a protected page without sign-in is redirected there (not
 * forwarded, so that the address bar shows where the browser is) and continues to that page afterwards. The
 * session then keeps the caller signed in. Public pages never touch any of it and get no session.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = LoginPage.PATH, useForwardToLogin = false, errorPage = ""))
@DeclareRoles({Role.ADMINISTRATOR_ROLE, Role.OFFICIAL_ROLE, Role.PHARMACIST_ROLE})
@ApplicationScoped
public class StaffAuthentication {
}
