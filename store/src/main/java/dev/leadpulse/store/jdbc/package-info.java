/**
 * The store on JDBC: one implementation for SQLite (embedded, the default) and PostgreSQL,
 * with the few differences between them kept in {@link dev.leadpulse.store.jdbc.Dialect}.
 * Only {@link dev.leadpulse.store.jdbc.JdbcStore} is public; callers see the interfaces of
 * {@code dev.leadpulse.store}.
 *
 * <p>The schema is migrated with Flyway from {@code db/migration/sqlite} or
 * {@code db/migration/postgresql} when a store is opened. Every {@link java.sql.SQLException}
 * leaves this package as a {@link dev.leadpulse.store.StoreException} that names the
 * operation and the database.
 */
package dev.leadpulse.store.jdbc;
