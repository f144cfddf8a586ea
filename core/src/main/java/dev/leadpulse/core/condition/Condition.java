package dev.leadpulse.core.condition;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.CelStandardFunctions;
import dev.cel.runtime.CelVariableResolver;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A compiled CEL expression. Two conditions are equal when their source text and context
 * are equal. Evaluation never throws: a failure is reported to {@link ConditionFailures}
 * and the condition reads as false (or, for a value, as absent).
 */
public final class Condition {
  private static final CelOptions OPTIONS = CelOptions.current()
      .enableHeterogeneousNumericComparisons(true)
      .comprehensionMaxIterations(10_000)
      .build();
  /** The standard runtime, with {@code matches} keeping its compiled patterns ({@link Regexes}). */
  private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(OPTIONS)
      .setStandardEnvironmentEnabled(false)
      .setStandardFunctions(CelStandardFunctions.newBuilder()
          .excludeFunctions(CelStandardFunctions.StandardFunction.MATCHES).build())
      .addFunctionBindings(Regexes.bindings(OPTIONS))
      .build();
  /** The options conditions run with (the fast paths decide {@code matches} as they say). */
  static CelOptions options() {
    return OPTIONS;
  }

  private static final Map<Context, CelCompiler> BOOLEAN = compilers(true);
  private static final Map<Context, CelCompiler> VALUE = compilers(false);

  private final String source;
  private final Context context;
  private final CelRuntime.Program program;
  /** Decides common simple shapes without the interpreter; null when this one has none. */
  private final FastPath fast;
  /** The checked expression, for {@link NumericForm}. */
  private final CelExpr expr;
  /**
   * The message CEL gave, twice in a row, when {@link #fast} found the key missing; null
   * until then. CEL's message for a missing key depends only on the expression and the key,
   * so later misses report it without running CEL (and building its exception). Racy
   * writes are harmless: every writer writes the same text.
   */
  private volatile String missingKeyMessage;
  private volatile String lastMissingKeyMessage;
  /** {@link #mayRead} answers, by "variable.field". */
  private final Map<String, Boolean> reads = new java.util.concurrent.ConcurrentHashMap<>();

  private Condition(String source, Context context, CelRuntime.Program program, FastPath fast, CelExpr expr) {
    this.source = source;
    this.context = context;
    this.program = program;
    this.fast = fast;
    this.expr = expr;
  }

  /** Compiles a condition that must be true or false. */
  public static Condition compile(String source, Context context) {
    return build(source, context, BOOLEAN.get(context));
  }

  /** Compiles an expression whose value is used as a key ({@code per:}). */
  public static Condition compileValue(String source, Context context) {
    return build(source, context, VALUE.get(context));
  }

  private static Condition build(String source, Context context, CelCompiler compiler) {
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new CompileException("the expression is empty", 1, 1);
    }
    try {
      CelAbstractSyntaxTree ast = compiler.compile(source).getAst();
      return new Condition(source, context, RUNTIME.createProgram(ast), FastPath.of(ast.getExpr()).orElse(null),
          ast.getExpr());
    } catch (CelValidationException e) {
      CelIssue first = e.getErrors().get(0);
      int line = first.getSourceLocation().getLine();
      int column = first.getSourceLocation().getColumn() + 1;
      return rethrow(first.getMessage(), Math.max(line, 1), Math.max(column, 1));
    } catch (CelEvaluationException e) {
      throw new CompileException(e.getMessage(), 1, 1);
    }
  }

  private static Condition rethrow(String message, int line, int column) {
    throw new CompileException(message, line, column);
  }

  /**
   * Evaluates the condition; a failure, or a result that is not a boolean, is reported for
   * {@code ruleId} and reads as false.
   */
  public boolean test(CelVariableResolver vars, ConditionFailures failures, String ruleId) {
    int decided = FastPath.UNDECIDED;
    if (fast != null) {
      decided = fast.test(vars);
      if (decided == 0 || decided == 1) {
        return decided == 1;
      }
      String known = missingKeyMessage;
      if (decided == FastPath.MISSING && known != null) {
        failures.failed(ruleId, known);
        return false;
      }
    }
    try {
      Object result = program.eval(vars);
      if (result instanceof Boolean b) {
        return b;
      }
      failures.failed(ruleId, "the condition gave " + describe(result) + ", not true or false");
      return false;
    } catch (CelEvaluationException | RuntimeException e) {
      String message = e.getMessage();
      if (decided == FastPath.MISSING && message != null) {
        if (message.equals(lastMissingKeyMessage)) {
          missingKeyMessage = message;
        }
        lastMissingKeyMessage = message;
      }
      failures.failed(ruleId, message);
      return false;
    }
  }

  /**
   * What {@link #test} gives when the fast path decides it without CEL, with no failure: 1 or
   * 0; -1 when CEL would have to evaluate. Reports nothing and changes nothing.
   */
  public int decide(CelVariableResolver vars) {
    if (fast == null) {
      return -1;
    }
    int d = fast.test(vars);
    return d == 0 || d == 1 ? d : -1;
  }

  /** Evaluates the expression for its value; a failure is reported and gives empty. */
  public Optional<Object> value(CelVariableResolver vars, ConditionFailures failures, String ruleId) {
    if (fast != null) {
      String v = fast.value(vars);
      if (v != null) {
        return Optional.of(v);
      }
    }
    try {
      return Optional.ofNullable(program.eval(vars));
    } catch (CelEvaluationException | RuntimeException e) {
      failures.failed(ruleId, e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * As {@link #value}, without the Optional: the value, or null where {@link #value} gives
   * empty (a failure, reported the same way).
   */
  public Object valueOrNull(CelVariableResolver vars, ConditionFailures failures, String ruleId) {
    if (fast != null) {
      String v = fast.value(vars);
      if (v != null) {
        return v;
      }
    }
    try {
      return program.eval(vars);
    } catch (CelEvaluationException | RuntimeException e) {
      failures.failed(ruleId, e.getMessage());
      return null;
    }
  }

  private static String describe(Object result) {
    return result == null ? "null" : result.getClass().getSimpleName() + " " + result;
  }

  /**
   * Whether evaluating may read {@code variable.field} (e.g. {@code account.score}), decided
   * from the expression alone and erring towards yes: false only when every use of
   * {@code variable} selects another named field ({@code account.traits.plan}). Lets a caller
   * skip computing a value no expression reads. Remembered per variable and field.
   */
  public boolean mayRead(String variable, String field) {
    return reads.computeIfAbsent(variable + "." + field, k -> Reads.mayRead(expr, variable, field));
  }

  /** The checked expression. */
  CelExpr expr() {
    return expr;
  }

  /** The expression as written. */
  public String source() {
    return source;
  }

  /** The context it was compiled for. */
  public Context context() {
    return context;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Condition c && c.source.equals(source) && c.context == context;
  }

  @Override
  public int hashCode() {
    return source.hashCode() * 31 + context.hashCode();
  }

  @Override
  public String toString() {
    return source;
  }

  private static Map<Context, CelCompiler> compilers(boolean booleanResult) {
    Map<Context, CelCompiler> out = new EnumMap<>(Context.class);
    for (Context c : Context.values()) {
      CelCompilerBuilder b = CelCompilerFactory.standardCelCompilerBuilder().setOptions(OPTIONS)
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS);
      c.variables().forEach(b::addVar);
      if (booleanResult) {
        b.setResultType(SimpleType.BOOL);
      }
      out.put(c, b.build());
    }
    return out;
  }
}
