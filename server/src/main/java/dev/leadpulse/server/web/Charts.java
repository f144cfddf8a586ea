package dev.leadpulse.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Chart.js configurations as JSON, for a {@code <canvas data-chart='…'>} that app.js draws. The
 * JSON goes into an HTML attribute, which the template escapes.
 */
final class Charts {
  static final String CHART_JS = "/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

  /** One series of a bar chart. */
  record Series(String label, String color, List<Long> values) {}

  private final ObjectMapper json;

  Charts(ObjectMapper json) {
    this.json = json;
  }

  /** A bar chart of {@code series} over {@code labels}; stacked when there is more than one series. */
  String bars(List<String> labels, List<Series> series, String xTitle, String yTitle) {
    ObjectNode config = json.createObjectNode().put("type", "bar");
    ObjectNode data = config.putObject("data");
    labels.forEach(data.putArray("labels")::add);
    ArrayNode datasets = data.putArray("datasets");
    for (Series s : series) {
      ObjectNode d = datasets.addObject().put("label", s.label()).put("backgroundColor", s.color());
      s.values().forEach(d.putArray("data")::add);
    }
    boolean stacked = series.size() > 1;
    ObjectNode options = config.putObject("options");
    options.putObject("plugins").putObject("legend").put("display", stacked);
    ObjectNode scales = options.putObject("scales");
    axis(scales.putObject("x"), xTitle, stacked);
    axis(scales.putObject("y"), yTitle, stacked).put("beginAtZero", true).putObject("ticks").put("precision", 0);
    return config.toString();
  }

  private static ObjectNode axis(ObjectNode axis, String title, boolean stacked) {
    axis.put("stacked", stacked).putObject("title").put("display", true).put("text", title);
    return axis;
  }
}
