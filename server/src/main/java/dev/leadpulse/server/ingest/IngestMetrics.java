package dev.leadpulse.server.ingest;

/** What the tracking API counts. Implemented by the server's metrics. */
public interface IngestMetrics {
  void received(int messages);

  void accepted(int events);

  /** One message, or a whole request, refused for {@code reason} (a rejection code). */
  void rejected(String reason, int messages);

  /** How long one request took from its first byte to its answer. */
  void requestNanos(long nanos);

  IngestMetrics NONE = new IngestMetrics() {
    @Override
    public void received(int messages) {}

    @Override
    public void accepted(int events) {}

    @Override
    public void rejected(String reason, int messages) {}

    @Override
    public void requestNanos(long nanos) {}
  };
}
