/**
 * The scoring engine: a person's state updated event by event in event-time order
 * ({@link dev.leadpulse.core.engine.Engine#apply}), read as of any later time
 * ({@link dev.leadpulse.core.engine.Engine#read}), and the {@link
 * dev.leadpulse.core.engine.Scoreboard} that takes events in any order, resolves
 * identities and accounts, and replays only the people a late event concerns.
 *
 * <p>Contract: the result for a person equals a replay of the person's events in event-time
 * order, whatever order they arrived in. All amounts are hundredths in a {@code long}.
 */
package dev.leadpulse.core.engine;
