package dev.leadpulse.server.web;

import dev.leadpulse.store.Users.User;
import io.javalin.http.Context;
import java.util.Map;

/** The friendly page for a person or account that does not exist: status 404, in the dashboard's frame. */
final class NotFound {
  private NotFound() {}

  static void render(Context ctx, Templates templates, User viewer, String title, String message) {
    ctx.status(404);
    templates.render(ctx, "unknown.jte", Map.of("chrome", new Chrome(title, "", viewer), "message", message));
  }
}
