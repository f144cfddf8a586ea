/**
 * Plays: what happens when a lead heats up or cools down. The plays file's model (owners,
 * {@link dev.leadpulse.core.plays.Play}s with a {@link dev.leadpulse.core.plays.Trigger},
 * {@link dev.leadpulse.core.plays.Action}s, cooldown and priority) and the pure decision
 * ({@link dev.leadpulse.core.plays.Decider}): given one person's change and the play state,
 * which plays fire, which are suppressed and why. No I/O, no clock: the server feeds it
 * inside the scoring transaction and writes what it decides.
 */
package dev.leadpulse.core.plays;
