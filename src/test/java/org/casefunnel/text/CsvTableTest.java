package org.casefunnel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV writer: RFC 4180, and no cell a spreadsheet would run as a formula. */
class CsvTableTest {

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
    List<Object> row =
        Arrays.asList(
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+1",
            "-1+2",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "9,000 cases",
            "a=b",
            "",
            null,
            -5L,
            0.5455);
    String csv =
        CsvTable.write(
            List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12"),
            List.of(row));
    assertThat(csv.split("\r\n")[1])
        .isEqualTo(
            "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+1,'-1+2,'@SUM(A1),'\tx,"
                + "\"'\rx\",\"9,000 cases\",a=b,,,-5,0.5455");
  }
}
