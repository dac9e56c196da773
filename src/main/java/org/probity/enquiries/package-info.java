/**
 * The register of members' enquiries and information requests: receipt, the working-day
 * target and due date, acknowledgement, holding replies, escalation, the answer, refusals with
 * written reasons copied to the Monitoring Officer, and the performance figures the Standards
 * Committee sees.
 */
package org.probity.enquiries;
