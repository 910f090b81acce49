package org.casefunnel.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casefunnel.funnel.FunnelSummary;

/** What the HTML pages show; built by {@link PageService}, rendered by the Qute templates. */
public final class PageModels {

  private PageModels() {}

  public record Overview(List<FunnelSummary> funnels, long total, int page, int size) {

    public boolean hasNext() {
      return (long) (page + 1) * size < total;
    }

    public boolean hasPrev() {
      return page > 0;
    }
  }

  public record FunnelPage(
      String id,
      String title,
      String organisation,
      String jurisdiction,
      String programme,
      String unit,
      String description,
      LocalDate asOf,
      String chartUrl,
      List<StageRow> stages,
      List<Warning> warnings,
      boolean statisticsAvailable,
      // the series chart, only when the figures have at least two dates (else null)
      String seriesChartUrl) {

    /** The same figures as JSON: as of the page's date where it has one. */
    public String jsonUrl() {
      return "/api/funnels/" + id + (asOf == null ? "" : "?asOf=" + asOf);
    }

    /** The same figures as CSV: as of the page's date where it has one. */
    public String csvUrl() {
      return "/api/funnels/" + id + "?format=csv" + (asOf == null ? "" : "&asOf=" + asOf);
    }

    /** The warnings grouped by code, in order of first appearance, so repeats read as one. */
    public List<WarningGroup> warningGroups() {
      Map<String, List<Warning>> byCode = new LinkedHashMap<>();
      warnings.forEach(w -> byCode.computeIfAbsent(w.code(), c -> new ArrayList<>()).add(w));
      return byCode.entrySet().stream()
          .map(e -> new WarningGroup(e.getKey(), e.getValue()))
          .toList();
    }
  }

  /** Warnings of one code: shown as one line, with the stages, opened for the messages. */
  public record WarningGroup(String code, List<Warning> items) {

    public List<String> stages() {
      return items.stream().map(Warning::stage).filter(Objects::nonNull).distinct().toList();
    }

    /** Three or more are collapsed behind their summary. */
    public boolean collapsed() {
      return items.size() > 2;
    }
  }

  public record StageRow(
      String key,
      String label,
      String baseLabel,
      String definition,
      String value,
      String status,
      LocalDate asOf,
      String wording,
      String note,
      String conversion,
      String interval,
      List<String> notes,
      List<Evidence> evidence,
      String rank,
      String rankReason) {

    public boolean hasFigure() {
      return value != null;
    }

    /** Whether an editor ranked the figure (preferred or deprecated: normal is not shown). */
    public boolean ranked() {
      return rank != null && !rank.equals("normal");
    }
  }

  public record Evidence(
      String quote,
      String speaker,
      String speakerRole,
      String venue,
      LocalDate madeOn,
      String kind,
      String sourceTitle,
      String sourceUrl,
      String sourceApiUrl) {

    /** The source's URL when it is a web address; anything else (javascript:, data:) is no link. */
    public String sourceLink() {
      if (sourceUrl == null) {
        return null;
      }
      String u = sourceUrl.strip().toLowerCase(java.util.Locale.ROOT);
      return u.startsWith("https://") || u.startsWith("http://") ? sourceUrl.strip() : null;
    }
  }

  public record Warning(String code, String stage, String message) {}
}
