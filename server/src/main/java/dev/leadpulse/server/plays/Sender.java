package dev.leadpulse.server.plays;

import dev.leadpulse.store.Delivery;

/** Sends one delivery over its channel, once. Never throws: a failure is a {@link Sent}. */
interface Sender {
  Sent send(Delivery d, long now);
}
