package dev.leadpulse.core.model.yaml;

import dev.leadpulse.core.condition.CompileException;
import dev.leadpulse.core.condition.Condition;
import dev.leadpulse.core.condition.Context;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Compiles a field's CEL text, turning compiler errors into problems at the right line. */
final class Conditions {
  private static final Pattern ACCOUNT_SCORE = Pattern.compile("\\baccount\\s*(\\.\\s*score\\b|\\[\\s*[\"']score[\"']\\s*])");

  private Conditions() {}

  static Optional<Condition> compile(Fields f, String key, Context context, boolean valueExpression) {
    return f.text(key).flatMap(source -> {
      if (ACCOUNT_SCORE.matcher(source).find()) {
        f.problem(key, key + " reads account.score, which model conditions cannot: a person's score is a replay of"
            + " their own events, and an account's score depends on other people's (use account.traits)");
        return Optional.empty();
      }
      try {
        return Optional.of(valueExpression ? Condition.compileValue(source, context) : Condition.compile(source, context));
      } catch (CompileException e) {
        // a condition with line breaks is a block scalar (| or >): its text starts on the line after the
        // indicator, which is where the value node starts; otherwise the text starts on the node's own line
        int valueLine = f.node(key).map(Node::line).orElse(f.line(key));
        int line = valueLine + e.line() - 1 + (source.contains("\n") ? 1 : 0);
        f.problem(key, line, key + " does not compile (column " + e.column() + "): " + e.getMessage());
        return Optional.empty();
      }
    });
  }

  static List<String> variables(Context context) {
    return List.copyOf(context.variables().keySet());
  }
}
