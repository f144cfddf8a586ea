package dev.leadpulse.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;

/** Reading JSON request bodies, with errors that say what is wrong and where. */
final class Bodies {
  private Bodies() {}

  static JsonNode object(ObjectMapper json, Context ctx) {
    JsonNode body;
    try {
      body = json.readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      throw ApiException.badRequest("the body is not valid JSON: " + e.getMessage());
    }
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest("the body must be a JSON object");
    }
    return body;
  }

  static String text(JsonNode body, String field, boolean required) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw ApiException.badRequest("\"" + field + "\" is required");
      }
      return "";
    }
    if (!v.isTextual()) {
      throw ApiException.badRequest("\"" + field + "\" must be a string");
    }
    return v.textValue();
  }
}
