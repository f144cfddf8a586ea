/**
 * LeadPulse's pure core: events, the scoring model, conditions and the engine.
 *
 * <p>Nothing here does I/O, reads the clock or starts threads. The server, the offline
 * {@code score} command and (later) the stream mode all call this code, so they give the
 * same answer for the same model, events and {@code asOf}.
 */
package dev.leadpulse.core;
