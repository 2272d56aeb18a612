package kr.maskportal.account.control;

import java.time.Instant;

/** The activation code an account waits for, as {@link Activations} checks it. */
record PendingActivation(long accountId, boolean enabled, String codeHash, Instant expiresAt) {
}
