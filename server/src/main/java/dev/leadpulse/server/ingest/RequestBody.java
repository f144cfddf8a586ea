package dev.leadpulse.server.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Reads a request body, decompressing {@code Content-Encoding: gzip}, and refuses it with
 * 413 as soon as it grows past the limit (measured after decompression), so a small gzip
 * bomb costs no more than the limit. Before refusing, what is left of the body is read and thrown
 * away, up to {@link #DRAIN_LIMIT} bytes on the wire: a client still sending when the server
 * answers and closes would otherwise see the connection reset instead of the 413.
 */
final class RequestBody {
  /** The most of a refused body read and thrown away; past it the connection is simply closed. */
  static final int DRAIN_LIMIT = 8 * 1024 * 1024;

  private RequestBody() {}

  static byte[] read(InputStream raw, String contentEncoding, long contentLength, int maxBytes) {
    boolean gzip = contentEncoding != null && contentEncoding.trim().equalsIgnoreCase("gzip");
    if (!gzip && contentLength > maxBytes) {
      drain(raw);
      throw tooLarge(maxBytes);
    }
    if (contentEncoding != null && !contentEncoding.isBlank() && !gzip
        && !contentEncoding.trim().equalsIgnoreCase("identity")) {
      throw new IngestRefused(415, "unsupported_encoding",
          "Content-Encoding \"" + contentEncoding + "\" is not supported (use gzip or none)");
    }
    try (InputStream in = gzip ? new GZIPInputStream(raw, 8192) : raw) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(contentLength > 0 && !gzip ? (int) contentLength : 8192);
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        if (out.size() + n > maxBytes) {
          drain(raw);
          throw tooLarge(maxBytes);
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new IngestRefused(400, "invalid_body", gzip
          ? "the body is not valid gzip: " + e.getMessage()
          : "the body could not be read: " + e.getMessage());
    }
  }

  /** Reads and discards up to {@link #DRAIN_LIMIT} bytes of {@code raw}; a failure to read ends it quietly. */
  private static void drain(InputStream raw) {
    byte[] buf = new byte[16 * 1024];
    long drained = 0;
    try {
      int n;
      while (drained < DRAIN_LIMIT && (n = raw.read(buf)) > 0) {
        drained += n;
      }
    } catch (IOException e) {
      // the client went away: there is nobody left to answer
    }
  }

  private static IngestRefused tooLarge(int maxBytes) {
    return new IngestRefused(413, "too_large", "the request body is larger than " + (maxBytes / 1024)
        + " KB (after decompression); send smaller batches");
  }
}
