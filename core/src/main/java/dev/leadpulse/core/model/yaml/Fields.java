package dev.leadpulse.core.model.yaml;

import dev.leadpulse.core.model.Durations;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one YAML map, reporting each problem (unknown key, wrong type, bad
 * value) with its line and the rule it belongs to, and returning empty for a field that has
 * a problem, so that reading goes on and every problem is found at once.
 */
final class Fields {
  private final Node.Mapping map;
  private final String ruleId;
  private final List<Problem> problems;

  Fields(Node.Mapping map, String ruleId, List<Problem> problems, Set<String> allowed, String where) {
    this.map = map;
    this.ruleId = ruleId;
    this.problems = problems;
    for (String key : map.entries().keySet()) {
      if (!allowed.contains(key)) {
        String hint = Suggestions.closest(key, allowed).map(s -> "; did you mean \"" + s + "\"?")
            .orElse("; expected one of " + String.join(", ", allowed.stream().sorted().toList()));
        problems.add(new Problem(map.keyLines().get(key), ruleId, "unknown key \"" + key + "\" in " + where + hint));
      }
    }
  }

  boolean has(String key) {
    Node n = map.entries().get(key);
    return n != null && !(n instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL);
  }

  int line(String key) {
    return map.keyLines().getOrDefault(key, map.line());
  }

  int mapLine() {
    return map.line();
  }

  void problem(String key, String message) {
    problems.add(new Problem(line(key), ruleId, message));
  }

  void problem(String key, int line, String message) {
    problems.add(new Problem(line, ruleId, message));
  }

  Optional<Node> node(String key) {
    return has(key) ? Optional.of(map.entries().get(key)) : Optional.empty();
  }

  /** A text field; numbers and booleans are read as their text (a YAML value `1` for a name). */
  Optional<String> text(String key) {
    return node(key).flatMap(n -> {
      if (n instanceof Node.Scalar s) {
        return Optional.of(s.text());
      }
      problem(key, key + " must be text, not " + n.kind());
      return Optional.empty();
    });
  }

  Optional<String> requiredText(String key, String what) {
    if (!has(key)) {
      problems.add(new Problem(map.line(), ruleId, what + " needs \"" + key + "\""));
      return Optional.empty();
    }
    return text(key);
  }

  Optional<BigDecimal> number(String key) {
    return node(key).flatMap(n -> {
      if (n instanceof Node.Scalar s && (s.type() == Node.Scalar.Type.INTEGER || s.type() == Node.Scalar.Type.DECIMAL)) {
        try {
          return Optional.of(new BigDecimal(s.text().replace("_", "")));
        } catch (NumberFormatException e) {
          // falls through to the problem below
        }
      }
      problem(key, key + " must be a number, not " + describe(n));
      return Optional.empty();
    });
  }

  Optional<Integer> integer(String key, int min, int max) {
    return number(key).flatMap(d -> {
      if (d.stripTrailingZeros().scale() > 0 || d.compareTo(BigDecimal.valueOf(min)) < 0
          || d.compareTo(BigDecimal.valueOf(max)) > 0) {
        problem(key, key + " must be a whole number from " + min + " to " + max + ", not " + d.toPlainString());
        return Optional.empty();
      }
      return Optional.of(d.intValue());
    });
  }

  Optional<Boolean> bool(String key) {
    return node(key).flatMap(n -> {
      if (n instanceof Node.Scalar s && s.type() == Node.Scalar.Type.BOOLEAN) {
        return Optional.of(Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT)));
      }
      problem(key, key + " must be true or false, not " + describe(n));
      return Optional.empty();
    });
  }

  Optional<Duration> duration(String key) {
    return text(key).flatMap(t -> {
      Optional<Duration> d = Durations.parse(t);
      if (d.isEmpty()) {
        problem(key, key + " \"" + t + "\" is not a duration: write a whole number and m, h or d (30m, 24h, 7d)");
      }
      return d;
    });
  }

  /** One text or a list of texts. */
  Optional<List<String>> texts(String key) {
    return node(key).flatMap(n -> {
      if (n instanceof Node.Scalar s && s.type() == Node.Scalar.Type.STRING) {
        return Optional.of(List.of(s.text()));
      }
      if (n instanceof Node.Sequence seq) {
        List<String> out = new ArrayList<>();
        for (Node item : seq.items()) {
          if (item instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL) {
            out.add(s.text());
          } else {
            problems.add(new Problem(item.line(), ruleId, key + " must list texts, not " + item.kind()));
            return Optional.empty();
          }
        }
        return Optional.of(out);
      }
      problem(key, key + " must be text or a list of texts, not " + n.kind());
      return Optional.empty();
    });
  }

  Optional<Node.Mapping> mapping(String key) {
    return node(key).flatMap(n -> {
      if (n instanceof Node.Mapping m) {
        return Optional.of(m);
      }
      problem(key, key + " must be a map, not " + n.kind());
      return Optional.empty();
    });
  }

  Optional<Node.Sequence> sequence(String key) {
    return node(key).flatMap(n -> {
      if (n instanceof Node.Sequence s) {
        return Optional.of(s);
      }
      problem(key, key + " must be a list, not " + n.kind());
      return Optional.empty();
    });
  }

  static String describe(Node n) {
    return n instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL ? "\"" + s.text() + "\"" : n.kind();
  }
}
