package kr.maskportal.account.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes written and checked the way Jakarta Security's Pbkdf2PasswordHash does
 * ({@code algorithm:iterations:salt:hash}, Base64), with the portal's parameters, so that integration tests can
 * store accounts of their own and read the ones the portal stored.
 */
public final class Pbkdf2Hashes {

    private Pbkdf2Hashes() {
    }

    public static String hash(String password) {
        byte[] salt = new byte[PasswordHashing.SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        byte[] key = derive(password, salt, PasswordHashing.ITERATIONS, PasswordHashing.KEY_BYTES);
        return PasswordHashing.ALGORITHM + ":" + PasswordHashing.ITERATIONS + ":"
                + Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(key);
    }

    public static boolean matches(String password, String stored) {
        String[] parts = stored.split(":");
        if (parts.length != 4 || !parts[0].equals(PasswordHashing.ALGORITHM)) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(password, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]),
                expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int keyBytes) {
        try {
            return SecretKeyFactory.getInstance(PasswordHashing.ALGORITHM)
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, keyBytes * 8))
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
