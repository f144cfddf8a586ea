package dev.leadpulse.bench.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the dashboard's pages take to answer, as a signed-in user sees it: signs in through
 * the form, finds the top lead and their account on the inbox, then GETs every page
 * {@code rounds} times (after two warm-up rounds) and prints the median, p95 and worst time of
 * each, and its size. The HTML is the whole cost of a page: styles and scripts are static and
 * cached by the browser.
 *
 * <p>Usage: {@code PageLoad URL USER PASSWORD [ROUNDS]}. Exits 1 when a page does not answer 200.
 */
public final class PageLoad {
  private static final Pattern FIRST_PERSON = Pattern.compile("href=\"(/people/[^\"]+)\" class=\"name\"");
  private static final Pattern FIRST_ACCOUNT = Pattern.compile("href=\"(/accounts/[^\"]+)\"");

  private PageLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: PageLoad URL USER PASSWORD [ROUNDS]");
      System.exit(2);
    }
    String base = args[0];
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10)).build();
    String cookie = signIn(http, base, args[1], args[2]);
    String inbox = get(http, base, "/", cookie).body();
    List<String> pages = new ArrayList<>(List.of("/", "/inbox/rows", "/model", "/plays", "/analytics", "/roi"));
    first(FIRST_PERSON, inbox).ifPresent(p -> pages.add(2, p));
    first(FIRST_ACCOUNT, inbox).ifPresent(a -> pages.add(3, a));
    System.out.printf(Locale.ROOT, "%-44s %9s %9s %9s %9s%n", "page", "median ms", "p95 ms", "max ms", "KB");
    boolean failed = false;
    for (String page : pages) {
      long[] nanos = new long[rounds];
      int size = 0;
      for (int i = -2; i < rounds; i++) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = get(http, base, page, cookie);
        long took = System.nanoTime() - t0;
        if (r.statusCode() != 200) {
          System.out.printf("%-44s answered %d%n", page, r.statusCode());
          failed = true;
          break;
        }
        size = r.body().length();
        if (i >= 0) {
          nanos[i] = took;
        }
      }
      Arrays.sort(nanos);
      System.out.printf(Locale.ROOT, "%-44s %9.1f %9.1f %9.1f %9.1f%n", page.length() > 44 ? page.substring(0, 41)
          + "…" : page, ms(nanos[rounds / 2]), ms(nanos[(int) Math.ceil(rounds * 0.95) - 1]), ms(nanos[rounds - 1]),
          size / 1024.0);
    }
    System.exit(failed ? 1 : 0);
  }

  private static String signIn(HttpClient http, String base, String user, String password) throws Exception {
    String form = "name=" + enc(user) + "&password=" + enc(password) + "&next=/";
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/signin"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    String set = r.headers().firstValue("Set-Cookie").orElseThrow(() -> new IllegalStateException(
        "sign-in refused (" + r.statusCode() + "): check the user and password"));
    return set.substring(0, set.indexOf(';'));
  }

  private static HttpResponse<String> get(HttpClient http, String base, String path, String cookie) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static java.util.Optional<String> first(Pattern pattern, String html) {
    Matcher m = pattern.matcher(html);
    return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
