package dev.leadpulse.server.api;

import dev.leadpulse.core.model.yaml.InvalidModelException;
import dev.leadpulse.store.StoreException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where exceptions become HTTP statuses and {@code {"code", "message"}} bodies. */
public final class ApiErrors {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  private ApiErrors() {}

  public static void register(RoutesConfig routes) {
    routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.code(), e.getMessage()));
    routes.exception(InvalidModelException.class, (e, ctx) -> send(ctx, 422, "invalid_model", e.getMessage()));
    routes.exception(IllegalArgumentException.class, (e, ctx) -> send(ctx, 400, "bad_request", e.getMessage()));
    routes.exception(StoreException.class, (e, ctx) -> {
      LOG.error("store failure on {} {}", ctx.method(), ctx.path(), e);
      send(ctx, 503, "store_unavailable", "the store failed: " + e.getMessage());
    });
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
      send(ctx, 500, "internal", "an unexpected error; the server log has the details");
    });
    routes.error(404, "*", ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        send(ctx, 404, "not_found", "no such endpoint: " + ctx.method() + " " + ctx.path());
      }
    });
  }

  static void send(Context ctx, int status, String code, String message) {
    ctx.status(status).json(Map.of("code", code, "message", message == null ? "" : message));
  }
}
