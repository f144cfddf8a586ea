package dev.leadpulse.core.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns JSON into the plain values conditions see. Every number becomes a {@code Double}
 * (JSON has one number type; conditions compare numbers across int and double), null
 * values are dropped (a condition reading them finds the key absent), and nesting deeper
 * than {@link #MAX_DEPTH} is refused.
 */
public final class JsonValues {
  /** The deepest nesting accepted in properties and traits. */
  public static final int MAX_DEPTH = 32;

  private JsonValues() {}

  /** Thrown for nesting deeper than {@link #MAX_DEPTH}. */
  public static final class TooDeepException extends RuntimeException {
    TooDeepException() {
      super("nested deeper than " + MAX_DEPTH + " levels", null, false, false);
    }
  }

  /** An unmodifiable map of the object's fields; {@code node} must be an object. */
  public static Map<String, Object> toMap(JsonNode node) {
    return toMap(node, 1);
  }

  private static Map<String, Object> toMap(JsonNode node, int depth) {
    if (depth > MAX_DEPTH) {
      throw new TooDeepException();
    }
    if (node.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      Object value = toValue(field.getValue(), depth);
      if (value != null) {
        out.put(field.getKey(), value);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static Object toValue(JsonNode node, int depth) {
    return switch (node.getNodeType()) {
      case OBJECT -> toMap(node, depth + 1);
      case ARRAY -> toList(node, depth + 1);
      case NUMBER -> node.doubleValue();
      case BOOLEAN -> node.booleanValue();
      case STRING -> node.textValue();
      case BINARY, POJO -> node.asText();
      case NULL, MISSING -> null;
    };
  }

  private static List<Object> toList(JsonNode node, int depth) {
    if (depth > MAX_DEPTH) {
      throw new TooDeepException();
    }
    List<Object> out = new ArrayList<>(node.size());
    for (JsonNode item : node) {
      Object value = toValue(item, depth);
      if (value != null) {
        out.add(value);
      }
    }
    return Collections.unmodifiableList(out);
  }
}
