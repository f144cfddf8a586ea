package dev.leadpulse.core.condition;

import dev.cel.common.types.CelType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a condition is written, which decides the variables it sees.
 *
 * <ul>
 *   <li>{@link #EVENT}: engagement rules' {@code when} and {@code per}: {@code event}
 *       ({@code name}, {@code type}, {@code timestamp} as epoch milliseconds),
 *       {@code properties}, and {@code traits}, {@code account}, {@code email_domain} as
 *       they stood at the event's time.</li>
 *   <li>{@link #FIT}: fit rules: {@code traits}, {@code account}, {@code email_domain}.</li>
 *   <li>{@link #STAGE}: stages: as fit, plus {@code score}, {@code fit}, {@code engagement}
 *       (numbers), {@code category} (category → engagement points) and {@code stage}.</li>
 * </ul>
 * {@code account} is a map with {@code id} and {@code traits}.
 */
public enum Context {
  EVENT, FIT, STAGE;

  private static final CelType JSON_MAP = MapType.create(SimpleType.STRING, SimpleType.DYN);

  /** The variables of this context and their types. */
  public Map<String, CelType> variables() {
    Map<String, CelType> vars = new LinkedHashMap<>();
    if (this == EVENT) {
      vars.put("event", JSON_MAP);
      vars.put("properties", JSON_MAP);
    }
    vars.put("traits", JSON_MAP);
    vars.put("account", JSON_MAP);
    vars.put("email_domain", SimpleType.STRING);
    if (this == STAGE) {
      vars.put("score", SimpleType.DOUBLE);
      vars.put("fit", SimpleType.DOUBLE);
      vars.put("engagement", SimpleType.DOUBLE);
      vars.put("category", MapType.create(SimpleType.STRING, SimpleType.DOUBLE));
      vars.put("stage", SimpleType.STRING);
    }
    return vars;
  }
}
