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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

  private final AppConfig config;
  private final byte[] pepper = new byte[32];
  private final Map<String, byte[]> verified = new ConcurrentHashMap<>();

  /**
   * The iteration count of the costliest configured hash: an unknown user's password is derived
   * with as many, so that refusing an unknown user takes as long as a wrong password and timing
   * does not tell which user names exist. Only the count is kept: the bean is created on the event
   * loop by the first HTTP request (the readiness probe too), where deriving a hash of 600,000
   * iterations blocked the loop for 0.3 s idle and 3 s on a busy machine (docs/performance.md).
   */
  private final int unknownUserIterations;

  public ConfiguredUsersIdentityProvider(AppConfig config) {
    this.config = config;
    new SecureRandom().nextBytes(pepper);
    this.unknownUserIterations =
        config.security().users().values().stream()
            .map(u -> u.passwordHash().map(PasswordHashes::iterations).orElse(0))
            .max(Integer::compare)
            .filter(n -> n > 0)
            .orElse(PasswordHashes.DEFAULT_ITERATIONS);
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

  private SecurityIdentity check(String username, char[] password) {
    if (username.indexOf('\0') >= 0 || new String(password).indexOf('\0') >= 0) {
      // no configured name or hash can contain NUL; refused before any lookup
      throw new AuthenticationFailedException();
    }
    AppConfig.User user = config.security().users().get(username);
    if (user == null || user.passwordHash().isEmpty()) {
      // as slow as a wrong password (see unknownUserIterations); the user name is logged, never
      // the password
      PasswordHashes.deriveAndDiscard(password, unknownUserIterations);
      LOG.debugf("Authentication failed for unknown user '%s'", username);
      throw new AuthenticationFailedException();
    }
    byte[] digest = digest(username, password);
    byte[] known = verified.get(username);
    if (known == null || !MessageDigest.isEqual(known, digest)) {
      if (!PasswordHashes.verify(password, user.passwordHash().get())) {
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
