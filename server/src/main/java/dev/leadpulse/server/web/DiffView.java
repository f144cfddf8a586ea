package dev.leadpulse.server.web;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The difference between two versions of a file, for the page: the versions compared, the
 * folded rows of {@link LineDiff}, and how many lines each side changed.
 *
 * @param from the older side's version; 0 when there is nothing to compare
 */
public record DiffView(int from, int to, List<LineDiff.Row> rows, long added, long removed) {
  static final DiffView NONE = new DiffView(0, 0, List.of(), 0, 0);

  static DiffView of(int from, String before, int to, String after) {
    List<LineDiff.Row> rows = LineDiff.folded(before, after);
    return new DiffView(from, to, rows, rows.stream().filter(r -> r.kind() == LineDiff.Kind.ADDED).count(),
        rows.stream().filter(r -> r.kind() == LineDiff.Kind.REMOVED).count());
  }

  /** The same diff with each row's text passed through {@code show} (to mask secrets). */
  DiffView shown(UnaryOperator<String> show) {
    return new DiffView(from, to, rows.stream().map(r -> new LineDiff.Row(r.kind(), r.oldLine(), r.newLine(),
        show.apply(r.text()), r.skipped())).toList(), added, removed);
  }

  public boolean none() {
    return from == 0;
  }

  public boolean identical() {
    return added == 0 && removed == 0;
  }
}
