package kr.maskportal.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import kr.maskportal.account.control.ActivationResult;
import kr.maskportal.account.control.Activations;
import kr.maskportal.account.control.PasswordPolicy;
import kr.maskportal.platform.web.StaffResponses;

/**
 * {@code /activate.xhtml}: a pharmacist whose account was created in bulk sets their password with the one-time code
 * the administrator handed them, then signs in with it. A plain post of a stateful view, like sign-in. The password's
 * own rules are said by its field; a wrong login, a wrong, spent or expired code and a disabled account all get one
 * message, which never says which it was.
 */
@Named
@RequestScoped
public class ActivationPage {

    static final String LOGIN_FIELD = "activate:login";
    static final String CODE_FIELD = "activate:code";
    static final String PASSWORD_FIELD = "activate:password";
    static final String REPEAT_FIELD = "activate:repeat";

    @Inject
    Activations activations;

    private String login;
    private String code;
    private String password;
    private String repeat;
    private final List<FormError> errors = new ArrayList<>();

    public void activate() {
        if (login == null || login.isBlank()) {
            errors.add(new FormError(LOGIN_FIELD, "signin.error.loginMissing", null));
        }
        if (code == null || code.isBlank()) {
            errors.add(new FormError(CODE_FIELD, "activate.error.codeMissing", null));
        }
        String typed = password;
        password = null;
        String again = repeat;
        repeat = null;
        if (typed == null || typed.isEmpty()) {
            errors.add(new FormError(PASSWORD_FIELD, "signin.error.passwordMissing", null));
        } else if (typed.length() > PasswordPolicy.MAX_LENGTH) {
            errors.add(new FormError(PASSWORD_FIELD, "admin.accounts.error.PASSWORD.TOO_LONG", PasswordPolicy.MAX_LENGTH));
        } else if (typed.codePointCount(0, typed.length()) < PasswordPolicy.MIN_LENGTH) {
            errors.add(new FormError(PASSWORD_FIELD, "admin.accounts.error.PASSWORD.TOO_SHORT",
                    PasswordPolicy.MIN_LENGTH));
        } else if (!PasswordPolicy.isAcceptable(typed)) {
            errors.add(new FormError(PASSWORD_FIELD, "admin.accounts.error.PASSWORD.BLANK", null));
        } else if (!typed.equals(again)) {
            errors.add(new FormError(REPEAT_FIELD, "activate.error.repeatDiffers", null));
        }
        if (!errors.isEmpty()) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String address = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
        ActivationResult result = activations.activate(login, code, typed.toCharArray(), address);
        switch (result.outcome()) {
            case ACTIVATED -> StaffResponses.redirect(LoginPage.PATH + "?activated=true");
            case REFUSED -> errors.add(new FormError(CODE_FIELD, "activate.error.refused", null));
            case LOCKED -> errors.add(new FormError(CODE_FIELD, "signin.error.locked",
                    LoginPage.minutesUntil(result.lockedUntil())));
        }
    }

    public boolean hasError(String fieldId) {
        return !errorsFor(fieldId).isEmpty();
    }

    public List<FormError> errorsFor(String fieldId) {
        return errors.stream().filter(e -> e.getFieldId().equals(fieldId)).toList();
    }

    public List<FormError> getErrors() {
        return errors;
    }

    public boolean isFailed() {
        return !errors.isEmpty();
    }

    public String getValidHours() {
        return Long.toString(Activations.VALID_FOR.toHours());
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    /** Never shown again, like a password: a wrong code is typed anew. */
    public String getCode() {
        return null;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return null;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
