package dev.leadpulse.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.server.web.LineDiff.Kind;
import dev.leadpulse.server.web.LineDiff.Row;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The line diff behind the version comparisons: exact, removals before additions, far context folded. */
class LineDiffTest {

  @Test
  void aChangedLineIsOneRemovalThenOneAdditionWithBothLineNumbers() {
    List<Row> rows = LineDiff.full("a\nb\nc\n", "a\nB\nc\n");
    assertThat(rows).containsExactly(new Row(Kind.SAME, 1, 1, "a", 0), new Row(Kind.REMOVED, 2, 0, "b", 0),
        new Row(Kind.ADDED, 0, 2, "B", 0), new Row(Kind.SAME, 3, 3, "c", 0));
  }

  @Test
  void insertionsAndDeletionsKeepTheLinesInCommon() {
    List<Row> rows = LineDiff.full("x\na\nb\ny\n", "a\nnew\nb\n");
    assertThat(rows).extracting(r -> r.sign() + r.text())
        .containsExactly("\u2212x", "a", "+new", "b", "\u2212y");
    assertThat(LineDiff.full("same\r\n", "same\n")).extracting(Row::kind).containsExactly(Kind.SAME);
    assertThat(LineDiff.full("", "one\n")).extracting(Row::kind).containsExactly(Kind.ADDED);
  }

  @Test
  void keptLinesFarFromAChangeFoldIntoOneRow() {
    String before = IntStream.rangeClosed(1, 30).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
    String after = before.replace("line 15", "line fifteen");
    List<Row> rows = LineDiff.folded(before, after);
    assertThat(rows.getFirst()).isEqualTo(new Row(Kind.SKIPPED, 1, 1, "", 11));
    assertThat(rows.getLast()).isEqualTo(new Row(Kind.SKIPPED, 19, 19, "", 12));
    assertThat(rows).filteredOn(r -> r.kind() == Kind.SAME).hasSize(6);
    assertThat(rows).filteredOn(r -> r.kind() == Kind.REMOVED).singleElement()
        .isEqualTo(new Row(Kind.REMOVED, 15, 0, "line 15", 0));
  }
}
