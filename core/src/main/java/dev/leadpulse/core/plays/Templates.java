package dev.leadpulse.core.plays;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}} placeholders in action texts. Known names: {@code person.id},
 * {@code person.name}, {@code person.email}, {@code person.score}, {@code person.stage},
 * {@code account.id}, {@code owner.name}, {@code owner.email}, {@code play.id},
 * {@code trigger.summary}, {@code trigger.reasons}, {@code person.url}. An unknown name is
 * left as written (and refused when the plays file is read).
 */
public final class Templates {
  /** The names a template may use. */
  public static final java.util.Set<String> NAMES = java.util.Set.of("person.id", "person.name", "person.email",
      "person.score", "person.stage", "account.id", "owner.name", "owner.email", "play.id", "trigger.summary",
      "trigger.reasons", "person.url");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_.]+)\\s*}}");

  private Templates() {}

  public static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The placeholder names in {@code template} that are not known. */
  public static java.util.List<String> unknown(String template) {
    Matcher m = PLACEHOLDER.matcher(template);
    java.util.List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      if (!NAMES.contains(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return out;
  }
}
