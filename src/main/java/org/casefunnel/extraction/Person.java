package org.casefunnel.extraction;

import java.util.List;
import java.util.Set;

/** A person named in the text, with the fullest name and the role met so far. */
final class Person {

  static final Set<String> HONORIFICS =
      Set.of(
          "Sir",
          "Dame",
          "Lord",
          "Lady",
          "Baroness",
          "Baron",
          "Dr",
          "Mr",
          "Mrs",
          "Ms",
          "Miss",
          "Cllr",
          "Councillor",
          "Professor",
          "Prof",
          "Rev");
  private static final Set<String> FEMALE = Set.of("Dame", "Lady", "Baroness", "Mrs", "Ms", "Miss");
  private static final Set<String> MALE = Set.of("Sir", "Lord", "Baron", "Mr");

  private String name;
  private String role;

  Person(String name, String role) {
    this.name = name;
    this.role = role;
  }

  String name() {
    return name;
  }

  String role() {
    return role;
  }

  void learnRole(String newRole) {
    if (newRole != null && !newRole.isBlank()) {
      role = newRole;
    }
  }

  /** Whether a name as written ("Sir Mark", "Rowley", "Sir Mark Rowley") can mean this person. */
  boolean answersTo(String written) {
    if (written.equals(name) || name.startsWith(written + " ") || written.startsWith(name + " ")) {
      return true;
    }
    List<String> mine = List.of(name.split(" "));
    List<String> theirs = List.of(written.split(" "));
    String surname = mine.get(mine.size() - 1);
    boolean bareSurname = theirs.size() == 1 && !HONORIFICS.contains(theirs.get(0));
    boolean titledSurname = theirs.size() == 2 && HONORIFICS.contains(theirs.get(0));
    return mine.size() > 1
        && (bareSurname || titledSurname)
        && theirs.get(theirs.size() - 1).equals(surname);
  }

  /** Keeps the longer form: "Sir Mark" becomes "Sir Mark Rowley" once the full name is seen. */
  void learnName(String written) {
    if (written.length() > name.length() && written.startsWith(name + " ")) {
      name = written;
    }
  }

  boolean couldBe(String pronoun) {
    String honorific = name.split(" ")[0];
    return switch (pronoun) {
      case "he" -> !FEMALE.contains(honorific);
      case "she" -> !MALE.contains(honorific);
      default -> false;
    };
  }
}
