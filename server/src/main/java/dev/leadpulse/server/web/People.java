package dev.leadpulse.server.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.core.event.PersonNames;
import java.util.Map;

/** A person's name and title as the dashboard shows them, from their merged traits. */
public record People(String name, String title, String email) {
  private static final TypeReference<Map<String, Object>> TRAITS = new TypeReference<>() {};

  /** From merged traits; the email, else the id, stands in for a missing name ({@link PersonNames}). */
  public static People of(String id, Map<String, ?> traits) {
    String name = PersonNames.of(traits);
    String email = text(traits.get("email"));
    String company = traits.get("company") instanceof Map<?, ?> c ? text(c.get("name")) : text(traits.get("company"));
    String title = text(traits.get("title"));
    String line = title.isEmpty() ? company : company.isEmpty() ? title : title + " at " + company;
    return new People(name.isEmpty() ? (email.isEmpty() ? id : email) : name, line, email);
  }

  /** From traits stored as a JSON object; unreadable traits count as none. */
  public static People of(String id, String traitsJson, ObjectMapper json) {
    Map<String, Object> traits;
    try {
      traits = traitsJson.isEmpty() ? Map.of() : json.readValue(traitsJson, TRAITS);
    } catch (java.io.IOException e) {
      traits = Map.of();
    }
    return of(id, traits);
  }

  private static String text(Object value) {
    return value instanceof String || value instanceof Number || value instanceof Boolean
        ? value.toString().strip() : "";
  }
}
