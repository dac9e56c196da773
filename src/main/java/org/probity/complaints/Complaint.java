package org.probity.complaints;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probity.people.PersonRef;

/**
 * A complaint in the register. {@code complainant}, {@code subject} and {@code summary} are
 * confidential: a complaint read by someone not allowed to see them has them {@code null} and
 * {@code confidentialShown} false. {@code routeReason} is given when the route differs from the
 * one the rules proposed ({@code routeRule} keeps what they proposed and why). {@code stages}
 * are those reached so far, in order; the last is the current one until the complaint is decided.
 */
public record Complaint(Long id, ComplaintReference reference, LocalDate receivedOn, ReceivedHow receivedHow,
                        ComplaintDirection direction, PersonRef complainant, PersonRef subject,
                        ComplaintCategory category, String paragraphs, String summary, boolean allegesCodeBreach,
                        ComplaintRoute route, String routeRule, String routeReason, String procedureCode,
                        List<ComplaintStage> stages, ComplaintDecision decision, LocalDate reviewRequestedOn,
                        String reviewResult, boolean confidentialShown) {

    public Complaint {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    /** A complaint as logged, before the register gives it a reference, route rule and first stage. */
    public static Complaint logged(LocalDate receivedOn, ReceivedHow how, ComplaintDirection direction,
                                   PersonRef complainant, PersonRef subject, ComplaintCategory category,
                                   String paragraphs, String summary, boolean allegesCodeBreach,
                                   ComplaintRoute route, String routeReason) {
        return new Complaint(null, null, receivedOn, how, direction, complainant, subject, category, paragraphs,
                summary, allegesCodeBreach, route, null, routeReason, null, List.of(), null, null, null, true);
    }

    public ComplaintStatus status() {
        return decision == null ? ComplaintStatus.OPEN : ComplaintStatus.CLOSED;
    }

    public boolean isOpen() {
        return decision == null;
    }

    public Optional<ComplaintStage> currentStage() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }

    public boolean isIndependentPersonConsulted() {
        return stages.stream().anyMatch(ComplaintStage::isIndependentPersonConsulted);
    }

    /** Whether any stage missed a target, judged on {@code today} for the stage still open. */
    public boolean isLate(LocalDate today) {
        return stages.stream().anyMatch(s -> s.isLate(today));
    }

    public boolean isRouteOverridden() {
        return routeReason != null && !routeReason.isBlank();
    }

    public Complaint withStages(List<ComplaintStage> newStages) {
        return new Complaint(id, reference, receivedOn, receivedHow, direction, complainant, subject, category,
                paragraphs, summary, allegesCodeBreach, route, routeRule, routeReason, procedureCode, newStages,
                decision, reviewRequestedOn, reviewResult, confidentialShown);
    }

    public Complaint withDecision(ComplaintDecision newDecision) {
        return new Complaint(id, reference, receivedOn, receivedHow, direction, complainant, subject, category,
                paragraphs, summary, allegesCodeBreach, route, routeRule, routeReason, procedureCode, stages,
                newDecision, reviewRequestedOn, reviewResult, confidentialShown);
    }

    public Complaint withReview(LocalDate requestedOn, String result) {
        return new Complaint(id, reference, receivedOn, receivedHow, direction, complainant, subject, category,
                paragraphs, summary, allegesCodeBreach, route, routeRule, routeReason, procedureCode, stages,
                decision, requestedOn, result, confidentialShown);
    }

    public Complaint withRoute(ComplaintReference ref, String rule, String procedure) {
        return new Complaint(id, ref, receivedOn, receivedHow, direction, complainant, subject, category,
                paragraphs, summary, allegesCodeBreach, route, rule, routeReason, procedure, stages,
                decision, reviewRequestedOn, reviewResult, confidentialShown);
    }

    /** The paragraph numbers engaged, as listed in {@code paragraphs} ("8.2, 8.3" or "8.2; 8.3"). */
    public List<String> paragraphNumbers() {
        return splitParagraphs(paragraphs);
    }

    public static List<String> splitParagraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("[,;]")).map(String::strip).filter(n -> !n.isEmpty())
                .distinct().toList();
    }

    /** The details a clerk may correct after logging; route, stages and outcome are unchanged. */
    public Complaint withDetails(LocalDate newReceivedOn, ReceivedHow newHow, ComplaintCategory newCategory,
                                 String newParagraphs, String newSummary, PersonRef newComplainant,
                                 PersonRef newSubject) {
        return new Complaint(id, reference, newReceivedOn, newHow, direction, newComplainant, newSubject,
                newCategory, newParagraphs, newSummary, allegesCodeBreach, route, routeRule, routeReason,
                procedureCode, stages, decision, reviewRequestedOn, reviewResult, confidentialShown);
    }

    /** The same complaint with the confidential fields left out. */
    public Complaint withoutConfidential() {
        return new Complaint(id, reference, receivedOn, receivedHow, direction, null, null, category, paragraphs,
                null, allegesCodeBreach, route, routeRule, routeReason, procedureCode, stages, decision,
                reviewRequestedOn, reviewResult, false);
    }
}
