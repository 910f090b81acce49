package org.casefunnel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerResolverTest {

  private static SpeakerSuggestion speakerOf(String text, String sentenceStart) {
    List<Sentence> sentences = SentenceSplitter.split(text);
    List<SpeakerSuggestion> speakers = new SpeakerResolver().resolve(sentences);
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).text().startsWith(sentenceStart)) {
        return speakers.get(i);
      }
    }
    throw new AssertionError("no sentence starts with " + sentenceStart);
  }

  @Test
  void resolvesTheSeedArticlesSpeakersSentenceBySentence() {
    String article = LabelledSet.resource("/extraction/met-review-article.txt");
    assertThat(speakerOf(article, "He said using").name()).isEqualTo("Sir Mark Rowley");
    assertThat(speakerOf(article, "Sir Mark also warned").name()).isEqualTo("Sir Mark Rowley");
    assertThat(speakerOf(article, "Susan Hall, Conservative").name()).isEqualTo("Susan Hall");
    assertThat(speakerOf(article, "Susan Hall, Conservative").role())
        .isEqualTo("Conservative group leader");
    assertThat(speakerOf(article, "\"You dismissed").name()).isEqualTo("Susan Hall");
    assertThat(speakerOf(article, "\"You dismissed").basis())
        .isEqualTo(SpeakerSuggestion.Basis.CONTINUATION);
    assertThat(speakerOf(article, "He insisted").name()).isEqualTo("Sir Sadiq Khan");
    assertThat(speakerOf(article, "The Mayor said").name()).isEqualTo("Sir Sadiq Khan");
    assertThat(speakerOf(article, "It is understood")).isNull();
    assertThat(speakerOf(article, "The Metropolitan Police is only")).isNull();
  }

  @Test
  void takesTheNameFromAnAppositiveAfterARole() {
    SpeakerSuggestion s =
        speakerOf("The Director of Children's Services, Helen Marsh, said 40 were open.", "The");
    assertThat(s.name()).isEqualTo("Helen Marsh");
    assertThat(s.role()).isEqualTo("Director of Children's Services");
  }

  @Test
  void suggestsABodyWithLowerConfidenceThanAPerson() {
    SpeakerSuggestion s = speakerOf("A Home Office spokesperson said 12 posts were funded.", "A");
    assertThat(s.name()).isEqualTo("Home Office spokesperson");
    assertThat(s.basis()).isEqualTo(SpeakerSuggestion.Basis.ORGANISATION);
    assertThat(s.confidence()).isLessThan(SpeakerSuggestion.Basis.NAMED.confidence());
  }

  @Test
  void suggestsNobodyForAPronounBeforeAnyoneIsNamed() {
    assertThat(speakerOf("He said 40 cases were open.", "He")).isNull();
  }

  @Test
  void doesNotResolveHeToAWomanNamedByTitle() {
    String text = "Dame Olivia Grant said 40 were open. Sir Tom Lee said 12. He added 3 more.";
    assertThat(speakerOf(text, "He added").name()).isEqualTo("Sir Tom Lee");
  }

  @Test
  void readsInvertedAttribution() {
    assertThat(speakerOf("\"It was 40 cases,\" said Sir Mark Rowley.", "\"").name())
        .isEqualTo("Sir Mark Rowley");
  }
}
