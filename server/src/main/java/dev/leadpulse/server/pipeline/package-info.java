/**
 * Real-time scoring: a single writer thread takes accepted events, scores them on the
 * in-memory {@link dev.leadpulse.core.engine.Scoreboard}, and commits the events together with
 * every score, stage change and account they changed in one transaction (group commit: many
 * requests share one commit). It also wakes people whose inactivity award or decay-driven
 * stage change falls due, and swaps in a rescored board when a new model is published.
 */
package dev.leadpulse.server.pipeline;
