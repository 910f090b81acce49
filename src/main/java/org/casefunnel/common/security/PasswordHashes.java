package org.casefunnel.common.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes in the form {@code pbkdf2-sha256:<iterations>:<salt>:<hash>}
 * (salt and hash in Base64). Plain JDK only, so it also runs as a single-file program to make a
 * hash: {@code java src/main/java/org/casefunnel/common/security/PasswordHashes.java}.
 */
public final class PasswordHashes {

  public static final String PREFIX = "pbkdf2-sha256";

  /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
  public static final int DEFAULT_ITERATIONS = 600_000;

  private static final int MAX_ITERATIONS = 10_000_000;

  private PasswordHashes() {}

  public static String hash(char[] password, int iterations) {
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    return format(iterations, salt, derive(password, salt, iterations, 32));
  }

  /**
   * A hash in the stored form that no password matches (random salt and key, nothing derived), with
   * the parameters of a real one: verifying against it costs what a wrong password costs.
   */
  public static String unverifiable(int iterations) {
    SecureRandom r = new SecureRandom();
    byte[] salt = new byte[16];
    byte[] key = new byte[32];
    r.nextBytes(salt);
    r.nextBytes(key);
    return format(iterations, salt, key);
  }

  private static String format(int iterations, byte[] salt, byte[] dk) {
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return PREFIX
        + ":"
        + iterations
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(dk);
  }

  /** The iteration count of a stored hash; 0 when it cannot be read. */
  public static int iterations(String stored) {
    String[] parts = stored.strip().split(":");
    try {
      return parts.length == 4 && PREFIX.equals(parts[0]) ? Integer.parseInt(parts[1]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** True when the password matches; false for a wrong password or an unreadable hash. */
  public static boolean verify(char[] password, String stored) {
    if (stored == null) {
      return false;
    }
    String[] parts = stored.strip().split(":");
    if (parts.length != 4 || !PREFIX.equals(parts[0])) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      if (iterations < 1 || iterations > MAX_ITERATIONS) {
        return false;
      }
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      byte[] actual = derive(password, salt, iterations, expected.length);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int bytes) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    }
  }

  /**
   * Prints the hash of a password read from the console, standard input or the first argument; a
   * second argument sets the iteration count.
   */
  public static void main(String[] args) {
    char[] password;
    if (args.length > 0) {
      password = args[0].toCharArray();
    } else if (System.console() != null) {
      password = System.console().readPassword("Password: ");
    } else {
      try {
        password =
            new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip().toCharArray();
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }
    int iterations = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_ITERATIONS;
    System.out.println(hash(password, iterations));
  }
}
