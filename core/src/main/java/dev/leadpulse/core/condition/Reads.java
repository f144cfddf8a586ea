package dev.leadpulse.core.condition;

import dev.cel.common.ast.CelExpr;

/**
 * Which fields of a map variable an expression may read, decided from its checked syntax tree
 * without evaluating it. Errs towards "may read": only a use of the variable as the operand of
 * a select of another named field ({@code account.traits}, {@code has(account.id)}) is known not
 * to read {@code field}; any other use (the whole map, an index {@code account["score"]}, a
 * comprehension variable of the same name) counts as reading every field.
 */
final class Reads {
  private Reads() {}

  static boolean mayRead(CelExpr e, String variable, String field) {
    return switch (e.getKind()) {
      case IDENT -> e.ident().name().equals(variable);
      case SELECT -> {
        CelExpr operand = e.select().operand();
        if (operand.getKind() == CelExpr.ExprKind.Kind.IDENT && operand.ident().name().equals(variable)) {
          yield e.select().field().equals(field);
        }
        yield mayRead(operand, variable, field);
      }
      case CALL -> (e.call().target().isPresent() && mayRead(e.call().target().get(), variable, field))
          || e.call().args().stream().anyMatch(a -> mayRead(a, variable, field));
      case LIST -> e.list().elements().stream().anyMatch(x -> mayRead(x, variable, field));
      case MAP -> e.map().entries().stream()
          .anyMatch(x -> mayRead(x.key(), variable, field) || mayRead(x.value(), variable, field));
      case STRUCT -> e.struct().entries().stream().anyMatch(x -> mayRead(x.value(), variable, field));
      case COMPREHENSION -> {
        CelExpr.CelComprehension c = e.comprehension();
        yield mayRead(c.iterRange(), variable, field) || mayRead(c.accuInit(), variable, field)
            || mayRead(c.loopCondition(), variable, field) || mayRead(c.loopStep(), variable, field)
            || mayRead(c.result(), variable, field);
      }
      default -> false;
    };
  }
}
