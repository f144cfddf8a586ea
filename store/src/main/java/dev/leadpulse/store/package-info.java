/**
 * Storage and files behind narrow interfaces: reading event files
 * ({@link dev.leadpulse.store.NdjsonEvents}); the event log, people, scores and outbox on
 * SQLite and PostgreSQL come with the server.
 */
package dev.leadpulse.store;
