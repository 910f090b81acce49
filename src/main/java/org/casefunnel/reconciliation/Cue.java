package org.casefunnel.reconciliation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One reason a quantity was matched to a stage (or against it), with what it added to the score.
 */
@Schema(name = "MatchCue", description = "One cue of a match and what it added to the score.")
public record Cue(
    @Schema(
            description = "Which cue.",
            enumeration = {
              "label",
              "key",
              "definition",
              "noun",
              "unit",
              "period",
              "base_stage",
              "contrast",
              "value"
            })
        String kind,
    @Schema(description = "What matched, in words.", examples = "'scope' is in the stage's label")
        String detail,
    @Schema(description = "What it added to the score (negative against).", examples = "2.5")
        double weight) {}
