package org.probity.relationships;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probity.people.PersonRef;

/**
 * A declared relationship between two people. The description is confidential: exports and
 * Open reports leave it out unless asked.
 */
public record Declaration(Long id, Reference reference, PersonRef partyA, PersonRef partyB, RelationshipKind kind,
                          String kindOther, LocalDate since, PersonRef declaredBy, LocalDate declaredOn,
                          NotificationMethod how, NotifiedTo declaredTo, String description,
                          DeclarationStatus status, Decision decision, LocalDate reviewDate, LocalDate endedOn,
                          String endedNote, List<DeclarationAction> actions, List<LocalDate> reconfirmations) {

    public Declaration {
        actions = actions == null ? List.of() : List.copyOf(actions);
        reconfirmations = reconfirmations == null ? List.of() : List.copyOf(reconfirmations);
    }

    /** A new declaration awaiting the Monitoring Officer's decision. */
    public static Declaration declared(PersonRef partyA, PersonRef partyB, RelationshipKind kind, String kindOther,
                                       LocalDate since, PersonRef declaredBy, LocalDate declaredOn,
                                       NotificationMethod how, NotifiedTo to, String description) {
        return new Declaration(null, null, partyA, partyB, kind, kindOther, since, declaredBy, declaredOn, how, to,
                description, DeclarationStatus.AWAITING_DECISION, null, null, null, null, List.of(), List.of());
    }

    public boolean involves(PersonRef person) {
        return partyA.equals(person) || partyB.equals(person);
    }

    public PersonRef otherParty(PersonRef person) {
        return partyA.equals(person) ? partyB : partyA;
    }

    public boolean isActive() {
        return status.isActive();
    }

    public String kindDescription() {
        return kind == RelationshipKind.OTHER && kindOther != null && !kindOther.isBlank() ? kindOther : kind.label();
    }

    /** The last time the declaration was made or re-confirmed. */
    public LocalDate lastConfirmed() {
        return reconfirmations.stream().max(Comparator.naturalOrder()).filter(d -> d.isAfter(declaredOn))
                .orElse(declaredOn);
    }

    public Optional<Decision> decisionIfAny() {
        return Optional.ofNullable(decision);
    }

    public Declaration with(DeclarationStatus newStatus, Decision newDecision, LocalDate newReviewDate,
                            LocalDate newEndedOn, String newEndedNote, List<DeclarationAction> newActions) {
        return new Declaration(id, reference, partyA, partyB, kind, kindOther, since, declaredBy, declaredOn, how,
                declaredTo, description, newStatus, newDecision, newReviewDate, newEndedOn, newEndedNote, newActions,
                reconfirmations);
    }

    public Declaration withIdentity(long newId, Reference newReference) {
        return new Declaration(newId, newReference, partyA, partyB, kind, kindOther, since, declaredBy, declaredOn,
                how, declaredTo, description, status, decision, reviewDate, endedOn, endedNote, actions,
                reconfirmations);
    }

    public Declaration withReconfirmations(List<LocalDate> dates) {
        return new Declaration(id, reference, partyA, partyB, kind, kindOther, since, declaredBy, declaredOn, how,
                declaredTo, description, status, decision, reviewDate, endedOn, endedNote, actions, dates);
    }
}
