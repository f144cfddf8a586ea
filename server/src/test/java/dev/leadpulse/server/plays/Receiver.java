package dev.leadpulse.server.plays;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A local HTTP receiver on 127.0.0.1 and a free (or given) port: records every request (path, headers,
 * body) and answers with the status the test sets (200 by default), with optional headers.
 */
final class Receiver implements AutoCloseable {
  record Request(String path, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().getFirst()).findFirst().orElse("");
    }
  }

  /** The answer to give: a status and headers (name, value pairs). */
  record Answer(int status, String... headers) {}

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
  private final AtomicReference<Answer> answer = new AtomicReference<>(new Answer(200));

  Receiver() {
    this(0);
  }

  /** A receiver on {@code port} of 127.0.0.1 (0: a free one). */
  Receiver(int port) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      requests.add(new Request(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
      Answer a = answer.get();
      for (int i = 0; i < a.headers().length; i += 2) {
        exchange.getResponseHeaders().add(a.headers()[i], a.headers()[i + 1]);
      }
      byte[] out = "ok".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(a.status(), out.length);
      exchange.getResponseBody().write(out);
      exchange.close();
    });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  void answer(Answer a) {
    answer.set(a);
  }

  List<Request> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
