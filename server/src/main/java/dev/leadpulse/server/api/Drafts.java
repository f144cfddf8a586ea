package dev.leadpulse.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.leadpulse.core.model.yaml.Problem;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A YAML draft (a model or a plays file) sent to be validated or published: the YAML text itself
 * as the body ({@code Content-Type: application/yaml} or text), or JSON
 * {@code {"yaml": "…", "author": "…"}}; and the problems found in one, as JSON.
 */
final class Drafts {
  /** The draft's text, and who sent it (empty when not said). */
  record Draft(String yaml, String author) {}

  private Drafts() {}

  /** The draft in {@code ctx}'s body; 400 when there is none. {@code what} names it in the error: "the model". */
  static Draft read(ObjectMapper json, Context ctx, String what) {
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    if (type.startsWith("application/json")) {
      JsonNode body = Bodies.object(json, ctx);
      return new Draft(Bodies.text(body, "yaml", true), Bodies.text(body, "author", false));
    }
    String text = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
    if (text.isBlank()) {
      throw ApiException.badRequest("send " + what + "'s YAML as the body");
    }
    return new Draft(text, "");
  }

  /** {@code [{"line", "rule", "message"}, …]}; {@code rule} names the rule, stage, play or owner, or is empty. */
  static ArrayNode problems(ObjectMapper json, List<Problem> problems) {
    ArrayNode a = json.createArrayNode();
    for (Problem p : problems) {
      a.addObject().put("line", p.line()).put("rule", p.ruleId()).put("message", p.message());
    }
    return a;
  }
}
