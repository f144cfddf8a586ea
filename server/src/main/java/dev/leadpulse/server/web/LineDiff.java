package dev.leadpulse.server.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts (two versions of a YAML file), as rows to show: lines kept, removed
 * and added, in order, with their line numbers in the old and new text; long runs of kept lines
 * fold into one "skipped" row, keeping {@link #CONTEXT} lines either side of each change.
 *
 * <p>Common leading and trailing lines are matched first; the rest by a longest common
 * subsequence, which is exact. When the changed middle is too big for that ({@link #MAX_CELLS}),
 * it shows as all removed then all added: correct, only less tidy.
 */
public final class LineDiff {
  static final int CONTEXT = 3;
  static final long MAX_CELLS = 4_000_000;

  /** What a row is. */
  public enum Kind { SAME, ADDED, REMOVED, SKIPPED }

  /**
   * One row. {@code oldLine} and {@code newLine} are 1-based, 0 where the line is not on that
   * side; for {@link Kind#SKIPPED}, {@code skipped} says how many kept lines the row stands for.
   */
  public record Row(Kind kind, int oldLine, int newLine, String text, int skipped) {
    public String sign() {
      return switch (kind) {
        case ADDED -> "+";
        case REMOVED -> "\u2212";
        default -> "";
      };
    }
  }

  private LineDiff() {}

  /** Every line of {@code before} and {@code after}, unfolded. */
  public static List<Row> full(String before, String after) {
    String[] a = lines(before);
    String[] b = lines(after);
    int n = a.length;
    int m = b.length;
    int start = 0;
    while (start < n && start < m && a[start].equals(b[start])) {
      start++;
    }
    int endA = n;
    int endB = m;
    while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
      endA--;
      endB--;
    }
    List<Row> rows = new ArrayList<>(n + m);
    for (int i = 0; i < start; i++) {
      rows.add(new Row(Kind.SAME, i + 1, i + 1, a[i], 0));
    }
    middle(a, start, endA, b, start, endB, rows);
    for (int i = endA, j = endB; i < n; i++, j++) {
      rows.add(new Row(Kind.SAME, i + 1, j + 1, a[i], 0));
    }
    return rows;
  }

  /** As {@link #full}, with runs of kept lines far from a change folded. */
  public static List<Row> folded(String before, String after) {
    List<Row> rows = full(before, after);
    boolean[] keep = new boolean[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).kind() != Kind.SAME) {
        for (int k = Math.max(0, i - CONTEXT); k <= Math.min(rows.size() - 1, i + CONTEXT); k++) {
          keep[k] = true;
        }
      }
    }
    List<Row> out = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      if (keep[i]) {
        out.add(rows.get(i++));
        continue;
      }
      int from = i;
      while (i < rows.size() && !keep[i]) {
        i++;
      }
      Row first = rows.get(from);
      out.add(new Row(Kind.SKIPPED, first.oldLine(), first.newLine(), "", i - from));
    }
    return out;
  }

  /** Lines of {@code text}, without a last empty one after a final newline. */
  static String[] lines(String text) {
    String t = text.replace("\r\n", "\n");
    if (t.isEmpty()) {
      return new String[0];
    }
    return (t.endsWith("\n") ? t.substring(0, t.length() - 1) : t).split("\n", -1);
  }

  /** Rows for a[i0..i1) against b[j0..j1), by a longest common subsequence table. */
  private static void middle(String[] a, int i0, int i1, String[] b, int j0, int j1, List<Row> rows) {
    int n = i1 - i0;
    int m = j1 - j0;
    if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
      for (int i = i0; i < i1; i++) {
        rows.add(new Row(Kind.REMOVED, i + 1, 0, a[i], 0));
      }
      for (int j = j0; j < j1; j++) {
        rows.add(new Row(Kind.ADDED, 0, j + 1, b[j], 0));
      }
      return;
    }
    // lcs[i][j]: the longest common subsequence of a[i0+i..i1) and b[j0+j..j1)
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a[i0 + i].equals(b[j0 + j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[i0 + i].equals(b[j0 + j])) {
        rows.add(new Row(Kind.SAME, i0 + i + 1, j0 + j + 1, a[i0 + i], 0));
        i++;
        j++;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        rows.add(new Row(Kind.REMOVED, i0 + i + 1, 0, a[i0 + i], 0)); // removals first, as diff tools show
        i++;
      } else {
        rows.add(new Row(Kind.ADDED, 0, j0 + j + 1, b[j0 + j], 0));
        j++;
      }
    }
  }
}
