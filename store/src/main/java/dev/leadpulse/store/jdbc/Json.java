package dev.leadpulse.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.core.event.JsonValues;
import dev.leadpulse.store.StoreException;
import java.util.Collection;
import java.util.Map;

/**
 * Events' properties and traits as JSON text. Read back through {@link JsonValues#toMap}, so
 * that numbers come back as {@code Double} and the map equals what the core built.
 */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String EMPTY = "{}";

  private Json() {}

  /**
   * {@code values} as a JSON object. Written by hand for the values an event holds (strings,
   * numbers, booleans, lists and maps): the committer writes two per event, and a general
   * serializer spent more time finding how to write each value than writing it.
   */
  static String write(Map<String, Object> values) {
    if (values.isEmpty()) {
      return EMPTY;
    }
    StringBuilder out = new StringBuilder(64 + 24 * values.size());
    object(values, out);
    return out.toString();
  }

  private static void object(Map<?, ?> values, StringBuilder out) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> field : values.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(String.valueOf(field.getKey()), out);
      out.append(':');
      value(field.getValue(), out);
    }
    out.append('}');
  }

  private static void value(Object v, StringBuilder out) {
    switch (v) {
      case null -> out.append("null");
      case String s -> string(s, out);
      case Boolean b -> out.append(b.booleanValue());
      case Double d when d.isNaN() || d.isInfinite() -> throw new StoreException("cannot write " + d + " as JSON");
      case Float f when f.isNaN() || f.isInfinite() -> throw new StoreException("cannot write " + f + " as JSON");
      case Number n -> out.append(n);
      case Map<?, ?> m -> object(m, out);
      case Collection<?> list -> {
        out.append('[');
        boolean first = true;
        for (Object item : list) {
          if (!first) {
            out.append(',');
          }
          first = false;
          value(item, out);
        }
        out.append(']');
      }
      default -> throw new StoreException("cannot write a " + v.getClass().getName() + " as JSON");
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** The JSON object {@code text} as an unmodifiable map. */
  static Map<String, Object> read(String text) {
    if (text.equals(EMPTY)) {
      return Map.of();
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored JSON is not readable: " + e.getOriginalMessage(), e);
    }
    if (!node.isObject()) {
      throw new StoreException("stored JSON is not an object: " + abbreviate(text));
    }
    return JsonValues.toMap(node);
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
