package org.casefunnel.text;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV: the one writer of every CSV export. Text a spreadsheet would run as a formula (a
 * cell starting with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe,
 * which spreadsheets show as text and do not display (OWASP, "CSV Injection"): labels, wordings and
 * quotes come from editors and sources, and a dashboard's "open in a spreadsheet" must not run
 * them. Numbers are written by {@link CsvNumbers} (no exponent, no ".0" on a whole number), and
 * never get the apostrophe: a negative number stays a number.
 */
public final class CsvTable {

  /** What makes a spreadsheet read a cell as a formula (or, for tab and CR, hide the start). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private CsvTable() {}

  /** Writes rows under the header; null cells are empty. */
  public static String write(List<String> header, List<List<Object>> rows) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (List<Object> row : rows) {
        printer.printRecord(row.stream().map(CsvTable::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A number in the one CSV number format; text made inert; anything else as it is. */
  static Object cell(Object value) {
    return value instanceof Number n ? CsvNumbers.format(n) : inert(value);
  }

  /** A text cell a spreadsheet will not evaluate; anything else as it is. */
  static Object inert(Object cell) {
    if (cell instanceof CharSequence text
        && !text.isEmpty()
        && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return cell;
  }
}
