/**
 * Records management: the retention schedule (how long each register keeps a record after its
 * trigger, and whether it is then anonymised or deleted), the records due for disposal, legal
 * holds that stop a disposal, the disposal itself with its attachments and the personal values
 * in its audit history, and the disposal log, which is never personal.
 */
package org.probity.retention;
