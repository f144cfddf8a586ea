package dev.leadpulse.core.condition;

import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * A condition made only of comparisons between numeric variables and number literals,
 * joined by {@code &&}, {@code ||} and {@code !}: {@code score >= 50},
 * {@code category["feature_adoption"] >= 30 && fit >= 10}. It is decided in plain Java from
 * an array of doubles, without the interpreter and without boxing.
 *
 * <p>Exactness: the caller binds every operand to a slot and promises that the slot holds
 * the double CEL would see, finite and never -0.0 (hundredths / 100.0 qualify), and refuses
 * operands it cannot resolve without error (a {@code category} key the model lacks: CEL
 * fails on it). Literals are ints within ±2^53 or finite doubles other than -0.0. With no
 * error possible, CEL's error-absorbing {@code &&}/{@code ||} are the plain ones, and its
 * heterogeneous comparison of such numbers is the plain comparison of doubles.
 */
public final class NumericForm {
  /**
   * A numeric operand: a variable ({@code score}, key null) or a map variable read at a
   * string key ({@code category["x"]} or {@code category.x}).
   */
  public record Operand(String variable, String key) {}

  private sealed interface Node permits Compare, And, Or, Not {}

  private enum Op { LT, LE, GT, GE, EQ, NE }

  private record Compare(int slot, Op op, double literal) implements Node {}

  private record And(Node left, Node right) implements Node {}

  private record Or(Node left, Node right) implements Node {}

  private record Not(Node operand) implements Node {}

  private final Node root;

  private NumericForm(Node root) {
    this.root = root;
  }

  /**
   * The numeric form of {@code condition}, if it has one; {@code slots} gives an operand's
   * slot, or a negative number for an operand the caller cannot guarantee.
   */
  public static Optional<NumericForm> of(Condition condition, ToIntFunction<Operand> slots) {
    return Optional.ofNullable(node(condition.expr(), slots)).map(NumericForm::new);
  }

  /** Whether the condition holds for these operand values. */
  public boolean test(double[] values) {
    return eval(root, values);
  }

  private static boolean eval(Node n, double[] v) {
    return switch (n) {
      case And a -> eval(a.left(), v) && eval(a.right(), v);
      case Or o -> eval(o.left(), v) || eval(o.right(), v);
      case Not x -> !eval(x.operand(), v);
      case Compare c -> {
        double x = v[c.slot()];
        double y = c.literal();
        yield switch (c.op()) {
          case LT -> x < y;
          case LE -> x <= y;
          case GT -> x > y;
          case GE -> x >= y;
          case EQ -> x == y;
          case NE -> x != y;
        };
      }
    };
  }

  private static Node node(CelExpr e, ToIntFunction<Operand> slots) {
    if (e.getKind() != CelExpr.ExprKind.Kind.CALL || e.call().target().isPresent()) {
      return null;
    }
    String f = e.call().function();
    List<CelExpr> args = e.call().args();
    switch (f) {
      case "_&&_", "_||_" -> {
        if (args.size() != 2) {
          return null;
        }
        Node l = node(args.get(0), slots);
        Node r = node(args.get(1), slots);
        return l == null || r == null ? null : f.equals("_&&_") ? new And(l, r) : new Or(l, r);
      }
      case "!_" -> {
        Node x = args.size() == 1 ? node(args.get(0), slots) : null;
        return x == null ? null : new Not(x);
      }
      case "_<_", "_<=_", "_>_", "_>=_", "_==_", "_!=_" -> {
        if (args.size() != 2) {
          return null;
        }
        int left = slot(args.get(0), slots);
        Optional<Double> right = FastPath.number(args.get(1));
        if (left >= 0 && right.isPresent()) {
          return new Compare(left, op(f), right.get());
        }
        int rightSlot = slot(args.get(1), slots);
        Optional<Double> leftNumber = FastPath.number(args.get(0));
        if (rightSlot >= 0 && leftNumber.isPresent()) {
          return new Compare(rightSlot, op(flip(f)), leftNumber.get());
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private static Op op(String function) {
    return switch (function) {
      case "_<_" -> Op.LT;
      case "_<=_" -> Op.LE;
      case "_>_" -> Op.GT;
      case "_>=_" -> Op.GE;
      case "_==_" -> Op.EQ;
      default -> Op.NE;
    };
  }

  /** {@code n OP x} as {@code x OP' n}. */
  private static String flip(String op) {
    return switch (op) {
      case "_<_" -> "_>_";
      case "_<=_" -> "_>=_";
      case "_>_" -> "_<_";
      case "_>=_" -> "_<=_";
      default -> op;
    };
  }

  private static int slot(CelExpr e, ToIntFunction<Operand> slots) {
    return switch (e.getKind()) {
      case IDENT -> slots.applyAsInt(new Operand(e.ident().name(), null));
      case SELECT -> !e.select().testOnly() && e.select().operand().getKind() == CelExpr.ExprKind.Kind.IDENT
          ? slots.applyAsInt(new Operand(e.select().operand().ident().name(), e.select().field())) : -1;
      case CALL -> {
        var call = e.call();
        if (call.function().equals("_[_]") && call.target().isEmpty() && call.args().size() == 2
            && call.args().get(0).getKind() == CelExpr.ExprKind.Kind.IDENT
            && call.args().get(1).getKind() == CelExpr.ExprKind.Kind.CONSTANT
            && call.args().get(1).constant().getKind() == CelConstant.Kind.STRING_VALUE) {
          yield slots.applyAsInt(new Operand(call.args().get(0).ident().name(),
              call.args().get(1).constant().stringValue()));
        }
        yield -1;
      }
      default -> -1;
    };
  }
}
