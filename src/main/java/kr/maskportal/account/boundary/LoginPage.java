package kr.maskportal.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.maskportal.account.control.SignIn;
import kr.maskportal.account.control.SignInResult;
import kr.maskportal.platform.DatabaseHealth;
import kr.maskportal.platform.persistence.DatabaseOutage;

/**
 * The sign-in form. A plain post that works without JavaScript; its Faces view state and the form token are its CSRF defence, so
 * the view must stay stateful. Whatever went wrong, the answer never says whether the login exists.
 */
@Named
@RequestScoped
public class LoginPage {

    static final String PATH = "/login.xhtml";
    static final String LOGIN_FIELD = "signin:login";
    static final String PASSWORD_FIELD = "signin:password";

    @Inject
    SignIn signIn;

    @Inject
    CurrentStaff staff;

    @Inject
    DatabaseHealth database;

    private String login;
    private String password;
    private boolean signedOut;
    private boolean sessionEnded;
    private boolean activated;
    private final List<FormError> errors = new ArrayList<>();

    public void signIn() throws IOException {
        if (login == null || login.isBlank()) {
            errors.add(new FormError(LOGIN_FIELD, "signin.error.loginMissing", null));
        }
        if (password == null || password.isEmpty()) {
            errors.add(new FormError(PASSWORD_FIELD, "signin.error.passwordMissing", null));
        }
        if (!errors.isEmpty()) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        SignInResult result;
        try {
            result = signIn.attempt(login, password.toCharArray(),
                    (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
        } catch (RuntimeException e) {
            // the accounts are in the database: without it nobody can be checked, which is said as such (the
            // security layer may wrap the driver's failure beyond recognition, hence the probe's word too)
            if (!DatabaseOutage.causedBy(e) && !database.isDown()) {
                throw e;
            }
            databaseDown(external);
            return;
        } finally {
            password = null;
        }
        switch (result.outcome()) {
            case SENT_ON -> faces.responseComplete();
            case SIGNED_IN -> external.redirect(external.getRequestContextPath() + staff.startPage());
            case REFUSED -> errors.add(new FormError(LOGIN_FIELD, "signin.error.refused", null));
            case LOCKED -> errors.add(new FormError(LOGIN_FIELD, "signin.error.locked",
                    minutesUntil(result.lockedUntil())));
            case UNAVAILABLE -> databaseDown(external);
        }
    }

    /** Nobody can be checked without the accounts: said as such, as a 503 (try again), the form kept. */
    private void databaseDown(ExternalContext external) {
        database.failed(Clock.systemUTC().instant());
        external.setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        external.setResponseHeader("Retry-After", "5");
        errors.add(new FormError(LOGIN_FIELD, "signin.error.databaseDown", null));
    }

    /** Rounded up, so that "try again in 1 minute" is never too early. */
    static long minutesUntil(Instant lockedUntil) {
        Duration left = Duration.between(Clock.systemUTC().instant(), lockedUntil);
        return Math.max(1, (left.toSeconds() + 59) / 60);
    }

    public boolean hasError(String fieldId) {
        return !errorsFor(fieldId).isEmpty();
    }

    /** The messages shown by one field; the summary shows them all. */
    public List<FormError> errorsFor(String fieldId) {
        return errors.stream().filter(e -> e.getFieldId().equals(fieldId)).toList();
    }

    public List<FormError> getErrors() {
        return errors;
    }

    public boolean isFailed() {
        return !errors.isEmpty();
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    /** Never shown again: the field is always empty when the page comes back. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }

    /** Set by {@link ActivationPage} when a code was spent on a password, which the form now asks for. */
    public boolean isActivated() {
        return activated;
    }

    public void setActivated(boolean activated) {
        this.activated = activated;
    }

    /** Set by {@link SessionLimit} when it signed the caller out at the session's absolute limit. */
    public boolean isSessionEnded() {
        return sessionEnded;
    }

    public void setSessionEnded(boolean sessionEnded) {
        this.sessionEnded = sessionEnded;
    }
}
