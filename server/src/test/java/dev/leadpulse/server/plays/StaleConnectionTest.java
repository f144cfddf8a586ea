package dev.leadpulse.server.plays;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.plays.Plays;
import dev.leadpulse.store.Delivery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A receiver that closes a kept-alive connection just as it is reused must not delay an alert
 * by a backoff of seconds: the sender tries once more at once on a fresh connection. The
 * receiver here answers the first request of each connection and drops the connection on the
 * second, without a word, as a server closing an idle connection does.
 */
class StaleConnectionTest {
  private ServerSocket server;
  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicInteger dropped = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().start(() -> {
      while (!server.isClosed()) {
        try {
          Socket s = server.accept();
          Thread.ofVirtual().start(() -> serve(s));
        } catch (IOException e) {
          return;
        }
      }
    });
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  @Test
  void aDroppedKeptAliveConnectionIsRetriedAtOnceOnAFreshOne() {
    HttpSender sender = new HttpSender(() -> Plays.NONE);
    String url = "http://127.0.0.1:" + server.getLocalPort() + "/hook/slack";

    Sent first = sender.send(delivery("d-1", url), 0);
    Sent second = sender.send(delivery("d-2", url), 0);

    assertThat(first).isInstanceOf(Sent.Delivered.class);
    assertThat(second).as("after the receiver dropped the kept-alive connection").isInstanceOf(Sent.Delivered.class);
    assertThat(dropped.get()).as("the reused connection was dropped").isEqualTo(1);
    assertThat(answered.get()).isEqualTo(2);
  }

  private void serve(Socket s) {
    try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
      for (int request = 0; readRequest(in); request++) {
        if (request > 0) {
          dropped.incrementAndGet();
          return;
        }
        answered.incrementAndGet();
        out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  /** Reads one request (head and Content-Length body); false at the end of the stream. */
  private static boolean readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return false;
      }
      head.write(b);
      matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
    }
    int length = 0;
    for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
      }
    }
    in.readNBytes(length);
    return true;
  }

  private static Delivery delivery(String id, String url) {
    return new Delivery(id, "u-1", "p", "slack", url, 0, "", "{\"text\":\"hi\"}", "pending", 0, 0, "", 0, 0);
  }
}
