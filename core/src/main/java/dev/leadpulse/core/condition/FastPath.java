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
 * <p>The same shapes on {@code traits.K}; {@code traits.K.matches("re")}, decided (with
 * {@link Regexes}' kept pattern, as CEL's binding would) only for a String value and a
 * pattern already kept; {@code has(V.K)} for V {@code properties} or {@code traits}, which
 * on a map is key presence and cannot fail; and {@code a && b} of handled shapes: false
 * when either side is decided false (CEL's {@code &&} is false then, even if the other side
 * fails), true when both are decided true, else left to CEL.
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

  private enum Op { EQUALS, STARTS_WITH, IN, VALUE, LESS, LESS_EQ, GREATER, GREATER_EQ, HAS, MATCHES, AND }

  private final Op op;
  private final String variable;
  private final String key;
  private final String literal;
  private final List<String> literals;
  private final double number;
  /** For {@link Op#AND}: the two sides. */
  private final FastPath left;
  private final FastPath right;

  private FastPath(Op op, String variable, String key, String literal, List<String> literals) {
    this(op, variable, key, literal, literals, 0);
  }

  private FastPath(Op op, String variable, String key, String literal, List<String> literals, double number) {
    this.op = op;
    this.variable = variable == null ? null : variable.intern();
    this.key = key == null ? null : key.intern();
    this.literal = literal;
    this.literals = literals;
    this.number = number;
    this.left = null;
    this.right = null;
  }

  private FastPath(FastPath left, FastPath right) {
    this.op = Op.AND;
    this.variable = null;
    this.key = null;
    this.literal = null;
    this.literals = null;
    this.number = 0;
    this.left = left;
    this.right = right;
  }

  /** The shortcut for a checked expression, if it has one of the handled shapes. */
  static Optional<FastPath> of(CelExpr e) {
    if (e.getKind() == CelExpr.ExprKind.Kind.SELECT && e.select().testOnly()) {
      return field(e, true).map(f -> new FastPath(Op.HAS, f[0], f[1], null, null));
    }
    if (e.getKind() == CelExpr.ExprKind.Kind.SELECT) {
      return field(e).map(f -> new FastPath(Op.VALUE, f[0], f[1], null, null));
    }
    if (e.getKind() != CelExpr.ExprKind.Kind.CALL) {
      return Optional.empty();
    }
    CelExpr.CelCall call = e.call();
    List<CelExpr> args = call.args();
    switch (call.function()) {
      case "_&&_" -> {
        if (call.target().isEmpty() && args.size() == 2) {
          Optional<FastPath> l = of(args.get(0)).filter(f -> f.op != Op.VALUE);
          Optional<FastPath> r = of(args.get(1)).filter(f -> f.op != Op.VALUE);
          if (l.isPresent() && r.isPresent()) {
            return Optional.of(new FastPath(l.get(), r.get()));
          }
        }
      }
      case "matches" -> {
        if (call.target().isPresent() && args.size() == 1) {
          Optional<String[]> f = field(call.target().get());
          Optional<String> s = string(args.get(0));
          if (f.isPresent() && s.isPresent()) {
            return Optional.of(new FastPath(Op.MATCHES, f.get()[0], f.get()[1], s.get(), null));
          }
        }
      }
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

  /** {@code properties.K} or {@code traits.K} (a field select, not a {@code has()} test): {variable, key}. */
  private static Optional<String[]> field(CelExpr e) {
    return field(e, false);
  }

  /** As {@link #field(CelExpr)}, for a {@code has()} test when {@code testOnly}. */
  private static Optional<String[]> field(CelExpr e, boolean testOnly) {
    if (e.getKind() != CelExpr.ExprKind.Kind.SELECT || e.select().testOnly() != testOnly) {
      return Optional.empty();
    }
    CelExpr operand = e.select().operand();
    if (operand.getKind() != CelExpr.ExprKind.Kind.IDENT) {
      return Optional.empty();
    }
    String name = operand.ident().name();
    if (!name.equals("properties") && !name.equals("traits")) {
      return Optional.empty();
    }
    return Optional.of(new String[] {name, e.select().field()});
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
    if (op == Op.AND) {
      // CEL's && is false when either side is false, whatever the other (even an error);
      // true when both are. Anything else (an error, or a side left to CEL) goes to CEL.
      int l = left.test(vars);
      if (l == 0) {
        return 0;
      }
      int r = right.test(vars);
      if (r == 0) {
        return 0;
      }
      return l == 1 && r == 1 ? 1 : UNDECIDED;
    }
    Object v = vars instanceof Variables known ? known.member(variable, key) : Variables.lookup(resolve(vars), key);
    if (v == Variables.NOT_A_MAP) {
      return UNDECIDED;
    }
    if (op == Op.HAS) {
      // has() on a map: whether the key is present; no error is possible.
      return bit(v != Variables.ABSENT);
    }
    if (v == Variables.ABSENT) {
      return MISSING;
    }
    if (v == null) {
      return UNDECIDED;
    }
    if (v instanceof String s) {
      return switch (op) {
        case EQUALS -> bit(s.equals(literal));
        case STARTS_WITH -> bit(s.startsWith(literal));
        case IN -> bit(literals.contains(s));
        case MATCHES -> {
          int d = Regexes.decideKept(s, literal, Condition.options());
          yield d < 0 ? UNDECIDED : d;
        }
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
