/**
 * What LeadPulse keeps, behind narrow interfaces: {@link dev.leadpulse.store.Store} (opened
 * from a JDBC URL, SQLite or PostgreSQL) with its event log, scores, credentials, model
 * versions and dispositions, and the records they read and write; and reading event files
 * ({@link dev.leadpulse.store.NdjsonEvents}). The SQL lives in
 * {@code dev.leadpulse.store.jdbc}; {@link dev.leadpulse.store.StoreException} is the one
 * exception the store throws for a database failure.
 */
package dev.leadpulse.store;
