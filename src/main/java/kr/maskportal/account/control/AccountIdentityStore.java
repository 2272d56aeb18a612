package kr.maskportal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import kr.maskportal.platform.persistence.DatabaseOutage;
import java.util.Set;

/**
 * Checks a login and password against the {@code account} table and gives the caller its role as its only group.
 * Written out rather than declared with {@code @DatabaseIdentityStoreDefinition} because the declared store answers
 * at once for a login that does not exist (its timing would tell which logins do) and knows nothing of disabled
 * accounts except through hand-written SQL.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    AccountsUnreachable unreachable;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        char[] password = given.getPassword().getValue();
        Optional<StoredCredentials> stored;
        try {
            stored = accounts.credentialsFor(given.getCaller());
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            unreachable.mark();
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (stored.isEmpty()) {
            hashing.spendOneCheck(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        StoredCredentials account = stored.get();
        if (account.awaitingActivation()) {
            // no password is set until the activation code is spent; answered as slowly as a wrong password
            hashing.spendOneCheck(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        // the hash is checked for disabled accounts too, so that they answer as slowly as any other
        boolean matches = hashing.matches(password, account.passwordHash());
        if (!matches || !account.enabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.login(), Set.of(account.role().name()));
    }
}
