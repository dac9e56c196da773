/**
 * The retention schedule, legal holds and disposal log in the database, and disposals carried
 * out on the registers' tables.
 */
package org.probity.retention.persistence;
