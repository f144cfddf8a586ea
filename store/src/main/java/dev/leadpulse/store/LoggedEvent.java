package dev.leadpulse.store;

/** A stored event with its place in the log ({@code seq} grows with every stored event). */
public record LoggedEvent(long seq, StoredEvent stored) {}
