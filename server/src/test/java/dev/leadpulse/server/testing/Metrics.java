package dev.leadpulse.server.testing;

/** Reads values out of the Prometheus text format. */
public final class Metrics {
  private Metrics() {}

  /**
   * The value of the sample named {@code name} whose labels contain {@code label} (e.g.
   * {@code reason="too_large"}; empty for any), or 0 when there is none (a counter never
   * incremented is not yet registered).
   */
  public static double value(String scrape, String name, String label) {
    for (String line : scrape.split("\n")) {
      if (line.startsWith("#") || !line.startsWith(name)) {
        continue;
      }
      String rest = line.substring(name.length());
      if (!(rest.startsWith("{") || rest.startsWith(" "))) {
        continue;
      }
      if (!label.isEmpty() && !(rest.startsWith("{") && rest.substring(0, rest.indexOf('}') + 1).contains(label))) {
        continue;
      }
      return Double.parseDouble(rest.substring(rest.lastIndexOf(' ') + 1));
    }
    return 0;
  }

  /** {@code leadpulse_events_rejected_total{reason="…"}}. */
  public static double rejected(String scrape, String reason) {
    return value(scrape, "leadpulse_events_rejected_total", "reason=\"" + reason + "\"");
  }
}
