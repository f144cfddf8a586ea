package dev.leadpulse.server.pipeline;

/** What the scoring pipeline reports. Implemented by the server's metrics. */
public interface PipelineMetrics {
  /** One group commit: how many events it stored, and how long scoring and committing took. */
  void committed(int events, long scoringNanos, long commitNanos);

  /** People woken by the scheduler. */
  void wokeUp(int people);

  /** A request's events became visible in the scores this long after they were received. */
  void visibleAfter(long millis);

  PipelineMetrics NONE = new PipelineMetrics() {
    @Override
    public void committed(int events, long scoringNanos, long commitNanos) {}

    @Override
    public void wokeUp(int people) {}

    @Override
    public void visibleAfter(long millis) {}
  };
}
