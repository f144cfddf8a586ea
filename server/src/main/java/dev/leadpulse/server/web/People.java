package dev.leadpulse.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A person's name and title as the dashboard shows them, from their merged traits. */
public record People(String name, String title, String email) {

  /** From a traits JSON object; the id stands in for a missing name. Unreadable traits count as none. */
  public static People of(String id, String traitsJson, ObjectMapper json) {
    JsonNode traits;
    try {
      traits = json.readTree(traitsJson.isEmpty() ? "{}" : traitsJson);
    } catch (java.io.IOException e) {
      traits = json.createObjectNode();
    }
    String name = text(traits, "name");
    if (name.isEmpty()) {
      name = (text(traits, "firstName") + " " + text(traits, "lastName")).strip();
    }
    String email = text(traits, "email");
    String company = traits.path("company").isObject() ? text(traits.path("company"), "name") : text(traits, "company");
    String title = text(traits, "title");
    String line = title.isEmpty() ? company : company.isEmpty() ? title : title + " at " + company;
    return new People(name.isEmpty() ? (email.isEmpty() ? id : email) : name, line, email);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.isNull() ? v.asText().strip() : "";
  }
}
