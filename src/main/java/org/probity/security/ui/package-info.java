/** Settings › Users: accounts, and the confidential records granted to clerks and read-only users. */
package org.probity.security.ui;
