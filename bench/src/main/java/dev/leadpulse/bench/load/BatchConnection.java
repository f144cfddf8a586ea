package dev.leadpulse.bench.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection that posts batch bodies, over a plain blocking socket
 * with {@code TCP_NODELAY}: for one sender, which sends its batches one after another. The
 * request head ({@code Host}, {@code Content-Type: application/json}, {@code Authorization},
 * {@code Content-Length}) is put just before the body in the body's own {@link ByteBuilder},
 * so each request goes out in one write without the body being copied.
 *
 * <p>Connects on first use, and again after an I/O error, after an answer with
 * {@code Connection: close}, and after 10 s unused (servers close idle connections, Jetty
 * after 30 s by default, and a request written as the server closes is lost). Waits at most
 * 5 s to connect and 30 s for an answer. Not thread-safe.
 */
final class BatchConnection implements AutoCloseable {
  private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
  private static final int READ_TIMEOUT_MILLIS = 30_000;
  private static final long MAX_IDLE_NANOS = 10_000_000_000L;
  private static final byte[] HEAD_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SUCCESS = "\"success\":true".getBytes(StandardCharsets.US_ASCII);

  private final String host;
  private final int port;
  /** The request line and headers up to {@code Content-Length}'s value. */
  private final byte[] headStart;
  private final ByteBuilder head = new ByteBuilder(256);
  private Socket socket;
  private HttpResponseReader responses;
  private long lastAnswered;

  /**
   * A connection for {@code POST} requests to {@code url} ({@code http} only), with
   * {@code authorization} as the {@code Authorization} header's value.
   */
  BatchConnection(URI url, String authorization) {
    if (!"http".equalsIgnoreCase(url.getScheme())) {
      throw new IllegalArgumentException("only http:// is supported for batches, not " + url);
    }
    this.host = url.getHost();
    this.port = url.getPort() < 0 ? 80 : url.getPort();
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    this.headStart = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
        + "\r\nContent-Type: application/json\r\nAuthorization: " + authorization + "\r\nContent-Length: ")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** An empty buffer for this connection's bodies, with room before them for its request head. */
  ByteBuilder newBody(int capacity) {
    return new ByteBuilder(headStart.length + 20 + HEAD_END.length, capacity);
  }

  /**
   * Posts the contents of {@code body} as a request's body; true when the server acknowledged
   * it ({@code 200} with {@code "success":true} in the answer, spaces ignored). False for any
   * other answer, and for an I/O error, after which the connection is dropped and the next
   * post connects anew. Afterwards {@code body} holds the whole request, head and body.
   */
  boolean post(ByteBuilder body) {
    head.clear().append(headStart).appendDecimal(body.length()).append(HEAD_END);
    body.prepend(head.array(), head.start(), head.length());
    try {
      if (socket != null && System.nanoTime() - lastAnswered > MAX_IDLE_NANOS) {
        close();
      }
      if (socket == null) {
        connect();
      }
      socket.getOutputStream().write(body.array(), body.start(), body.length());
      HttpResponseReader.Response response = responses.read();
      lastAnswered = System.nanoTime();
      if (response.closes()) {
        close();
      }
      return response.status() == 200 && containsIgnoringSpaces(response.body(), SUCCESS);
    } catch (IOException e) {
      close();
      return false;
    }
  }

  /** Closes the socket, if open; the next post connects anew. */
  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // the connection is dropped either way
      }
      socket = null;
      responses = null;
    }
  }

  private void connect() throws IOException {
    Socket s = new Socket();
    try {
      s.setTcpNoDelay(true);
      s.setSoTimeout(READ_TIMEOUT_MILLIS);
      s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
      responses = new HttpResponseReader(s.getInputStream());
      socket = s;
    } catch (IOException e) {
      s.close();
      throw e;
    }
  }

  /** Whether {@code text} holds {@code word} once the spaces in {@code text} are dropped. */
  private static boolean containsIgnoringSpaces(byte[] text, byte[] word) {
    for (int from = 0; from < text.length; from++) {
      int i = from;
      int matched = 0;
      while (matched < word.length && i < text.length) {
        if (text[i] == ' ') {
          i++;
        } else if (text[i] == word[matched]) {
          i++;
          matched++;
        } else {
          break;
        }
      }
      if (matched == word.length) {
        return true;
      }
    }
    return false;
  }
}
