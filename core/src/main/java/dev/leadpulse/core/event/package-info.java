/**
 * Events as the engine sees them: Segment messages, checked and normalised once, in
 * event-time order ({@link dev.leadpulse.core.event.Event#ORDER}).
 */
package dev.leadpulse.core.event;
