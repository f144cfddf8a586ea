package dev.leadpulse.core.model.yaml;

import dev.leadpulse.core.LeadPulseException;
import java.util.List;
import java.util.stream.Collectors;

/** A plays file with problems; {@link #problems()} lists every one, in line order. */
public final class InvalidPlaysException extends LeadPulseException {
  private final List<Problem> problems;

  public InvalidPlaysException(List<Problem> problems) {
    super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the plays file:\n"
        + problems.stream().map(p -> "  " + p.format("")).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
