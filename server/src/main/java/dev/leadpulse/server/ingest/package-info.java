/**
 * The Segment-compatible tracking API: {@code /v1/track}, {@code /v1/batch}, {@code /v1/import}
 * and the rest. Reads and checks requests (write key, size limits, gzip, JSON), turns each
 * message into a stored event or a precise rejection, and acknowledges only once the
 * accepted events are durably committed by an {@link dev.leadpulse.server.ingest.EventSink}.
 */
package dev.leadpulse.server.ingest;
