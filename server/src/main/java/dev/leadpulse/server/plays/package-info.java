/**
 * Plays in the server: the {@link dev.leadpulse.server.plays.PlayReactor} decides plays inside
 * the scoring commit (with {@link dev.leadpulse.core.plays.Decider}) and adds their rows (history,
 * tasks, owners, the outbox) to the same transaction; the
 * {@link dev.leadpulse.server.plays.DeliveryWorker} drains the outbox to Slack, signed webhooks
 * and email, at least once each, with backoff and a dead-letter list.
 */
package dev.leadpulse.server.plays;
