package org.casefunnel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.casefunnel.text.QuoteLocator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {

  private static String article;
  private static List<ExtractedQuantity> found;

  @BeforeAll
  static void extractTheSeedArticle() {
    article = LabelledSet.resource("/extraction/met-review-article.txt");
    found = new QuantityExtractor().extract(article);
  }

  @Test
  void findsEveryFigureOfTheSeedArticleAndNothingInThePageChrome() {
    assertThat(found)
        .extracting(e -> e.quantity().span().text())
        .containsExactly(
            "tens",
            "9,000",
            "tens",
            "9,000",
            "9,000",
            "2,200",
            "1,200",
            "9,000",
            "two or more",
            "at least one",
            "maybe 2,000 or 3,000",
            "around 2,000",
            "half");
  }

  @Test
  void readsMaybeTwoOrThreeThousandAsOneHedgedRange() {
    ExtractedQuantity range = at("maybe 2,000 or 3,000");
    assertThat(range.quantity().bound()).isEqualTo(BoundKind.RANGE);
    assertThat(range.quantity().count()).isEqualTo(Interval.between(2000, 3000));
    assertThat(range.quantity().approximate()).isTrue();
    assertThat(range.noun().head()).isEqualTo("cases");
  }

  @Test
  void readsAroundTwoThousandOffencesEveryMonthAsAnApproximateMonthlyRate() {
    ExtractedQuantity rate = at("around 2,000");
    assertThat(rate.quantity().bound()).isEqualTo(BoundKind.APPROXIMATE);
    assertThat(rate.quantity().rate().period()).isEqualTo(RatePeriod.MONTH);
    assertThat(rate.noun().text()).isEqualTo("sexual offences");
    assertThat(rate.speaker()).isNull();
  }

  @Test
  void readsHalfOfWhichAsAShareOfTheOffences() {
    ExtractedQuantity half = at("half");
    assertThat(half.quantity().share()).isEqualTo(Interval.exactly(new BigDecimal("0.5")));
    assertThat(half.noun().text()).isEqualTo("sexual offences");
    assertThat(half.noun().inferred()).isTrue();
  }

  @Test
  void readsSuspectsAndVictimsAsLowerBounds() {
    assertThat(at("two or more").quantity().count()).isEqualTo(Interval.atLeast(2));
    assertThat(at("two or more").noun().text()).isEqualTo("suspects");
    assertThat(at("at least one").quantity().count()).isEqualTo(Interval.atLeast(1));
    assertThat(at("at least one").noun().text()).isEqualTo("victim");
  }

  @Test
  void readsTensOfCasesAsVague() {
    ExtractedQuantity tens = at("tens");
    assertThat(tens.quantity().bound()).isEqualTo(BoundKind.VAGUE);
    assertThat(tens.quantity().count()).isEqualTo(Interval.between(20, 99));
    assertThat(tens.noun().text()).isEqualTo("cases");
  }

  @Test
  void attributesTheCommissionersFiguresToSirMarkRowley() {
    for (String figure : List.of("2,200", "1,200", "two or more", "maybe 2,000 or 3,000")) {
      assertThat(at(figure).speaker().name()).as(figure).isEqualTo("Sir Mark Rowley");
    }
    assertThat(at("2,200").speaker().role()).isEqualTo("Met Commissioner");
    assertThat(at("2,200").speaker().basis()).isEqualTo(SpeakerSuggestion.Basis.NAMED);
    assertThat(at("two or more").speaker().basis()).isEqualTo(SpeakerSuggestion.Basis.ALIAS);
    assertThat(at("maybe 2,000 or 3,000").speaker().basis())
        .isEqualTo(SpeakerSuggestion.Basis.ROLE);
    assertThat(at("maybe 2,000 or 3,000").speaker().evidence()).isEqualTo("The commissioner said");
  }

  @Test
  void leavesUnattributedFiguresWithoutASpeaker() {
    assertThat(found.get(0).speaker()).isNull(); // the headline
    assertThat(found.get(3).speaker()).isNull(); // "despite finding 9,000 historic cases"
  }

  @Test
  void givesTheSentenceAndItsOffsets() {
    ExtractedQuantity e = at("2,200");
    Sentence s = e.sentence();
    assertThat(s.text()).startsWith("Met Commissioner Sir Mark Rowley told").endsWith("in scope.");
    assertThat(article.substring(s.offsets().charStart(), s.offsets().charEnd()))
        .isEqualTo(s.text());
  }

  @Test
  void buildsTheSameTextQuoteSelectorAsTheStatementQuoteLocator() {
    for (ExtractedQuantity e : found) {
      QuoteLocator.Location expected =
          QuoteLocator.at(article, e.offsets().charStart(), e.offsets().charEnd());
      assertThat(e.selector().exact()).isEqualTo(expected.exact());
      assertThat(e.selector().prefix()).isEqualTo(expected.prefix());
      assertThat(e.selector().suffix()).isEqualTo(expected.suffix());
      assertThat(e.offsets().codePointStart()).isEqualTo(expected.start());
    }
  }

  @Test
  void reportsCodePointOffsetsThatDifferFromCharOffsetsAfterAnEmoji() {
    String text = "\uD83D\uDEA8 Sir Mark said 9,000 cases were found.";
    ExtractedQuantity e = new QuantityExtractor().extract(text).get(0);
    assertThat(e.offsets().charStart()).isEqualTo(text.indexOf("9,000"));
    assertThat(e.offsets().codePointStart()).isEqualTo(text.indexOf("9,000") - 1);
    assertThat(e.offsets().codePointEnd() - e.offsets().codePointStart()).isEqualTo(5);
    assertThat(e.selector().prefix()).isEqualTo("\uD83D\uDEA8 Sir Mark said ");
  }

  @Test
  void resolvesHeAndTheMayorToTheMostRecentMatchingSpeaker() {
    String text =
        "London Mayor Sir Sadiq Khan spoke first. Sir Sadiq said 300 cases were open. "
            + "He added that 40 were new. The Mayor said 12 were closed.";
    List<ExtractedQuantity> es = new QuantityExtractor().extract(text);
    assertThat(es).extracting(e -> e.speaker().name()).containsOnly("Sir Sadiq Khan");
    assertThat(es)
        .extracting(e -> e.speaker().basis())
        .containsExactly(
            SpeakerSuggestion.Basis.ALIAS,
            SpeakerSuggestion.Basis.PRONOUN,
            SpeakerSuggestion.Basis.ROLE);
  }

  private static ExtractedQuantity at(String spanText) {
    return found.stream()
        .filter(e -> e.quantity().span().text().equals(spanText))
        .reduce((first, second) -> second)
        .orElseThrow();
  }
}
