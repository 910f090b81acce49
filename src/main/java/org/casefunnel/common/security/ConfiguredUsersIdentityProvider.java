package org.casefunnel.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import org.casefunnel.common.config.AppConfig;
import org.jboss.logging.Logger;

/**
 * HTTP Basic users from configuration ({@code casefunnel.security.users.<name>.*}), with
 * PBKDF2-hashed passwords. A successful check is remembered (as a salted digest held only in
 * memory) so that the deliberately slow hash is paid once per user and password, not per request.
 */
@ApplicationScoped
public class ConfiguredUsersIdentityProvider
    implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

  private static final Logger LOG = Logger.getLogger(ConfiguredUsersIdentityProvider.class);

  private final Map<String, AppConfig.User> users;

  /** The PBKDF2 check of a password against a stored hash: {@link PasswordHashes#verify}. */
  private final BiPredicate<char[], String> verifier;

  private final byte[] pepper = new byte[32];
  private final Map<String, byte[]> verified = new ConcurrentHashMap<>();

  /**
   * A hash in the stored form with as many iterations as the costliest configured one and random
   * salt and key: checked for unknown users, so that they take as long to refuse as a wrong
   * password does and timing does not tell which user names exist. Made without deriving anything:
   * the bean is created on the event loop by the first request (the readiness probe too), where
   * 600,000 iterations blocked the loop for 0.3 s idle and 3 s busy (docs/performance.md).
   */
  private final String dummyHash;

  @Inject
  public ConfiguredUsersIdentityProvider(AppConfig config) {
    this(config.security().users(), PasswordHashes::verify);
  }

  /** With another {@code verifier}, for tests that watch which hashes are checked. */
  ConfiguredUsersIdentityProvider(
      Map<String, AppConfig.User> users, BiPredicate<char[], String> verifier) {
    this.users = users;
    this.verifier = verifier;
    new SecureRandom().nextBytes(pepper);
    int iterations =
        users.values().stream()
            .map(u -> u.passwordHash().map(PasswordHashes::iterations).orElse(0))
            .max(Integer::compare)
            .filter(n -> n > 0)
            .orElse(PasswordHashes.DEFAULT_ITERATIONS);
    this.dummyHash = PasswordHashes.unverifiable(iterations);
  }

  @Override
  public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
    return UsernamePasswordAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () -> check(request.getUsername(), request.getPassword().getPassword()));
  }

  SecurityIdentity check(String username, char[] password) {
    if (username.indexOf('\0') >= 0 || new String(password).indexOf('\0') >= 0) {
      // no configured name or hash can contain NUL; refused before any lookup
      throw new AuthenticationFailedException();
    }
    AppConfig.User user = users.get(username);
    if (user == null || user.passwordHash().isEmpty()) {
      // as slow as a wrong password (see dummyHash); the user name is logged, never the password
      verifier.test(password, dummyHash);
      LOG.debugf("Authentication failed for unknown user '%s'", username);
      throw new AuthenticationFailedException();
    }
    byte[] digest = digest(username, password);
    byte[] known = verified.get(username);
    if (known == null || !MessageDigest.isEqual(known, digest)) {
      if (!verifier.test(password, user.passwordHash().get())) {
        LOG.infof("Authentication failed for user '%s'", username);
        throw new AuthenticationFailedException();
      }
      verified.put(username, digest);
    }
    QuarkusSecurityIdentity.Builder b =
        QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username));
    user.roles().forEach(b::addRole);
    return b.build();
  }

  private byte[] digest(String username, char[] password) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(pepper);
      md.update(username.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      byte[] pw = new String(password).getBytes(StandardCharsets.UTF_8);
      md.update(pw);
      Arrays.fill(pw, (byte) 0);
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
