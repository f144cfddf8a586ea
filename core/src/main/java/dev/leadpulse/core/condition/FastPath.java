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
 *
 * <p>Also {@code properties.K OP n} with OP one of {@code < <= > >=} and {@code n} a number
 * literal (an int within ±2^53, or a finite double other than -0.0): decided only when the
 * value under {@code K} is a {@link Double} that is neither NaN nor -0.0, where CEL's
 * heterogeneous comparison is the plain comparison of two doubles.
 *
 * <p>When {@code properties} is a map without {@code K}, every handled shape fails in CEL
 * ("key not present"); {@link #test} then answers {@link #MISSING}, and the caller may
 * reuse the failure message CEL gave for this condition before (see {@link Condition}).
 */
final class FastPath {
  static final int UNDECIDED = -1;
  /** {@code properties} is a map without the key: CEL fails, always with the same message. */
  static final int MISSING = -2;
  /** Ints within ±2^53 convert to double exactly. */
  private static final long EXACT_INT = 1L << 53;

  private enum Op { EQUALS, STARTS_WITH, IN, VALUE, LESS, LESS_EQ, GREATER, GREATER_EQ }

  private final Op op;
  private final String variable;
  private final String key;
  private final String literal;
  private final List<String> literals;
  private final double number;

  private FastPath(Op op, String variable, String key, String literal, List<String> literals) {
    this(op, variable, key, literal, literals, 0);
  }

  private FastPath(Op op, String variable, String key, String literal, List<String> literals, double number) {
    this.op = op;
    this.variable = variable;
    this.key = key;
    this.literal = literal;
    this.literals = literals;
    this.number = number;
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
      case "_<_", "_<=_", "_>_", "_>=_" -> {
        if (call.target().isEmpty() && args.size() == 2) {
          Optional<String[]> f = field(args.get(0));
          Optional<Double> n = number(args.get(1));
          if (f.isPresent() && n.isPresent()) {
            Op op = switch (call.function()) {
              case "_<_" -> Op.LESS;
              case "_<=_" -> Op.LESS_EQ;
              case "_>_" -> Op.GREATER;
              default -> Op.GREATER_EQ;
            };
            return Optional.of(new FastPath(op, f.get()[0], f.get()[1], null, null, n.get()));
          }
        }
      }
      default -> { }
    }
    return Optional.empty();
  }

  /** A number literal that converts to a double exactly and compares plainly: see the class comment. */
  static Optional<Double> number(CelExpr e) {
    if (e.getKind() != CelExpr.ExprKind.Kind.CONSTANT) {
      return Optional.empty();
    }
    CelConstant c = e.constant();
    if (c.getKind() == CelConstant.Kind.INT64_VALUE && c.int64Value() >= -EXACT_INT && c.int64Value() <= EXACT_INT) {
      return Optional.of((double) c.int64Value());
    }
    if (c.getKind() == CelConstant.Kind.DOUBLE_VALUE && Double.isFinite(c.doubleValue())
        && Double.doubleToRawLongBits(c.doubleValue()) != Long.MIN_VALUE) {
      return Optional.of(c.doubleValue());
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

  /** The variable's value, or null when absent. */
  private Object resolve(CelVariableResolver vars) {
    return vars instanceof Variables v ? v.value(variable) : vars.find(variable).orElse(null);
  }

  /** The String under the key, or null when CEL must decide. */
  private String lookup(CelVariableResolver vars) {
    if (resolve(vars) instanceof Map<?, ?> m && m.get(key) instanceof String s) {
      return s;
    }
    return null;
  }

  /**
   * 1 for true, 0 for false, {@link #MISSING} when {@code properties} is a map without the
   * key (CEL fails), {@link #UNDECIDED} when CEL must evaluate.
   */
  int test(CelVariableResolver vars) {
    if (op == Op.VALUE) {
      return UNDECIDED;
    }
    if (!(resolve(vars) instanceof Map<?, ?> m)) {
      return UNDECIDED;
    }
    Object v = m.get(key);
    if (v == null) {
      return m.containsKey(key) ? UNDECIDED : MISSING;
    }
    if (v instanceof String s) {
      return switch (op) {
        case EQUALS -> bit(s.equals(literal));
        case STARTS_WITH -> bit(s.startsWith(literal));
        case IN -> bit(literals.contains(s));
        default -> UNDECIDED;
      };
    }
    if (v instanceof Double d && !d.isNaN() && Double.doubleToRawLongBits(d) != Long.MIN_VALUE) {
      double x = d;
      return switch (op) {
        case LESS -> bit(x < number);
        case LESS_EQ -> bit(x <= number);
        case GREATER -> bit(x > number);
        case GREATER_EQ -> bit(x >= number);
        default -> UNDECIDED;
      };
    }
    return UNDECIDED;
  }

  private static int bit(boolean b) {
    return b ? 1 : 0;
  }

  /** The value of {@code properties.K} when it is a String, or null when CEL must evaluate. */
  String value(CelVariableResolver vars) {
    return op == Op.VALUE ? lookup(vars) : null;
  }
}
