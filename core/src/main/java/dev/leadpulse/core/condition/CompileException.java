package dev.leadpulse.core.condition;

import dev.leadpulse.core.LeadPulseException;

/**
 * A condition that does not compile. {@link #line()} and {@link #column()} are 1-based,
 * within the expression's own text.
 */
public final class CompileException extends LeadPulseException {
  private final int line;
  private final int column;

  public CompileException(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
