package org.probity.complaints;

/**
 * The route the rules propose for a complaint, the rule that chose it in words a clerk can
 * check, and who would handle the first stage ({@code null} when the directory names nobody).
 */
public record ProposedRoute(ComplaintRoute route, String rule, Long handlerId) {
}
