package dev.leadpulse.server.testing;

import dev.leadpulse.store.Users;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A dashboard user's HTTP session, as a browser would hold it: signed in through the sign-in
 * form, carrying the session cookie, sending forms from the dashboard's own origin. Redirects are
 * not followed, so tests see them.
 */
public final class Signed {
  private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;
  private final String cookie;

  private Signed(String base, String cookie) {
    this.base = base;
    this.cookie = cookie;
  }

  /** Adds {@code name} with {@code role} (and owner, for a rep) to the server's users and signs them in. */
  public static Signed in(TestServer server, String name, Users.Role role, String owner) {
    server.server().store().users().put(name, role, owner, "password-of-" + name);
    return in(server.url(), name, "password-of-" + name);
  }

  /** Signs in through the form; fails unless the server answers with a session cookie. */
  public static Signed in(String base, String name, String password) {
    Http.Response r = form(base, "", "/signin", Map.of("name", name, "password", password, "next", "/"));
    String setCookie = r.header("Set-Cookie").orElseThrow(() -> new AssertionError("no session cookie: " + r));
    return new Signed(base, setCookie.substring(0, setCookie.indexOf(';')));
  }

  /** The session cookie, as sent: {@code name=value}. */
  public String cookie() {
    return cookie;
  }

  public Http.Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).GET());
  }

  /** A GET as htmx sends it (with {@code HX-Request}). */
  public Http.Response htmx(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).header("HX-Request", "true")
        .GET());
  }

  /** POSTs a form from the dashboard's own origin. */
  public Http.Response post(String path, Map<String, String> fields) {
    return form(base, cookie, path, fields);
  }

  private static Http.Response form(String base, String cookie, String path, Map<String, String> fields) {
    String body = new LinkedHashMap<>(fields).entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!cookie.isEmpty()) {
      b.header("Cookie", cookie);
    }
    return send(b);
  }

  private static Http.Response send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = CLIENT.send(b.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      return new Http.Response(r.statusCode(), r.headers(), r.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
