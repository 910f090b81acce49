package org.casefunnel.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casefunnel.figure.BreakdownSpec;
import org.casefunnel.figure.RankSpec;
import org.junit.jupiter.api.Test;

/** An unknown member is named with the schema the OpenAPI document shows, not a class name. */
class MembersTest {

  @Test
  void theSchemaIsNamedAsTheSpecNamesIt() {
    assertThat(Members.schemaName(RankSpec.class)).isEqualTo("FigureRankSpec");
    assertThat(Members.schemaName(BreakdownSpec.Part.class)).isEqualTo("BreakdownPart");
    assertThat(Members.schemaName(null)).isEqualTo("this body");
  }

  @Test
  void theMembersAreListedInOrder() {
    assertThat(Members.unknown("FigureSpec", List.of("low", "count", "high")))
        .isEqualTo("is not a member of FigureSpec; its members are count, high, low");
  }
}
