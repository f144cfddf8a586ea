package dev.leadpulse.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The batch client against a scripted HTTP server: the request it writes, the answers it reads, its reconnects. */
class BatchConnectionTest {
  private static final String OK = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n"
      + "{\"success\":true}";
  /** Closes the connection instead of answering. */
  private static final String DROP = "";

  private ScriptedServer server;
  private BatchConnection connection;

  @BeforeEach
  void start() throws IOException {
    server = new ScriptedServer();
    connection = new BatchConnection(URI.create("http://127.0.0.1:" + server.port() + "/v1/batch"), "Basic a2V5LTE6");
  }

  @AfterEach
  void stop() throws IOException {
    connection.close();
    server.close();
  }

  private boolean post(String body) {
    ByteBuilder b = connection.newBody(16);
    b.append(body.getBytes(StandardCharsets.UTF_8));
    return connection.post(b);
  }

  @Test
  void writesTheHeadAndBodyAndKeepsTheConnection() {
    server.answer(OK, OK);
    assertThat(post("{\"batch\":[]}")).isTrue();
    assertThat(post("{\"batch\":[\"é\"]}")).isTrue();

    assertThat(server.requests()).containsExactly(
        "POST /v1/batch HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nContent-Type: application/json\r\n"
            + "Authorization: Basic a2V5LTE6\r\nContent-Length: 12\r\n\r\n{\"batch\":[]}",
        "POST /v1/batch HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nContent-Type: application/json\r\n"
            + "Authorization: Basic a2V5LTE6\r\nContent-Length: 16\r\n\r\n{\"batch\":[\"é\"]}");
    assertThat(server.connections()).isEqualTo(1);
  }

  @Test
  void readsChunkedAnswersAndIgnoresSpaces() {
    server.answer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        + "9;ext=1\r\n{\"success\r\n9\r\n\": true}\n\r\n0\r\nTrailer: x\r\n\r\n", OK);
    assertThat(post("{}")).isTrue();
    assertThat(post("{}")).isTrue();
    assertThat(server.connections()).isEqualTo(1);
  }

  @Test
  void onlyA200WithSuccessIsAnAcknowledgement() {
    server.answer("HTTP/1.1 500 Server Error\r\nContent-Length: 16\r\n\r\n{\"success\":true}",
        "HTTP/1.1 200 OK\r\ncontent-length: 17\r\n\r\n{\"success\":false}",
        "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n", OK);
    assertThat(post("{}")).isFalse();
    assertThat(post("{}")).isFalse();
    assertThat(post("{}")).isFalse();
    assertThat(post("{}")).isTrue();
    assertThat(server.connections()).isEqualTo(1);
  }

  @Test
  void reconnectsAfterConnectionCloseAndAfterADroppedConnection() {
    server.answer("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 16\r\n\r\n{\"success\":true}",
        DROP, "HTTP/1.0 200 OK\r\n\r\n{\"success\":true}", OK);
    assertThat(post("{}")).isTrue();
    assertThat(post("{}")).isFalse();
    assertThat(post("{}")).isTrue();
    assertThat(post("{}")).isTrue();
    assertThat(server.connections()).isEqualTo(4);
  }

  @Test
  void aServerThatIsGoneIsAFailureNotAnException() throws IOException {
    server.close();
    assertThat(post("{}")).isFalse();
  }

  /**
   * Answers each request, on any connection, with the next scripted response, then closes the
   * connection if that response ends its body by closing or says {@code Connection: close}.
   */
  private static final class ScriptedServer implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    ScriptedServer() throws IOException {
      Thread.ofPlatform().daemon().start(this::accept);
    }

    int port() {
      return socket.getLocalPort();
    }

    void answer(String... responses) {
      answers.addAll(List.of(responses));
    }

    List<String> requests() {
      return requests;
    }

    int connections() {
      return connections.get();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }

    private void accept() {
      try {
        while (true) {
          Socket s = socket.accept();
          connections.incrementAndGet();
          Thread.ofPlatform().daemon().start(() -> serve(s));
        }
      } catch (IOException closed) {
        // the test is over
      }
    }

    private void serve(Socket s) {
      try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
        while (true) {
          String request = readRequest(in);
          if (request == null) {
            return;
          }
          requests.add(request);
          String answer = answers.poll(5, TimeUnit.SECONDS);
          if (answer == null || answer.equals(DROP)) {
            return;
          }
          out.write(answer.getBytes(StandardCharsets.UTF_8));
          out.flush();
          if (answer.startsWith("HTTP/1.0") || answer.contains("Connection: close")) {
            return;
          }
        }
      } catch (IOException | InterruptedException e) {
        // the connection is over
      }
    }

    /** A request's head and body as text, or null when the client closed the connection. */
    private static String readRequest(InputStream in) throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          return null;
        }
        head.write(b);
      }
      String text = head.toString(StandardCharsets.ISO_8859_1);
      int at = text.indexOf("Content-Length: ") + "Content-Length: ".length();
      int length = Integer.parseInt(text.substring(at, text.indexOf("\r\n", at)));
      byte[] body = in.readNBytes(length);
      return text + new String(body, StandardCharsets.UTF_8);
    }
  }
}
