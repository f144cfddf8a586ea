package dev.leadpulse.server.web;

import dev.leadpulse.core.model.yaml.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A YAML file in the editor and the problems found in it, for the line-number gutter (offending
 * lines marked, with their messages) and the list of problems under it.
 *
 * @param text     the text, with {@code \n} line ends
 * @param lines    how many lines the editor shows (a final newline opens an empty last line)
 * @param problems in line order; empty when valid or not yet checked
 */
public record EditorView(String text, int lines, List<Problem> problems) {

  public static EditorView of(String text, List<Problem> problems) {
    String t = normalised(text);
    return new EditorView(t, t.split("\n", -1).length, List.copyOf(problems));
  }

  /** {@code text} with CRLF and CR line ends made LF, as browsers may send a textarea's value with either. */
  public static String normalised(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The problems' messages at {@code line}, one a line; empty when it has none. */
  public String problemsAt(int line) {
    return problems.stream().filter(p -> at(p) == line).map(Problem::message).collect(Collectors.joining("\n"));
  }

  /** The lines with a problem, each once, in order. */
  public List<Integer> badLines() {
    return problems.stream().map(this::at).distinct().sorted().toList();
  }

  /** Where {@code p} shows: its line, kept inside the text (a problem "at the end" marks the last line). */
  public int at(Problem p) {
    return Math.max(1, Math.min(lines, p.line()));
  }

  /** A problem as the list shows it: {@code line 12: rule pricing: unknown key "weigth" …}. */
  public String describe(Problem p) {
    return p.format("");
  }
}
