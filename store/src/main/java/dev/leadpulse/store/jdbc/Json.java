package dev.leadpulse.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.core.event.JsonValues;
import dev.leadpulse.store.StoreException;
import java.util.Map;

/**
 * Events' properties and traits as JSON text. Read back through {@link JsonValues#toMap}, so
 * that numbers come back as {@code Double} and the map equals what the core built.
 */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String EMPTY = "{}";

  private Json() {}

  static String write(Map<String, Object> values) {
    if (values.isEmpty()) {
      return EMPTY;
    }
    try {
      return MAPPER.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write values as JSON: " + e.getOriginalMessage(), e);
    }
  }

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
