package org.casefunnel.funnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureRepository;
import org.casefunnel.model.Stage;
import org.casefunnel.model.StageRepository;
import org.casefunnel.model.Statement;
import org.casefunnel.text.CsvTable;

/**
 * A funnel's figures as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks
 * quoted, quotes doubled; UTF-8; a header row). By default one row per stage and its current
 * figure, the figure's statements joined in each statement column (one per line, in the same order
 * in every column), so a spreadsheet sum of {@code count} counts each figure once; the long form
 * has one row per figure and statement, so every number stands beside the words it rests on (a
 * figure resting on two statements then fills two rows). The column names are part of the contract
 * (docs/api.md).
 */
@ApplicationScoped
public class FiguresCsv {

  /** The columns, in order; never rename or reorder one (append new ones at the end). */
  public static final List<String> COLUMNS =
      List.of(
          "stage",
          "stageLabel",
          "figureId",
          "count",
          "low",
          "high",
          "approximate",
          "status",
          "asOf",
          "period",
          "wording",
          "note",
          "statementId",
          "speaker",
          "speakerRole",
          "venue",
          "madeOn",
          "kind",
          "sourceTitle",
          "sourceUrl",
          "quote",
          "rank",
          "rankReason");

  public static final String EXAMPLE =
      "stage,stageLabel,figureId,count,low,high,approximate,status,asOf,period,wording,note,"
          + "statementId,speaker,speakerRole,venue,madeOn,kind,sourceTitle,sourceUrl,quote,"
          + "rank,rankReason\r\n"
          + "reviewed,Cases given a further review,2,2200,2200,2200,false,reported,,,"
          + "\"a further review of 2,200 of them\",,st-review,Sir Mark Rowley,...\r\n";

  private final FunnelService funnels;
  private final StageRepository stages;
  private final FigureRepository figures;

  public FiguresCsv(FunnelService funnels, StageRepository stages, FigureRepository figures) {
    this.funnels = funnels;
    this.stages = stages;
    this.figures = figures;
  }

  /**
   * Each stage's figure current at {@code asOf} (now when null), in stage order; a stage without
   * one gets a row with only its stage columns.
   */
  @Transactional
  public String currentFigures(String funnelId, LocalDate asOf) {
    return currentFigures(funnelId, asOf, false);
  }

  /** As {@link #currentFigures(String, LocalDate)}; {@code long} gives a row per statement. */
  @Transactional
  public String currentFigures(String funnelId, LocalDate asOf, boolean longForm) {
    funnels.require(funnelId);
    Map<Long, Figure> current = figures.currentByStage(funnelId, asOf);
    List<List<Object>> rows = new ArrayList<>();
    for (Stage stage : stages.listByFunnel(funnelId)) {
      Figure f = current.get(stage.id);
      if (f == null) {
        rows.add(row(stage, null, null));
        continue;
      }
      if (f.statements.isEmpty()) {
        rows.add(row(stage, f, null));
      } else if (longForm) {
        for (Statement st : f.statements) {
          rows.add(row(stage, f, st));
        }
      } else {
        rows.add(joined(row(stage, f, null), f.statements));
      }
    }
    return write(rows);
  }

  private static List<Object> row(Stage stage, Figure f, Statement st) {
    List<Object> r = new ArrayList<>(COLUMNS.size());
    r.add(stage.key);
    r.add(stage.label);
    if (f == null) {
      while (r.size() < COLUMNS.size()) {
        r.add(null);
      }
      return r;
    }
    r.add(f.id);
    r.add(f.count);
    r.add(Figure.givenBound(f.count, f.approximate, f.lowerBound()));
    r.add(Figure.givenBound(f.count, f.approximate, f.upperBound()));
    r.add(f.approximate);
    r.add(f.status.wire());
    r.add(f.asOf);
    r.add(f.period);
    r.add(f.wording);
    r.add(f.note);
    if (st == null) {
      while (r.size() < RANK) {
        r.add(null);
      }
    } else {
      r.addAll(statementColumns(st));
    }
    r.add(f.rank.wire());
    r.add(f.rankReason);
    return r;
  }

  /** Index of the first column after the statement's. */
  private static final int RANK = COLUMNS.indexOf("rank");

  /** A figure's row with each statement column holding its statements' values, one per line. */
  private static List<Object> joined(List<Object> figureRow, List<Statement> statements) {
    int first = COLUMNS.indexOf("statementId");
    for (int c = first; c < RANK; c++) {
      List<String> values = new ArrayList<>();
      for (Statement st : statements) {
        Object v = statementColumns(st).get(c - first);
        values.add(v == null ? "" : v.toString());
      }
      figureRow.set(c, String.join("\n", values));
    }
    return figureRow;
  }

  private static List<Object> statementColumns(Statement st) {
    List<Object> r = new ArrayList<>();
    r.add(st.key);
    r.add(st.speaker);
    r.add(st.speakerRole);
    r.add(st.venue);
    r.add(st.madeOn);
    r.add(st.kind.wire());
    r.add(st.source.title);
    r.add(st.source.url);
    r.add(st.quote);
    return r;
  }

  private static String write(List<List<Object>> rows) {
    return CsvTable.write(COLUMNS, rows);
  }
}
