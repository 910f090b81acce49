package org.casefunnel.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.security.AuthenticationFailedException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casefunnel.common.config.AppConfig;
import org.junit.jupiter.api.Test;

/**
 * An unknown user name costs the same PBKDF2 work as a wrong password for a known one, so login
 * timing does not tell which names exist (issue 15). Observed through the password check itself,
 * not a clock: every hash the provider checks a password against is recorded, and a PBKDF2 check
 * costs what its hash's parameters (iterations, salt and key length) say.
 */
class ConfiguredUsersIdentityProviderTest {

  private record User(Optional<String> passwordHash, List<String> roles)
      implements AppConfig.User {}

  /** The parameters that decide what a PBKDF2 check of this hash costs. */
  private record Pbkdf2(String algorithm, int iterations, int saltBytes, int keyBytes) {
    static Pbkdf2 of(String stored) {
      String[] parts = stored.split(":");
      assertThat(parts).hasSize(4);
      return new Pbkdf2(
          parts[0],
          Integer.parseInt(parts[1]),
          Base64.getDecoder().decode(parts[2]).length,
          Base64.getDecoder().decode(parts[3]).length);
    }
  }

  private final List<String> checked = new ArrayList<>();

  private ConfiguredUsersIdentityProvider provider(Map<String, User> users) {
    return new ConfiguredUsersIdentityProvider(
        Map.copyOf(users),
        (password, stored) -> {
          checked.add(stored);
          return PasswordHashes.verify(password, stored);
        });
  }

  private static User user(String password, int iterations) {
    return new User(
        Optional.of(PasswordHashes.hash(password.toCharArray(), iterations)), List.of("editor"));
  }

  private List<String> refused(ConfiguredUsersIdentityProvider provider, String name, String pw) {
    checked.clear();
    assertThatThrownBy(() -> provider.check(name, pw.toCharArray()))
        .isInstanceOf(AuthenticationFailedException.class);
    return List.copyOf(checked);
  }

  @Test
  void anUnknownUserCostsOnePbkdf2CheckWithTheParametersOfAKnownUsersHash() {
    User alice = user("correct horse", 1_000);
    ConfiguredUsersIdentityProvider provider = provider(Map.of("alice", alice));

    List<String> wrongPassword = refused(provider, "alice", "wrong");
    List<String> unknownUser = refused(provider, "mallory", "wrong");

    assertThat(wrongPassword).containsExactly(alice.passwordHash().orElseThrow());
    // before issue 15 an unknown name was refused with no check at all
    assertThat(unknownUser).hasSize(1);
    String dummy = unknownUser.getFirst();
    assertThat(dummy).isNotEqualTo(alice.passwordHash().orElseThrow());
    assertThat(Pbkdf2.of(dummy)).isEqualTo(Pbkdf2.of(wrongPassword.getFirst()));
    // a well-formed hash, so the check derives the key instead of refusing early
    assertThat(PasswordHashes.iterations(dummy)).isEqualTo(1_000);
  }

  @Test
  void theDummyHashCostsAsMuchAsTheCostliestConfiguredHash() {
    ConfiguredUsersIdentityProvider provider =
        provider(Map.of("alice", user("a", 1_000), "bob", user("b", 3_000)));

    List<String> unknownUser = refused(provider, "mallory", "x");

    assertThat(unknownUser).hasSize(1);
    assertThat(Pbkdf2.of(unknownUser.getFirst())).isEqualTo(Pbkdf2.of(hashOf(3_000)));
  }

  @Test
  void theDummyCheckIsTheSameEveryTimeAndAfterASuccessfulLogin() {
    User alice = user("correct horse", 1_000);
    ConfiguredUsersIdentityProvider provider = provider(Map.of("alice", alice));
    checked.clear();
    assertThat(provider.check("alice", "correct horse".toCharArray()).getPrincipal().getName())
        .isEqualTo("alice");
    assertThat(checked).hasSize(1);

    // a remembered success does not spare a wrong password its PBKDF2 check
    assertThat(refused(provider, "alice", "wrong")).hasSize(1);
    List<String> first = refused(provider, "mallory", "x");
    List<String> second = refused(provider, "eve", "y");
    assertThat(first).isEqualTo(second).hasSize(1);
  }

  @Test
  void aUserWithoutAHashIsCheckedAgainstTheDummyLikeAnUnknownOne() {
    ConfiguredUsersIdentityProvider provider =
        provider(
            Map.of(
                "alice",
                user("a", 1_000),
                "nohash",
                new User(Optional.empty(), List.of("editor"))));
    assertThat(refused(provider, "nohash", "x")).isEqualTo(refused(provider, "mallory", "x"));
  }

  @Test
  void withNoUsersTheDummyUsesTheDefaultIterations() {
    List<String> unknownUser = refused(provider(Map.of()), "mallory", "x");
    assertThat(unknownUser).hasSize(1);
    assertThat(Pbkdf2.of(unknownUser.getFirst()))
        .isEqualTo(Pbkdf2.of(hashOf(PasswordHashes.DEFAULT_ITERATIONS)));
  }

  @Test
  void credentialsWithNulAreRefusedBeforeAnyCheckForKnownAndUnknownNamesAlike() {
    ConfiguredUsersIdentityProvider provider = provider(Map.of("alice", user("a", 1_000)));
    assertThat(refused(provider, "alice", "a\0")).isEmpty();
    assertThat(refused(provider, "mallory", "a\0")).isEmpty();
    assertThat(refused(provider, "alice\0", "a")).isEmpty();
  }

  /** A hash as PasswordHashes makes it, the tool operators use for real users. */
  private static String hashOf(int iterations) {
    return PasswordHashes.hash("any".toCharArray(), iterations);
  }
}
