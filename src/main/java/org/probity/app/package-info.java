/**
 * The JavaFX application shell and {@link org.probity.app.AppContext}, the one place where
 * the database, services and screens are put together: the main window, its menus, global
 * search, the first-run choice, and the window layout remembered between sessions.
 */
package org.probity.app;
