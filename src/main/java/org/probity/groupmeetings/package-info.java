/**
 * The register of officers' attendance at political group meetings and private group
 * briefings: who asked, which officers were asked and how they answered, the controls the
 * protocols require (the Chief Executive's authorisation, the officer's report to the
 * Monitoring Officer, the notice to the other groups and the same briefing offered to them),
 * the alerts for controls not yet done, and the parity of treatment between groups.
 */
package org.probity.groupmeetings;
