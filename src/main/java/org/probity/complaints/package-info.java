/**
 * The register of complaints between members and officers: who complained about whom, the
 * route the protocols send the complaint down and the rule that chose it, its stages under a
 * procedure with working-day targets, the Independent Person's views, the outcome, and the
 * case log and figures the Standards Committee sees. Complainant, subject and summary are
 * confidential. The protocol paragraphs a complaint engages come from the protocol version in
 * force on the day it was received, through {@link org.probity.complaints.ProtocolParagraphs}.
 */
package org.probity.complaints;
