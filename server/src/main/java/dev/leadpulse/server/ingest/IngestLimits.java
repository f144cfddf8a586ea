package dev.leadpulse.server.ingest;

/**
 * The tracking API's size limits, measured after decompression.
 *
 * @param maxMessageBytes most bytes one message may take (Segment: 32 KB)
 * @param maxRequestBytes most bytes one request body may take (Segment: 500 KB)
 * @param maxBatchMessages most messages one batch may hold (Segment: 2,500)
 */
public record IngestLimits(int maxMessageBytes, int maxRequestBytes, int maxBatchMessages) {
  public static final IngestLimits SEGMENT = new IngestLimits(32 * 1024, 500 * 1024, 2_500);

  public IngestLimits {
    if (maxMessageBytes <= 0 || maxRequestBytes < maxMessageBytes || maxBatchMessages <= 0) {
      throw new IllegalArgumentException("limits must be positive, and a request at least as large as a message");
    }
  }
}
