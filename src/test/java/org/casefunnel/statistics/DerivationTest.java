package org.casefunnel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DerivationTest {

  @Test
  void rejectsAValueOutsideItsBounds() {
    assertThatThrownBy(() -> new Derivation(5.0, 0.0, 1.0, Methods.SUM, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsOnlyOneBound() {
    assertThatThrownBy(() -> new Derivation(0.5, 0.0, null, Methods.RATIO, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsAMissingMethod() {
    assertThatThrownBy(() -> new Derivation(1.0, null, null, " ", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void copiesInputsDefensively() {
    Map<String, Number> inputs = new HashMap<>();
    inputs.put("x", 1);
    Derivation derivation = Derivation.point(1.0, Methods.RATIO, inputs);

    inputs.put("y", 2);

    assertThat(derivation.inputs()).containsOnlyKeys("x");
    assertThatThrownBy(() -> derivation.inputs().put("z", 3))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void allowsAMissingValueWithBounds() {
    Derivation derivation = new Derivation(null, 0.0, 1.0, Methods.INTERVAL_ARITHMETIC, Map.of());

    assertThat(derivation.bounds()).contains(Interval.of(0, 1));
  }
}
