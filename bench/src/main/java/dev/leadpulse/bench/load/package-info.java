/**
 * HTTP load tests of ingestion, each server in its own process: the {@link
 * dev.leadpulse.bench.load.LoadGenerator} (Segment batches over keep-alive HTTP, max throughput and
 * open-loop fixed rate, event-to-score visibility) and the hand-written
 * {@link dev.leadpulse.bench.load.BaselineServer} it is compared with. {@code bench/run-load.sh}
 * runs them side by side.
 */
package dev.leadpulse.bench.load;
