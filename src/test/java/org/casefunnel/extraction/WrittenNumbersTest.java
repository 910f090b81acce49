package org.casefunnel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrittenNumbersTest {

  @ParameterizedTest(name = "''{0}'' is read as ''{2}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "\u0669\u0660\u0660\u0660 \u062d\u0627\u0644\u0629 | 9000 | 9000 \u062d\u0627\u0644\u0629",
        "\uff19\uff10\uff10\uff10 cases | 9000 | 9000 cases",
        "9.000 F\u00e4lle | 9000 | 9,000 F\u00e4lle",
        "around 9'000 cases | 9000 | around 9,000 cases",
        "1\u2009234\u2009567 records | 1234567 | 1,234,567 records",
        "1.234.567 records | 1234567 | 1,234,567 records",
        "\u0664\u0662 cases | 42 | 42 cases",
        "\u0967\u0968\u0966\u0966 cases | 1200 | 1200 cases",
        "up 2.024% | 2024 | up 2,024%"
      })
  void writesTheNumberAsTheExtractionReadsItInPlace(String text, long value, String readable) {
    assertThat(WrittenNumbers.readable(text, value)).isEqualTo(readable).hasSameSizeAs(text);
  }

  @ParameterizedTest(name = "''{0}'' stays as it is for {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "9 000 cases (a plain space parts two numbers too) | 9000",
        "In 2019/20 350 referrals were made. | 20350",
        "19.000 cases | 9000",
        "9 0000 cases | 9000",
        "9.0001 cases | 9000",
        "9,000.5 cases | 9000",
        "9.000,5 cases | 9000",
        "1,234.567 records | 1234567",
        "90000 cases | 9000",
        "a ninth of 9001 | 9000",
        "142 cases | 42",
        "4.2 cases | 42",
        "9,000 cases, as the extraction reads them | 9000",
        "9000 cases, as the extraction reads them | 9000",
        "in 2023, when the review began | 2023",
        "42 cases | 42"
      })
  void leavesAloneWhatIsNoSuchNumberOrIsTheExtractionsToRead(String text, long value) {
    assertThat(WrittenNumbers.readable(text, value)).isSameAs(text);
  }
}
