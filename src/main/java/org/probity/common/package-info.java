/**
 * The few types every feature shares: validation problems named by field, the version of
 * Probity, and the UK date formats used on screen and in files.
 */
package org.probity.common;
