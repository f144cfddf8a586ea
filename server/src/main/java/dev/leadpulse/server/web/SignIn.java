package dev.leadpulse.server.web;

import dev.leadpulse.store.Users;
import dev.leadpulse.store.Users.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Signing in and out, and the guard in front of every dashboard page. A session is a random
 * token in an HTTP-only, SameSite=Strict cookie, valid for {@link #SESSION}; forms that change
 * anything must also come from this origin. A page asked for without a session redirects to the
 * sign-in form (htmx requests get an {@code HX-Redirect}), which returns to it after.
 */
public final class SignIn {
  static final String COOKIE = "leadpulse_session";
  static final Duration SESSION = Duration.ofDays(7);
  private static final String VIEWER = "leadpulse.viewer";

  private final Users users;
  private final Templates templates;
  private final Clock clock;

  SignIn(Users users, Templates templates, Clock clock) {
    this.users = users;
    this.templates = templates;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/signin", this::form);
    routes.post("/signin", this::signIn);
    routes.post("/signout", this::signOut);
  }

  /** The signed-in user of a page request; only valid behind {@link #guard}. */
  public static User viewer(Context ctx) {
    return ctx.attribute(VIEWER);
  }

  /** Refuses a change that only an admin may make. */
  public static void requireAdmin(Context ctx) {
    if (!viewer(ctx).isAdmin()) {
      throw new ForbiddenResponse("only an admin can do this; you are signed in as a rep");
    }
  }

  /** Before every dashboard page: a valid session, and for changes, a same-origin request. */
  void guard(Context ctx) {
    Optional<User> user = Optional.ofNullable(ctx.cookie(COOKIE)).flatMap(t -> users.session(t, clock.millis()));
    if (user.isEmpty()) {
      String back = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
      String to = "/signin?next=" + Format.encode(ctx.method().name().equals("GET") ? back : "/");
      if (ctx.header("HX-Request") != null) {
        ctx.header("HX-Redirect", to).status(401);
      } else {
        ctx.redirect(to);
      }
      ctx.skipRemainingHandlers();
      return;
    }
    if (!ctx.method().name().equals("GET") && !sameOrigin(ctx)) {
      throw new ForbiddenResponse("this form must be sent from the dashboard itself");
    }
    ctx.attribute(VIEWER, user.get());
  }

  private void form(Context ctx) {
    templates.render(ctx, "signin.jte", Map.of("next", safeNext(ctx.queryParam("next")), "error", ""));
  }

  private void signIn(Context ctx) {
    String name = String.valueOf(ctx.formParam("name")).strip();
    String password = String.valueOf(ctx.formParam("password"));
    String next = safeNext(ctx.formParam("next"));
    Optional<User> user = users.verify(name, password);
    if (user.isEmpty()) {
      ctx.status(401);
      templates.render(ctx, "signin.jte", Map.of("next", next, "error", "That name and password do not match."));
      return;
    }
    long expires = clock.millis() + SESSION.toMillis();
    String token = users.openSession(user.get().name(), expires);
    Cookie cookie = new Cookie(COOKIE, token, "/", (int) SESSION.toSeconds(), ctx.scheme().equals("https"), true,
        null, SameSite.STRICT);
    ctx.cookie(cookie);
    ctx.redirect(next);
  }

  private void signOut(Context ctx) {
    Optional.ofNullable(ctx.cookie(COOKIE)).ifPresent(users::closeSession);
    ctx.removeCookie(COOKIE, "/");
    ctx.redirect("/signin");
  }

  private static boolean sameOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || origin.equals("null")) {
      return ctx.header("Sec-Fetch-Site") == null || "same-origin".equals(ctx.header("Sec-Fetch-Site"));
    }
    String host = ctx.header("Host");
    return host != null && host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
  }

  /** Only paths on this server: never an absolute URL elsewhere. */
  private static String safeNext(String next) {
    return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
  }
}
