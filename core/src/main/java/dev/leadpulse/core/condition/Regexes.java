package dev.leadpulse.core.condition;

import com.google.re2j.Pattern;
import dev.cel.common.CelOptions;
import dev.cel.common.exceptions.CelInvalidArgumentException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.RuntimeHelpers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CEL's {@code matches} with compiled patterns kept. The standard function compiles its
 * regular expression on every call (a fit rule like {@code traits.title.matches("…")} did
 * so for every person scored); these bindings replace it and give the same answers and
 * errors: a pattern not yet kept goes through CEL's own {@link RuntimeHelpers#matches}
 * (so compile errors and the program-size check are CEL's), and is kept only when that
 * succeeded; a kept pattern then does what CEL does after compiling, {@code find()} for
 * partial matching, else {@code matches()}. Errors are wrapped as the standard binding
 * wraps them. At most {@value #MAX_KEPT} patterns are kept (conditions' patterns are
 * literals in the model, so a few); beyond that, calls compile as before.
 *
 * <p>The fast path ({@link #decideKept}) also remembers recent answers per kept pattern
 * ({@link MatchMemo}): matching is a pure function of the pattern, the subject and the
 * partial-match option, and a fit rule on {@code traits.title} sees the same few titles
 * again and again, where re2j's matcher was the costliest step of an {@code identify}.
 */
final class Regexes {
  static final int MAX_KEPT = 1024;

  private static final Map<String, Pattern> KEPT = new ConcurrentHashMap<>();
  /** Per pattern the fast path has decided with, its remembered answers (created on first use). */
  private static final Map<String, MatchMemo> MEMOS = new ConcurrentHashMap<>();

  private Regexes() {}

  /** Bindings for the {@code matches} overloads (global and member), to use with the standard MATCHES excluded. */
  static List<CelFunctionBinding> bindings(CelOptions options) {
    return List.of(
        CelFunctionBinding.from("matches", String.class, String.class, (s, re) -> matches(s, re, options)),
        CelFunctionBinding.from("matches_string", String.class, String.class, (s, re) -> matches(s, re, options)));
  }

  /**
   * What {@code s.matches(regex)} gives under {@code options} when the pattern is already
   * kept: 1 or 0; -1 when it is not kept (or matching throws), so CEL must evaluate.
   */
  static int decideKept(String s, String regex, CelOptions options) {
    boolean partial = options.enableRegexPartialMatch();
    MatchMemo memo = MEMOS.get(regex);
    if (memo != null) {
      int known = memo.get(s, partial);
      if (known >= 0) {
        return known;
      }
    }
    Pattern kept = KEPT.get(regex);
    if (kept == null) {
      return -1;
    }
    boolean matched;
    try {
      matched = partial ? kept.matcher(s).find() : kept.matcher(s).matches();
    } catch (RuntimeException e) {
      return -1;
    }
    if (memo == null) {
      // Only kept patterns get a memo, so there are at most MAX_KEPT of them.
      memo = MEMOS.computeIfAbsent(regex, r -> new MatchMemo());
    }
    memo.put(s, partial, matched);
    return matched ? 1 : 0;
  }

  private static Object matches(String s, String regex, CelOptions options) {
    try {
      Pattern kept = KEPT.get(regex);
      if (kept == null) {
        boolean result = RuntimeHelpers.matches(s, regex, options);
        if (KEPT.size() < MAX_KEPT) {
          KEPT.putIfAbsent(regex, Pattern.compile(regex));
        }
        return result;
      }
      return options.enableRegexPartialMatch() ? kept.matcher(s).find() : kept.matcher(s).matches();
    } catch (RuntimeException e) {
      throw new CelInvalidArgumentException(e);
    }
  }
}
