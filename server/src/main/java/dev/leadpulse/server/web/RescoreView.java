package dev.leadpulse.server.web;

import dev.leadpulse.server.pipeline.Rescoring;
import java.util.Locale;

/**
 * A rescoring's progress as the model page shows it: a bar, what is happening in words, and, when
 * finished, how long it took.
 *
 * @param percent 0 to 100 (events replayed of those to replay; 100 once swapping)
 */
public record RescoreView(int version, String phase, int percent, String detail) {

  static RescoreView of(Rescoring.Progress p, long now) {
    int percent = p.total() == 0 || !p.phase().equals("replaying") ? 100
        : (int) Math.min(100, p.done() * 100 / p.total());
    long end = p.finishedAt() > 0 ? p.finishedAt() : now;
    String events = String.format(Locale.ROOT, "%,d of %,d events", p.done(), p.total());
    String detail = switch (p.phase()) {
      case "replaying" -> "Rescoring everyone from the stored events: " + events + ".";
      case "swapping" -> "Catching up with events that arrived meanwhile, then switching over.";
      case "done" -> "Version " + p.version() + " is active: everyone was rescored (" + events.substring(
          events.indexOf(" of ") + 4) + ") in " + took(end - p.startedAt()) + ".";
      default -> "Rescoring failed; version " + p.version() + " was not made active: " + p.error();
    };
    return new RescoreView(p.version(), p.phase(), percent, detail);
  }

  private static String took(long millis) {
    return millis < 1000 ? "under a second" : Format.span(millis);
  }

  /** Whether it is still going, so the page keeps asking. */
  public boolean running() {
    return phase.equals("replaying") || phase.equals("swapping");
  }

  public boolean failed() {
    return phase.equals("failed");
  }
}
