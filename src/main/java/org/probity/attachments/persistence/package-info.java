/** Attachments and their content, chunk by chunk, in their tables. */
package org.probity.attachments.persistence;
