package org.casefunnel.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests a speaker for each sentence of one text, in order: pronouns ("he") resolve to the most
 * recent named speaker of a fitting gender, roles ("the commissioner") to the most recent person
 * the text gave that role. Holds state for one text; make a new one per text.
 */
final class SpeakerResolver {

  private static final Pattern SPEECH_VERB =
      Pattern.compile(
          "\\b(said|says|told|tells|added|adds|warned|warns|stressed|insisted|explained"
              + "|confirmed|claimed|estimated|admitted|acknowledged|noted|revealed|stated"
              + "|announced|argued|suggested|clarified|replied|responded|wrote|commented"
              + "|cautioned|disclosed|reported|presented)\\b");

  /** Verbs that may come before their subject: "said Sir Mark", "added the commissioner". */
  private static final Pattern INVERTIBLE = Pattern.compile("said|says|added|according to");

  private static final Pattern ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to\\b");

  private final PersonRegistry registry = new PersonRegistry();
  private final List<Person> speakers = new ArrayList<>();
  private SpeakerSuggestion previous;
  private boolean quoteOpen;

  List<SpeakerSuggestion> resolve(List<Sentence> sentences) {
    List<SpeakerSuggestion> out = new ArrayList<>();
    for (Sentence sentence : sentences) {
      out.add(next(sentence));
    }
    return out;
  }

  /** The speaker of the next sentence of the text, or null; sentences must come in order. */
  SpeakerSuggestion next(Sentence sentence) {
    String text = sentence.text();
    registry.registerMentions(text);
    SpeakerSuggestion found = attribute(text);
    if (found == null && previous != null && quoteOpen) {
      found =
          new SpeakerSuggestion(
              previous.name(),
              previous.role(),
              SpeakerSuggestion.Basis.CONTINUATION.confidence(),
              SpeakerSuggestion.Basis.CONTINUATION,
              previous.evidence());
    }
    previous = found;
    quoteOpen = quoteOpenAfter(text, quoteOpen);
    return found;
  }

  private SpeakerSuggestion attribute(String text) {
    Matcher m = SPEECH_VERB.matcher(text);
    while (m.find()) {
      Subject subject = SubjectReader.before(text, m.start());
      if (subject == null && INVERTIBLE.matcher(m.group()).matches()) {
        subject = SubjectReader.after(text, m.end());
      }
      SpeakerSuggestion s = subject == null ? null : suggest(subject, evidence(text, subject, m));
      if (s != null) {
        return s;
      }
    }
    Matcher according = ACCORDING_TO.matcher(text);
    if (according.find()) {
      Subject subject = SubjectReader.after(text, according.end());
      if (subject != null) {
        return suggest(subject, text.substring(according.start(), subject.end()));
      }
    }
    return null;
  }

  private static String evidence(String text, Subject subject, Matcher verb) {
    int start = Math.min(subject.start(), verb.start());
    int end = Math.max(subject.end(), verb.end());
    return text.substring(start, end);
  }

  private SpeakerSuggestion suggest(Subject subject, String evidence) {
    return switch (subject.kind()) {
      case NAME -> named(subject, evidence);
      case PRONOUN -> pronoun(subject.words(), evidence);
      case ROLE -> role(subject, evidence);
      case ORGANISATION ->
          suggestion(
              subject.words(), subject.role(), SpeakerSuggestion.Basis.ORGANISATION, evidence);
    };
  }

  private SpeakerSuggestion named(Subject subject, String evidence) {
    boolean titledOrFull =
        PersonRegistry.honorificIndex(PersonRegistry.words(subject.words())) >= 0
            || subject.words().contains(" ")
            || registry.knows(subject.words());
    if (!titledOrFull) {
      // A lone capitalised word nobody was introduced as ("Labour said") is a body.
      return suggestion(
          subject.words(), subject.role(), SpeakerSuggestion.Basis.ORGANISATION, evidence);
    }
    PersonRegistry.Resolved r = registry.resolve(subject.words(), subject.role());
    spoke(r.person());
    SpeakerSuggestion.Basis basis =
        r.alias() ? SpeakerSuggestion.Basis.ALIAS : SpeakerSuggestion.Basis.NAMED;
    return suggestion(r.person().name(), r.person().role(), basis, evidence);
  }

  private SpeakerSuggestion pronoun(String pronoun, String evidence) {
    for (int i = speakers.size() - 1; i >= 0; i--) {
      Person p = speakers.get(i);
      if (p.couldBe(pronoun)) {
        spoke(p);
        return suggestion(p.name(), p.role(), SpeakerSuggestion.Basis.PRONOUN, evidence);
      }
    }
    return null; // "he said" with nobody named yet: better no suggestion than a guess
  }

  private SpeakerSuggestion role(Subject subject, String evidence) {
    Person p = registry.byRole(subject.words());
    if (p == null) {
      return suggestion(subject.role(), null, SpeakerSuggestion.Basis.UNRESOLVED, evidence);
    }
    spoke(p);
    return suggestion(p.name(), p.role(), SpeakerSuggestion.Basis.ROLE, evidence);
  }

  private void spoke(Person p) {
    speakers.remove(p);
    speakers.add(p);
    if (speakers.size() > PersonRegistry.MAX_PEOPLE) {
      speakers.remove(0); // the least recent speaker: pronouns reach back no further
    }
  }

  private static SpeakerSuggestion suggestion(
      String name, String role, SpeakerSuggestion.Basis basis, String evidence) {
    return new SpeakerSuggestion(name, role, basis.confidence(), basis, evidence);
  }

  /**
   * Whether a double quotation is still open after the sentence. A paragraph that carries a
   * quotation on opens with a quote mark without the previous one having closed; that mark re-opens
   * rather than toggles.
   */
  private static boolean quoteOpenAfter(String text, boolean openBefore) {
    boolean open = openBefore;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u201C' || c == '"' && i == 0 && openBefore) {
        open = true;
      } else if (c == '\u201D') {
        open = false;
      } else if (c == '"') {
        open = !open;
      }
    }
    return open;
  }
}
