package kr.maskportal.account.control;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import kr.maskportal.account.entity.Account;
import kr.maskportal.platform.web.FormToken;

/**
 * One sign-in attempt: throttled per login and per client address, then handed to Jakarta Security, which checks it
 * against {@link AccountIdentityStore} and keeps the caller signed in for the session.
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @Inject
    SecurityContext security;

    @Inject
    LoginThrottle throttle;

    @Inject
    AccountsUnreachable unreachable;

    public SignInResult attempt(String login, char[] password, HttpServletRequest request,
            HttpServletResponse response) {
        String account = Account.normaliseLogin(login);
        // the address the connection came from; X-Forwarded-For is not trusted until a known proxy sets it
        String address = request.getRemoteAddr();
        try {
            Optional<Instant> locked = throttle.lockedUntil(account, address);
            if (locked.isPresent()) {
                LOG.info(() -> "sign-in refused while locked: login " + account + " from " + address);
                return SignInResult.locked(locked.get());
            }
            if (account.isEmpty() || account.length() > Account.MAX_LOGIN_LENGTH
                    || password.length > PasswordPolicy.MAX_LENGTH) {
                return refused(account, address);
            }
            // a session planted before sign-in must not become the signed-in one (session fixation)
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            AuthenticationStatus status = security.authenticate(request, response, withParams()
                    .credential(new UsernamePasswordCredential(account, new Password(password)))
                    .newAuthentication(true));
            return switch (status) {
                case SUCCESS -> signedIn(request, account, address, SignInResult.Outcome.SIGNED_IN);
                case SEND_CONTINUE -> signedIn(request, account, address, SignInResult.Outcome.SENT_ON);
                default -> {
                    startAfresh(request);
                    if (unreachable.happened()) {
                        LOG.warning(() -> "sign-in impossible: the database cannot be reached (login " + account
                                + ")");
                        yield SignInResult.of(SignInResult.Outcome.UNAVAILABLE);
                    }
                    yield refused(account, address);
                }
            };
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * A failed authentication leaves Soteria's "caller initiated" mark in the session, after which a protected page
     * answers an empty 200 instead of sending the caller to sign in. A new session carries nothing of the attempt;
     * the page being rendered keeps its view state in it.
     */
    private static void startAfresh(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /**
     * Notes when, for {@link SessionLifetime}'s absolute limit, and drops the form token of the session as it was
     * before sign-in: whoever planted or saw that session must not hold a token the signed-in one accepts.
     */
    private SignInResult signedIn(HttpServletRequest request, String account, String address,
            SignInResult.Outcome outcome) {
        HttpSession session = request.getSession();
        session.setAttribute(SessionLifetime.SIGNED_IN_AT, Clock.systemUTC().millis());
        FormToken.forget(session);
        throttle.succeeded(account);
        LOG.info(() -> "signed in: " + account + " from " + address);
        return SignInResult.of(outcome);
    }

    private SignInResult refused(String account, String address) {
        Optional<Instant> lock = throttle.failed(account, address);
        LOG.info(() -> "sign-in failed: login " + account + " from " + address
                + lock.map(until -> ", locked until " + until).orElse(""));
        return lock.map(SignInResult::locked).orElse(SignInResult.of(SignInResult.Outcome.REFUSED));
    }
}
