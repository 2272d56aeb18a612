package kr.maskportal.account.control;

import java.util.Objects;

/**
 * A pharmacist account to be stored awaiting activation, bound to one seller; the caller has checked every field.
 *
 * @param codeHash the activation code's hash ({@link ActivationCode#hash}); the code itself is never stored
 */
public record NewPharmacist(String login, String displayName, String sellerCode, String contact, String codeHash) {

    public NewPharmacist {
        Objects.requireNonNull(login);
        Objects.requireNonNull(displayName);
        Objects.requireNonNull(sellerCode);
        Objects.requireNonNull(codeHash);
    }
}
