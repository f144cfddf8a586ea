package dev.leadpulse.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.core.Hundredths;
import dev.leadpulse.store.ScorePoint;
import dev.leadpulse.store.StageChangeRow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A person's score over time as a Chart.js line chart config (for {@code app.js}'s
 * {@code canvas[data-chart]}), with each stage change marked as a point of its own dataset,
 * named after the stage and the time of the change ("Entered MQL · 3 Nov 10:42"), so the legend
 * and tooltip say what happened.
 *
 * <p>The points are written when events are committed, so a change's own (event) time falls at
 * or before the point that first shows its effect, and for a late event, before earlier points.
 * The marker therefore sits on the line at the first point at or after the change that is in the
 * new stage. The x axis is a category axis of the points' times (a time axis would need a date
 * adapter, which Chart.js does not ship).
 */
final class ScoreChart {
  /** Stage-change markers beyond this many (oldest first dropped) would crowd the legend. */
  static final int MARKERS = 8;
  private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);
  private static final String[] COLOURS = {"#c77c02", "#d93025", "#2f6fed", "#1e8e5a", "#8e44ad"};

  private ScoreChart() {}

  /**
   * The config as JSON, or empty when there is no history to draw.
   *
   * @param history  oldest first
   * @param complete whether {@code history} goes back to the start (else changes before it are left out)
   */
  static String config(ObjectMapper json, List<ScorePoint> history, List<StageChangeRow> changes,
      List<String> stages, boolean complete) {
    if (history.isEmpty()) {
      return "";
    }
    long first = history.get(0).time();
    List<StageChangeRow> shown = changes.stream().filter(c -> complete || c.time() >= first).toList();
    shown = shown.subList(Math.max(0, shown.size() - MARKERS), shown.size());

    ObjectNode config = json.createObjectNode().put("type", "line");
    ObjectNode data = config.putObject("data");
    ArrayNode labels = data.putArray("labels");
    ArrayNode datasets = data.putArray("datasets");
    ObjectNode score = datasets.addObject().put("label", "Score").put("borderColor", "#e8453c")
        .put("backgroundColor", "rgba(232,69,60,.12)").put("fill", true).put("tension", 0.25).put("pointRadius", 0)
        .put("borderWidth", 2);
    ArrayNode values = score.putArray("data");
    for (ScorePoint p : history) {
      labels.add(LABEL.format(Instant.ofEpochMilli(p.time())));
      values.add(Hundredths.toDecimal(p.score()));
    }

    for (StageChangeRow c : shown) {
      int stage = Math.max(0, stages.indexOf(c.to()));
      String colour = COLOURS[stage % COLOURS.length];
      ObjectNode marker = datasets.addObject().put("label", (c.to().isEmpty() ? "Left " + c.from() : "Entered " + c.to())
          + " \u00b7 " + LABEL.format(Instant.ofEpochMilli(c.time()))).put("showLine", false)
          .put("pointRadius", 7).put("pointHoverRadius", 9).put("pointStyle", "triangle")
          .put("borderColor", colour).put("backgroundColor", colour);
      ArrayNode marks = marker.putArray("data");
      int at = pointOf(history, c);
      for (int i = 0; i < history.size(); i++) {
        if (i == at) {
          marks.add(Hundredths.toDecimal(history.get(i).score()));
        } else {
          marks.addNull();
        }
      }
    }
    ObjectNode options = config.putObject("options");
    options.putObject("interaction").put("mode", "nearest").put("intersect", false);
    options.putObject("plugins").putObject("legend").put("position", "bottom").putObject("labels")
        .put("usePointStyle", true).put("boxWidth", 8);
    ObjectNode scales = options.putObject("scales");
    scales.putObject("x").putObject("ticks").put("maxTicksLimit", 6).put("maxRotation", 0);
    scales.putObject("y").put("beginAtZero", true);
    try {
      return json.writeValueAsString(config);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The index of the point that shows a change: the first at or after it in the new stage; else
   * the first at or after it; else the last.
   */
  private static int pointOf(List<ScorePoint> history, StageChangeRow c) {
    int after = -1;
    for (int i = 0; i < history.size(); i++) {
      ScorePoint p = history.get(i);
      if (p.time() >= c.time()) {
        if (p.stage().equals(c.to())) {
          return i;
        }
        after = after < 0 ? i : after;
      }
    }
    return after >= 0 ? after : history.size() - 1;
  }
}
