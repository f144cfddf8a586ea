package dev.leadpulse.server.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Reads a request body, decompressing {@code Content-Encoding: gzip}, and refuses it with
 * 413 as soon as it grows past the limit (measured after decompression), so a small gzip
 * bomb costs no more than the limit.
 */
final class RequestBody {
  private RequestBody() {}

  static byte[] read(InputStream raw, String contentEncoding, long contentLength, int maxBytes) {
    boolean gzip = contentEncoding != null && contentEncoding.trim().equalsIgnoreCase("gzip");
    if (!gzip && contentLength > maxBytes) {
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

  private static IngestRefused tooLarge(int maxBytes) {
    return new IngestRefused(413, "too_large", "the request body is larger than " + (maxBytes / 1024)
        + " KB (after decompression); send smaller batches");
  }
}
