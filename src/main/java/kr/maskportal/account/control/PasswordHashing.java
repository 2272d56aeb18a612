package kr.maskportal.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Password hashes as Jakarta Security's {@link Pbkdf2PasswordHash} writes them
 * ({@code PBKDF2WithHmacSHA256:600000:salt:hash}). Every parameter is spelled out rather than left to the
 * implementation's defaults (2,048 iterations), which are far below what a stolen hash needs today. A stored hash
 * carries its own parameters, so raising them later leaves older hashes readable.
 */
@ApplicationScoped
public class PasswordHashing {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    public static final int SALT_BYTES = 32;
    public static final int KEY_BYTES = 32;
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", Integer.toString(SALT_BYTES),
            "Pbkdf2PasswordHash.KeySizeBytes", Integer.toString(KEY_BYTES));

    private static final Logger LOG = Logger.getLogger(PasswordHashing.class.getName());

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Compared against when a login does not exist, so that such an answer takes as long as a wrong password. */
    private volatile String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        try {
            return pbkdf2.verify(password, storedHash);
        } catch (IllegalArgumentException unreadable) {
            LOG.warning("a stored password hash is not in the PBKDF2 form; that account cannot sign in");
            return false;
        }
    }

    /** Does the work of one password check and throws the answer away. */
    public void spendOneCheck(char[] password) {
        matches(password, decoy());
    }

    private String decoy() {
        String value = decoy;
        if (value == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            value = hash(Base64.getEncoder().encodeToString(random).toCharArray());
            decoy = value;
        }
        return value;
    }
}
