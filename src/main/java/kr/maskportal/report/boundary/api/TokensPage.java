package kr.maskportal.report.boundary.api;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import kr.maskportal.report.control.Reports;
import kr.maskportal.report.control.token.ApiTokens;
import kr.maskportal.report.control.token.IssuedToken;
import kr.maskportal.report.control.token.ReportRateLimit;
import kr.maskportal.report.control.token.TokenNotIssued;
import kr.maskportal.report.control.token.TokenView;
import kr.maskportal.report.entity.ApiToken;

/**
 * {@code /pharmacist/tokens}: the signed-in pharmacist's point-of-sale tokens, created, listed and revoked with plain
 * form posts. Request-scoped on purpose: a new token's secret lives for the one response that shows it. The list is
 * oldest first and tokens are never deleted, so the row a revoke button was rendered in still holds the same token
 * when the post comes back; the service checks that it is the caller's own anyway.
 */
@Named
@RequestScoped
public class TokensPage {

    static final String NAME_FIELD = "create:name";

    @Inject
    SecurityContext security;

    @Inject
    ApiTokens tokens;

    @Inject
    Reports reports;

    private Long accountId;
    private List<TokenView> list;
    private String name;
    private IssuedToken issued;
    private String revokedName;
    private TokenNotIssued.Reason error;

    @PostConstruct
    void identify() {
        Principal caller = security.getCallerPrincipal();
        accountId = caller == null ? null : reports.pharmacistId(caller.getName()).orElse(null);
    }

    /** Only a pharmacist's own page, whatever the URL constraints of the day say. */
    public void requirePharmacist() throws IOException {
        if (accountId == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            external.responseSendError(403, null);
            faces.responseComplete();
        }
    }

    public void create() {
        if (accountId == null) {
            return;
        }
        try {
            issued = tokens.issue(accountId, name);
            name = null;
            list = null;
        } catch (TokenNotIssued refused) {
            error = refused.reason();
        }
    }

    public void revoke(TokenView token) {
        if (accountId == null) {
            return;
        }
        revokedName = tokens.revoke(accountId, token.getId()).orElse(null);
        list = null;
    }

    public List<TokenView> getTokens() {
        if (list == null) {
            list = accountId == null ? List.of() : tokens.list(accountId);
        }
        return list;
    }

    /** The secret, shown this once: null unless a token was created by this very request. */
    public String getIssuedSecret() {
        return issued == null ? null : issued.token().reveal();
    }

    public String getIssuedName() {
        return issued == null ? null : issued.name();
    }

    public String getRevokedName() {
        return revokedName;
    }

    public boolean isFailed() {
        return error != null;
    }

    public String getErrorKey() {
        return error == null ? null : "tokens.error." + error.name();
    }

    /** Filled into the error's {0}: the limit it is about. */
    public Integer getErrorArgument() {
        if (error == null) {
            return null;
        }
        return error == TokenNotIssued.Reason.TOO_MANY_ACTIVE ? ApiTokens.MAX_ACTIVE : ApiToken.MAX_NAME_LENGTH;
    }

    public String getNameField() {
        return NAME_FIELD;
    }

    /** For the page's words on how often a program may call. */
    public int getPerMinute() {
        return ReportRateLimit.PER_MINUTE;
    }

    public int getMaxNameLength() {
        return ApiToken.MAX_NAME_LENGTH;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
