package dev.leadpulse.bench.load;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads HTTP/1.1 responses, one after another, from a keep-alive connection's input: the
 * status line, the headers, and the body, delimited by {@code Content-Length}, by
 * {@code Transfer-Encoding: chunked} or, failing both, by the end of the stream. Not
 * thread-safe.
 */
final class HttpResponseReader {
  /** A response: its status, its body, and whether the server closes the connection after it. */
  record Response(int status, byte[] body, boolean closes) {}

  private static final int MAX_LINE = 8192;

  private final InputStream in;
  private final byte[] buffer = new byte[8192];
  private int position;
  private int limit;

  HttpResponseReader(InputStream in) {
    this.in = in;
  }

  /** The next response, read whole; {@link EOFException} when the stream ends before it does. */
  Response read() throws IOException {
    String statusLine = line();
    if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || statusLine.charAt(8) != ' ') {
      throw new IOException("not an HTTP/1.x status line: " + statusLine);
    }
    int status = statusCode(statusLine);
    boolean closes = statusLine.startsWith("HTTP/1.0");
    long contentLength = -1;
    boolean chunked = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      if (colon <= 0) {
        throw new IOException("malformed header: " + header);
      }
      String name = header.substring(0, colon).trim();
      String value = header.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        contentLength = parseLength(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        chunked = value.toLowerCase(Locale.ROOT).endsWith("chunked");
      } else if (name.equalsIgnoreCase("Connection")) {
        String tokens = value.toLowerCase(Locale.ROOT);
        closes = tokens.contains("close") || (closes && !tokens.contains("keep-alive"));
      }
    }
    if (chunked) {
      return new Response(status, chunkedBody(), closes);
    }
    if (contentLength >= 0) {
      return new Response(status, bytes(contentLength), closes);
    }
    if (status == 204 || status == 304) {
      return new Response(status, new byte[0], closes);
    }
    return new Response(status, rest(), true);
  }

  private static int statusCode(String statusLine) throws IOException {
    int code = 0;
    for (int i = 9; i < 12; i++) {
      char c = statusLine.charAt(i);
      if (c < '0' || c > '9') {
        throw new IOException("malformed status line: " + statusLine);
      }
      code = code * 10 + (c - '0');
    }
    return code;
  }

  private static long parseLength(String value) throws IOException {
    try {
      long length = Long.parseLong(value);
      if (length >= 0 && length <= Integer.MAX_VALUE) {
        return length;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IOException("bad Content-Length: " + value);
  }

  private byte[] chunkedBody() throws IOException {
    ByteBuilder body = new ByteBuilder(256);
    while (true) {
      String sizeLine = line();
      int extension = sizeLine.indexOf(';');
      String hex = (extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim();
      long size;
      try {
        size = Long.parseLong(hex, 16);
      } catch (NumberFormatException e) {
        throw new IOException("bad chunk size: " + sizeLine);
      }
      if (size < 0 || body.length() + size > Integer.MAX_VALUE) {
        throw new IOException("bad chunk size: " + sizeLine);
      }
      if (size == 0) {
        while (!line().isEmpty()) {
          // trailer fields, not used
        }
        return body.toByteArray();
      }
      body.append(bytes(size));
      if (!line().isEmpty()) {
        throw new IOException("chunk not followed by CRLF");
      }
    }
  }

  /** Exactly {@code length} bytes. */
  private byte[] bytes(long length) throws IOException {
    byte[] b = new byte[(int) length];
    int at = 0;
    while (at < b.length) {
      if (position == limit && !fill()) {
        throw new EOFException("stream ended " + (b.length - at) + " bytes before the body's end");
      }
      int n = Math.min(limit - position, b.length - at);
      System.arraycopy(buffer, position, b, at, n);
      position += n;
      at += n;
    }
    return b;
  }

  /** Everything up to the end of the stream. */
  private byte[] rest() throws IOException {
    ByteBuilder body = new ByteBuilder(256);
    while (position < limit || fill()) {
      body.append(buffer, position, limit - position);
      position = limit;
    }
    return body.toByteArray();
  }

  /** One line without its CRLF (or bare LF), as ISO-8859-1. */
  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    while (true) {
      if (position == limit && !fill()) {
        throw new EOFException("stream ended within a line: " + line);
      }
      byte b = buffer[position++];
      if (b == '\n') {
        int length = line.length();
        if (length > 0 && line.charAt(length - 1) == '\r') {
          line.setLength(length - 1);
        }
        return line.toString();
      }
      if (line.length() == MAX_LINE) {
        throw new IOException("line longer than " + MAX_LINE + " bytes");
      }
      line.append((char) (b & 0xff));
    }
  }

  /** Reads more into the empty buffer; false at the end of the stream. */
  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }
}
