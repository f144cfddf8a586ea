package dev.leadpulse.server.api;

import dev.leadpulse.store.Credentials;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Guards {@code /api/}: {@code Authorization: Bearer <admin token>}, checked against the
 * stored hashes. Known tokens are cached.
 */
public final class AdminAuth implements Handler {
  private final Credentials credentials;
  private final Set<String> known = ConcurrentHashMap.newKeySet();

  public AdminAuth(Credentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public void handle(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ApiException(401, "unauthorized", "send an admin token: Authorization: Bearer <token>");
    }
    String token = header.substring(7).trim();
    if (known.contains(token)) {
      return;
    }
    if (!credentials.isAdminToken(token)) {
      throw new ApiException(401, "unauthorized", "unknown admin token");
    }
    known.add(token);
  }
}
