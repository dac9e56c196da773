/**
 * The register of complaints between members and officers: who complained about whom, the
 * route the protocols send the complaint down and the rule that chose it, its stages under a
 * procedure with working-day targets, the Independent Person's views, the outcome, and the
 * case log and figures the Standards Committee sees. Complainant, subject and summary are
 * confidential.
 */
package org.probity.complaints;
