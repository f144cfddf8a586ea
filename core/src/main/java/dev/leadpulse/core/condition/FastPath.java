package dev.leadpulse.core.condition;

import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.runtime.CelVariableResolver;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A shortcut for the commonest engagement conditions, which decides them without the CEL
 * interpreter when, and only when, the answer is certain; otherwise it answers
 * {@link #UNDECIDED} and the caller runs CEL, which then also reports any failure exactly
 * as before.
 *
 * <p>Shapes handled, {@code K} a map key and the literals plain strings:
 * {@code properties.K == "s"}, {@code properties.K.startsWith("s")},
 * {@code properties.K in ["a", "b"]} and, for values, {@code properties.K}. They are decided
 * only when {@code properties} resolves to a map holding a {@link String} under {@code K}:
 * then CEL's result is plain string equality, prefix or membership, with no error. A
 * missing key, a null or a value of another type (where CEL may fail, or compare numbers
 * across types) is left to CEL.
 */
final class FastPath {
  static final int UNDECIDED = -1;

  private enum Op { EQUALS, STARTS_WITH, IN, VALUE }

  private final Op op;
  private final String variable;
  private final String key;
  private final String literal;
  private final List<String> literals;

  private FastPath(Op op, String variable, String key, String literal, List<String> literals) {
    this.op = op;
    this.variable = variable;
    this.key = key;
    this.literal = literal;
    this.literals = literals;
  }

  /** The shortcut for a checked expression, if it has one of the handled shapes. */
  static Optional<FastPath> of(CelExpr e) {
    if (e.getKind() == CelExpr.ExprKind.Kind.SELECT) {
      return field(e).map(f -> new FastPath(Op.VALUE, f[0], f[1], null, null));
    }
    if (e.getKind() != CelExpr.ExprKind.Kind.CALL) {
      return Optional.empty();
    }
    CelExpr.CelCall call = e.call();
    List<CelExpr> args = call.args();
    switch (call.function()) {
      case "_==_" -> {
        if (call.target().isEmpty() && args.size() == 2) {
          Optional<String[]> f = field(args.get(0));
          Optional<String> s = string(args.get(1));
          if (f.isPresent() && s.isPresent()) {
            return Optional.of(new FastPath(Op.EQUALS, f.get()[0], f.get()[1], s.get(), null));
          }
        }
      }
      case "startsWith" -> {
        if (call.target().isPresent() && args.size() == 1) {
          Optional<String[]> f = field(call.target().get());
          Optional<String> s = string(args.get(0));
          if (f.isPresent() && s.isPresent()) {
            return Optional.of(new FastPath(Op.STARTS_WITH, f.get()[0], f.get()[1], s.get(), null));
          }
        }
      }
      case "@in" -> {
        if (call.target().isEmpty() && args.size() == 2 && args.get(1).getKind() == CelExpr.ExprKind.Kind.LIST
            && args.get(1).list().optionalIndices().isEmpty()) {
          Optional<String[]> f = field(args.get(0));
          List<String> values = new java.util.ArrayList<>();
          for (CelExpr item : args.get(1).list().elements()) {
            Optional<String> s = string(item);
            if (s.isEmpty()) {
              return Optional.empty();
            }
            values.add(s.get());
          }
          if (f.isPresent()) {
            return Optional.of(new FastPath(Op.IN, f.get()[0], f.get()[1], null, List.copyOf(values)));
          }
        }
      }
      default -> { }
    }
    return Optional.empty();
  }

  /** {@code properties.K} (a field select, not a {@code has()} test): {variable, key}. */
  private static Optional<String[]> field(CelExpr e) {
    if (e.getKind() != CelExpr.ExprKind.Kind.SELECT || e.select().testOnly()) {
      return Optional.empty();
    }
    CelExpr operand = e.select().operand();
    if (operand.getKind() != CelExpr.ExprKind.Kind.IDENT || !operand.ident().name().equals("properties")) {
      return Optional.empty();
    }
    return Optional.of(new String[] {"properties", e.select().field()});
  }

  private static Optional<String> string(CelExpr e) {
    if (e.getKind() == CelExpr.ExprKind.Kind.CONSTANT
        && e.constant().getKind() == CelConstant.Kind.STRING_VALUE) {
      return Optional.of(e.constant().stringValue());
    }
    return Optional.empty();
  }

  /** The String under the key, or null when CEL must decide. */
  private String lookup(CelVariableResolver vars) {
    Optional<Object> map = vars.find(variable);
    if (map.isPresent() && map.get() instanceof Map<?, ?> m && m.get(key) instanceof String s) {
      return s;
    }
    return null;
  }

  /** 1 for true, 0 for false, {@link #UNDECIDED} when CEL must evaluate. */
  int test(CelVariableResolver vars) {
    if (op == Op.VALUE) {
      return UNDECIDED;
    }
    String s = lookup(vars);
    if (s == null) {
      return UNDECIDED;
    }
    boolean result = switch (op) {
      case EQUALS -> s.equals(literal);
      case STARTS_WITH -> s.startsWith(literal);
      case IN -> literals.contains(s);
      case VALUE -> throw new AssertionError();
    };
    return result ? 1 : 0;
  }

  /** The value of {@code properties.K} when it is a String, or null when CEL must evaluate. */
  String value(CelVariableResolver vars) {
    return op == Op.VALUE ? lookup(vars) : null;
  }
}
