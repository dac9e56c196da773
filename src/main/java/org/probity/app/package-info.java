/**
 * The JavaFX application shell and {@link org.probity.app.AppContext}, the one place where
 * the database, services and screens are put together.
 */
package org.probity.app;
