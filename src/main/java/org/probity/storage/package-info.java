/**
 * Where records are kept: the data folder, the H2 file or PostgreSQL server, Flyway migrations,
 * and the transaction that every write runs in. Generated jOOQ classes live in
 * {@code org.probity.storage.schema} (built from the migrations, never committed).
 */
package org.probity.storage;
