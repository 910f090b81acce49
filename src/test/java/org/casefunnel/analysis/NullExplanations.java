package org.casefunnel.analysis;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the absent numbers of a funnel's statistics that nothing explains. A stage's numbers are
 * the members of {@link StageStatisticsView} of a numeric type, enumerated from the record (so a
 * member added later has no rule here and is reported until it gets one), and within a derived
 * number its value and bounds. An absent number is explained by a note of the stage, or where the
 * field's documentation says it is absent by the condition it states (coverage only for a review,
 * an extrapolation only under a review, a projection check only where the stage declares estimates,
 * bounds not for a ratio of counts, a breakdown only where the figure has one). Works on the JSON
 * as a reader gets it (maps), so the same rules judge the calculator, the endpoint and the CSV.
 */
final class NullExplanations {

  private static final Set<Class<?>> NUMERIC =
      Set.of(
          ValueView.class,
          DerivedView.class,
          ExtrapolationView.class,
          ProjectionCheckView.class,
          BreakdownStatisticsView.class);

  private static final String NO_FIGURE = "The stage has no figure";
  private static final String FIRST = "No conversion, drop-off or overall conversion:";
  private static final String NO_CONVERSION_OR_DROP_OFF = "No conversion or drop-off:";

  private NullExplanations() {}

  /** The members of a stage's statistics that hold numbers, as the JSON names them. */
  static List<String> numericMembers() {
    return Arrays.stream(StageStatisticsView.class.getRecordComponents())
        .filter(c -> NUMERIC.contains(c.getType()))
        .map(RecordComponent::getName)
        .toList();
  }

  /**
   * "stage.member: why not" for each absent number no note or documented condition explains.
   *
   * @param brokenDown keys of the stages whose figure has a breakdown
   */
  static List<String> unexplained(List<Map<String, Object>> stages, Set<String> brokenDown) {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> s : stages) {
      String key = (String) s.get("key");
      for (String member : numericMembers()) {
        Object v = s.get(member);
        if (v == null) {
          if (!absenceExplained(member, s, stages, brokenDown)) {
            out.add(key + "." + member);
          }
        } else if (v instanceof Map<?, ?> m && DerivedView.class.equals(type(member))) {
          for (String field : List.of("value", "low", "high")) {
            if (m.get(field) == null && !fieldExplained(member, field, m, s)) {
              out.add(key + "." + member + "." + field);
            }
          }
        } else if (member.equals("projectionCheck")) {
          Map<?, ?> p = (Map<?, ?>) v;
          if (p.get("shareOfExtrapolation") == null && !zeroExtrapolated(p, stages)) {
            out.add(key + ".projectionCheck.shareOfExtrapolation");
          }
        } else if (member.equals("breakdown")) {
          for (Object part : (List<?>) ((Map<?, ?>) v).get("parts")) {
            if (((Map<?, ?>) part).get("share") == null
                && !noted(s, "No shares of the breakdown")) {
              out.add(key + ".breakdown.parts.share");
            }
          }
        }
      }
    }
    return out;
  }

  private static Class<?> type(String member) {
    return Arrays.stream(StageStatisticsView.class.getRecordComponents())
        .filter(c -> c.getName().equals(member))
        .findFirst()
        .orElseThrow()
        .getType();
  }

  private static boolean absenceExplained(
      String member,
      Map<String, Object> s,
      List<Map<String, Object>> stages,
      Set<String> brokenDown) {
    if (noted(s, NO_FIGURE)) {
      return true; // nothing follows from no figure, and the note says there is none
    }
    return switch (member) {
      case "conversion" -> noted(s, "No conversion:", NO_CONVERSION_OR_DROP_OFF, FIRST);
      // a note on the conversion alone does not say why the drop-off is absent
      case "dropOff" -> noted(s, NO_CONVERSION_OR_DROP_OFF, FIRST, "No drop-off");
      // documented: only a review has a coverage, and it is that review's conversion
      case "coverage" ->
          s.get("selection") == null
              || noted(s, "No conversion:", NO_CONVERSION_OR_DROP_OFF, FIRST);
      case "overallConversion" -> noted(s, FIRST, "No overall conversion");
      // documented: only a stage counted within a review (its base has a selection)
      case "extrapolation" -> !baseIsReview(s, stages) || noted(s, "No extrapolation");
      // documented: only a stage that declares what it estimates
      case "projectionCheck" -> s.get("estimates") == null || noted(s, "Not compared");
      // documented: only a figure with a breakdown
      case "breakdown" -> !brokenDown.contains((String) s.get("key"));
      default -> false; // a member without a rule: say why it may be absent, then add one
    };
  }

  private static boolean fieldExplained(
      String member, String field, Map<?, ?> derived, Map<String, Object> s) {
    if (!field.equals("value")) {
      // documented: a ratio of counts has no width
      return "ratio".equals(derived.get("method"))
          || noted(s, "No conversion value or bounds", "No overall conversion value or bounds");
    }
    return switch (member) {
      case "conversion", "coverage" ->
          noted(
              s,
              "The point values put the stage above its base",
              "No conversion value or bounds",
              "No point value:");
      // documented: no point drop-off where the point values put the stage above its base
      case "dropOff" -> noted(s, "The point values put the stage above its base");
      case "overallConversion" ->
          noted(
              s,
              "The point values put the stage above '",
              "No overall conversion value or bounds",
              "No point value of the overall conversion");
      default -> false;
    };
  }

  private static boolean baseIsReview(Map<String, Object> s, List<Map<String, Object>> stages) {
    return stages.stream()
        .anyMatch(
            b -> Objects.equals(b.get("key"), s.get("baseStage")) && b.get("selection") != null);
  }

  /** A projection's share is documented absent when the extrapolated count is exactly zero. */
  private static boolean zeroExtrapolated(Map<?, ?> p, List<Map<String, Object>> stages) {
    return stages.stream()
        .filter(t -> Objects.equals(t.get("key"), p.get("extrapolatedStage")))
        .map(t -> (Map<?, ?>) ((Map<?, ?>) t.get("extrapolation")).get("logicalBounds"))
        .anyMatch(l -> ((Number) l.get("high")).doubleValue() == 0);
  }

  @SuppressWarnings("unchecked")
  private static boolean noted(Map<String, Object> s, String... starts) {
    List<String> notes = (List<String>) s.getOrDefault("notes", List.of());
    return notes.stream().anyMatch(n -> Arrays.stream(starts).anyMatch(n::startsWith));
  }
}
