package org.probity.relationships;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.probity.audit.AuditEntry;
import org.probity.audit.AuditTrail;
import org.probity.common.UkDates;
import org.probity.common.Validation;
import org.probity.common.ValidationException;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;
import org.probity.people.ServiceArea;
import org.probity.security.Permissions;
import org.probity.storage.Transactions;

/**
 * The register of declared relationships: declaring, the Monitoring Officer's decision and
 * actions, ending and withdrawing, annual re-confirmation, and the conflict flags, which are
 * re-evaluated whenever the people directory changes.
 */
public final class DeclarationService {

    public static final String DECLARATION = "Declaration";

    private final DeclarationRepository repository;
    private final PeopleService people;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Permissions permissions;

    public DeclarationService(DeclarationRepository repository, PeopleService people, Transactions transactions,
                              AuditTrail audit, Clock clock) {
        this(repository, people, transactions, audit, clock, Permissions.unrestricted("probity"));
    }

    public DeclarationService(DeclarationRepository repository, PeopleService people, Transactions transactions,
                              AuditTrail audit, Clock clock, Permissions permissions) {
        this.permissions = permissions;
        this.repository = repository;
        this.people = people;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        people.onPeopleChanged(person -> {
            if (person.isPresent()) {
                reevaluate(repository.involving(person.get()));
            } else {
                reevaluate(repository.all());
            }
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // Reading

    public List<Declaration> declarations() {
        return repository.all().stream().map(this::asPermitted).toList();
    }

    /** The declarations in force at some time from {@code from} to {@code to}, including those made then. */
    public List<Declaration> declarationsDuring(LocalDate from, LocalDate to) {
        return transactions.inTransaction(() -> repository.during(from, to)).stream().map(this::asPermitted)
                .toList();
    }

    /** The declarations made from {@code firstYear} to {@code lastYear}, counted by year; years without any are left out. */
    public java.util.Map<Integer, Integer> declaredByYear(int firstYear, int lastYear) {
        return transactions.inTransaction(() -> repository.declaredByYear(LocalDate.of(firstYear, 1, 1),
                LocalDate.of(lastYear, 12, 31)));
    }

    public Optional<Declaration> declaration(long id) {
        return repository.find(id).map(this::asPermitted);
    }

    public Optional<Declaration> declaration(Reference reference) {
        return repository.find(reference).map(this::asPermitted);
    }

    public List<Declaration> involving(PersonRef person) {
        return repository.involving(person).stream().map(this::asPermitted).toList();
    }

    /** The confidential description, refused to a clerk or read-only user the declaration was not granted to. */
    public String description(long id) {
        permissions.requireConfidential(DECLARATION, id);
        return existing(id).description();
    }

    /** The declaration with its description left out unless the signed-in person may see it. */
    private Declaration asPermitted(Declaration d) {
        if (d.id() == null || permissions.canSeeConfidential(DECLARATION, d.id())) {
            return d;
        }
        return withDescription(d, null);
    }

    private static Declaration withDescription(Declaration d, String description) {
        return new Declaration(d.id(), d.reference(), d.partyA(), d.partyB(), d.kind(), d.kindOther(), d.since(),
                d.declaredBy(), d.declaredOn(), d.how(), d.declaredTo(), description, d.status(), d.decision(),
                d.reviewDate(), d.endedOn(), d.endedNote(), d.actions(), d.reconfirmations());
    }

    public int count() {
        return repository.count();
    }

    public String name(PersonRef person) {
        return person.isMember() ? people.member(person.id()).map(Member::displayName).orElse("(removed member)")
                : people.officer(person.id()).map(Officer::displayName).orElse("(removed officer)");
    }

    public List<AuditEntry> history(long id) {
        if (!permissions.canSeeConfidential(DECLARATION, id)) {
            return audit.history(DECLARATION, id).stream().map(e -> e.withConfidential(List.of("Description"))).toList();
        }
        return audit.history(DECLARATION, id);
    }


    // Declaring

    public Declaration declare(Declaration declaration) {
        validateDeclaration(declaration).throwIfInvalid();
        return transactions.inTransaction(() -> {
            Declaration stored = repository.insert(declaration);
            audit.created(DECLARATION, stored.id(), stored.reference().toString(), values(stored));
            reevaluate(List.of(stored));
            return stored;
        });
    }

    /**
     * Declares under a reference given from elsewhere, such as a register kept before Probity or
     * an export being imported, so that letters and minutes quoting it still find it.
     */
    public Declaration declare(Declaration declaration, Reference reference) {
        Validation v = validateDeclaration(declaration);
        v.required("reference", "The reference", reference);
        if (reference != null) {
            v.check(repository.find(reference).isEmpty(), "reference", reference + " is already in the register.");
        }
        v.throwIfInvalid();
        Declaration referenced = new Declaration(null, reference, declaration.partyA(), declaration.partyB(),
                declaration.kind(), declaration.kindOther(), declaration.since(), declaration.declaredBy(),
                declaration.declaredOn(), declaration.how(), declaration.declaredTo(), declaration.description(),
                declaration.status(), declaration.decision(), declaration.reviewDate(), declaration.endedOn(),
                declaration.endedNote(), declaration.actions(), declaration.reconfirmations());
        return transactions.inTransaction(() -> {
            Declaration stored = repository.insert(referenced);
            audit.created(DECLARATION, stored.id(), stored.reference().toString(), values(stored));
            reevaluate(List.of(stored));
            return stored;
        });
    }

    /** Changes the details of a declaration (not its decision or status). */
    public Declaration update(Declaration changed) {
        Declaration before = existing(changed.id());
        Declaration merged = new Declaration(before.id(), before.reference(), changed.partyA(), changed.partyB(),
                changed.kind(), changed.kindOther(), changed.since(), changed.declaredBy(), changed.declaredOn(),
                changed.how(), changed.declaredTo(),
                // Someone who may not see the description cannot have changed it: keep what is stored.
                permissions.canSeeConfidential(DECLARATION, before.id()) ? changed.description() : before.description(),
                before.status(), before.decision(),
                before.reviewDate(), before.endedOn(), before.endedNote(), before.actions(), before.reconfirmations());
        Validation v = validateDeclaration(merged);
        checkDatesAgainstDeclaration(v, merged);
        v.throwIfInvalid();
        return save(before, merged);
    }

    /** Checks a declaration's own fields; the problems name the fields. */
    public Validation validateDeclaration(Declaration d) {
        Validation v = new Validation()
                .required("partyA", "The first person", d.partyA())
                .required("partyB", "The second person", d.partyB())
                .required("kind", "The kind of relationship", d.kind())
                .required("declaredBy", "Who declared it", d.declaredBy())
                .required("declaredOn", "The date declared", d.declaredOn())
                .required("how", "How it was declared", d.how())
                .required("declaredTo", "To whom it was declared", d.declaredTo())
                .maxLength("description", "The description", d.description(), 4000)
                .maxLength("kindOther", "The kind of relationship", d.kindOther(), 200)
                .notBefore("declaredOn", "The date declared", d.declaredOn(), "the start of the relationship",
                        d.since());
        if (d.partyA() != null && d.partyB() != null) {
            v.check(!d.partyA().equals(d.partyB()), "partyB", "A relationship needs two different people.");
        }
        v.check(d.kind() != RelationshipKind.OTHER || (d.kindOther() != null && !d.kindOther().isBlank()),
                "kindOther", "Say what kind of relationship it is.");
        v.check(d.declaredOn() == null || !d.declaredOn().isAfter(today()), "declaredOn",
                "The date declared cannot be in the future.");
        for (String field : List.of("partyA", "partyB", "declaredBy")) {
            PersonRef ref = field.equals("partyA") ? d.partyA() : field.equals("partyB") ? d.partyB() : d.declaredBy();
            if (ref != null) {
                boolean known = ref.isMember() ? people.member(ref.id()).isPresent()
                        : people.officer(ref.id()).isPresent();
                v.check(known, field, "This person is not in the people directory.");
            }
        }
        return v;
    }

    // The Monitoring Officer's decision

    public Declaration decide(long id, Decision decision, LocalDate reviewDate, List<DeclarationAction> actions) {
        Declaration before = existing(id);
        Validation v = new Validation();
        if (!before.isActive()) {
            v.check(false, "status", "This declaration is " + before.status().label().toLowerCase(java.util.Locale.UK)
                    + "; reopen it before recording a decision.");
        }
        v.required("decision", "The decision", decision == null ? null : decision.kind());
        if (decision != null) {
            v.check(decision.kind() != DecisionKind.OTHER
                            || (decision.otherText() != null && !decision.otherText().isBlank()),
                    "decisionOther", "Say what was decided.")
                    .required("reasons", "The reasons for the decision", decision.reasons())
                    .maxLength("reasons", "The reasons", decision.reasons(), 4000)
                    .required("decidedOn", "The date of the decision", decision.decidedOn())
                    .required("decidedBy", "Who decided", decision.decidedBy())
                    .notBefore("decidedOn", "The date of the decision", decision.decidedOn(), "the date declared",
                            before.declaredOn())
                    .check(decision.decidedOn() == null || !decision.decidedOn().isAfter(today()), "decidedOn",
                            "The date of the decision cannot be in the future.");
        }
        Declaration after = before.with(before.status() == DeclarationStatus.UNDER_REVIEW
                        || before.status() == DeclarationStatus.AWAITING_DECISION ? DeclarationStatus.DECIDED
                        : before.status(), decision, reviewDate, before.endedOn(), before.endedNote(),
                actions == null ? List.of() : actions);
        checkDatesAgainstDeclaration(v, after);
        v.throwIfInvalid();
        return save(before, after);
    }

    /** Puts a decided declaration under review, e.g. when its review date comes. */
    public Declaration startReview(long id) {
        Declaration before = existing(id);
        if (before.status() != DeclarationStatus.DECIDED) {
            throw new ValidationException("status", "Only a decided declaration can be put under review.");
        }
        return save(before, before.with(DeclarationStatus.UNDER_REVIEW, before.decision(), before.reviewDate(),
                null, null, before.actions()));
    }

    /** Marks an action done (or not done, with null). */
    public Declaration recordActionDone(long id, long actionId, LocalDate doneOn) {
        Declaration before = existing(id);
        List<DeclarationAction> actions = before.actions().stream()
                .map(a -> a.id() != null && a.id() == actionId
                        ? new DeclarationAction(a.id(), a.description(), a.owner(), a.dueDate(), doneOn) : a)
                .toList();
        Validation v = new Validation();
        v.check(before.actions().stream().anyMatch(a -> a.id() != null && a.id() == actionId), "actions",
                "That action no longer exists.");
        v.notBefore("actions", "The date the action was done", doneOn, "the date declared", before.declaredOn());
        v.throwIfInvalid();
        return save(before, before.with(before.status(), before.decision(), before.reviewDate(), before.endedOn(),
                before.endedNote(), actions));
    }

    public Declaration end(long id, LocalDate endedOn, String note) {
        return close(id, DeclarationStatus.ENDED, endedOn, note, "endedOn", "The date it ended");
    }

    public Declaration withdraw(long id, LocalDate withdrawnOn, String note) {
        return close(id, DeclarationStatus.WITHDRAWN, withdrawnOn, note, "endedOn", "The date it was withdrawn");
    }

    private Declaration close(long id, DeclarationStatus status, LocalDate on, String note, String field,
                              String label) {
        Declaration before = existing(id);
        new Validation()
                .check(before.isActive(), "status", "This declaration is already "
                        + before.status().label().toLowerCase(java.util.Locale.UK) + ".")
                .required(field, label, on)
                .notBefore(field, label, on, "the date declared", before.declaredOn())
                .check(on == null || !on.isAfter(today()), field, label + " cannot be in the future.")
                .maxLength("endedNote", "The note", note, 1000)
                .throwIfInvalid();
        return save(before, before.with(status, before.decision(), before.reviewDate(), on,
                note == null || note.isBlank() ? null : note.trim(), before.actions()));
    }

    private void checkDatesAgainstDeclaration(Validation v, Declaration d) {
        v.notBefore("reviewDate", "The review date", d.reviewDate(), "the date declared", d.declaredOn());
        for (int i = 0; i < d.actions().size(); i++) {
            DeclarationAction a = d.actions().get(i);
            v.required("actions", "The description of action " + (i + 1), a.description());
            v.required("actions", "The owner of action " + (i + 1), a.owner());
            v.notBefore("actions", "The due date of action " + (i + 1), a.dueDate(), "the date declared",
                    d.declaredOn());
        }
    }

    private Declaration save(Declaration before, Declaration after) {
        return transactions.inTransaction(() -> {
            repository.update(after);
            Declaration stored = repository.find(after.id()).orElseThrow();
            audit.changed(DECLARATION, stored.id(), stored.reference().toString(), values(before), values(stored));
            reevaluate(List.of(stored));
            return stored;
        });
    }

    private Declaration existing(Long id) {
        if (id == null) {
            throw new ValidationException("id", "This declaration has not been saved yet.");
        }
        return repository.find(id)
                .orElseThrow(() -> new ValidationException("id", "This declaration no longer exists."));
    }

    // Annual re-confirmation

    /** Active declarations not made or re-confirmed in the twelve months before {@code asOf}. */
    public List<Declaration> dueForReconfirmation(LocalDate asOf) {
        LocalDate cutOff = asOf.minusMonths(12);
        return repository.all().stream().filter(Declaration::isActive)
                .filter(d -> !d.lastConfirmed().isAfter(cutOff)).toList();
    }

    /** Records that the people concerned re-confirmed these declarations on {@code on}. */
    public int reconfirm(Collection<Long> ids, LocalDate on) {
        new Validation().required("confirmedOn", "The date of re-confirmation", on)
                .check(on == null || !on.isAfter(today()), "confirmedOn",
                        "The date of re-confirmation cannot be in the future.")
                .throwIfInvalid();
        return transactions.inTransaction(() -> {
            int count = 0;
            for (long id : ids) {
                Declaration before = existing(id);
                new Validation().notBefore("confirmedOn", "The date of re-confirmation of " + before.reference(), on,
                        "the date declared", before.declaredOn()).throwIfInvalid();
                repository.addReconfirmation(id, on, null);
                Declaration after = repository.find(id).orElseThrow();
                audit.changed(DECLARATION, id, before.reference().toString(), values(before), values(after));
                count++;
            }
            return count;
        });
    }

    // Conflict flags

    public List<ConflictFlag> flags(long declarationId) {
        return repository.flags(declarationId);
    }

    public List<ConflictFlag> openFlags() {
        return repository.openFlags();
    }

    public List<ConflictFlag> allFlags() {
        return repository.allFlags();
    }

    /** Re-checks every declaration against the people directory as it is today. */
    public FlagChanges reevaluateAll() {
        return transactions.inTransaction(() -> reevaluate(repository.all()));
    }

    private FlagChanges reevaluate(List<Declaration> declarations) {
        if (declarations.isEmpty()) {
            return new FlagChanges(List.of(), List.of());
        }
        LocalDate today = today();
        Map<Long, ServiceArea> areas = people.serviceAreas().stream()
                .collect(Collectors.toMap(ServiceArea::id, Function.identity()));
        Map<Long, Optional<Member>> memberCache = new java.util.HashMap<>();
        Map<Long, Optional<Officer>> officerCache = new java.util.HashMap<>();
        ConflictDetector detector = new ConflictDetector(
                id -> memberCache.computeIfAbsent(id, people::member),
                id -> officerCache.computeIfAbsent(id, people::officer), areas);
        Map<Long, List<ConflictFlag>> openByDeclaration = repository.openFlags().stream()
                .collect(Collectors.groupingBy(ConflictFlag::declarationId));
        List<ConflictFlag> raised = new ArrayList<>();
        List<ConflictFlag> cleared = new ArrayList<>();
        for (Declaration d : declarations) {
            List<DetectedConflict> now = detector.detect(d, today);
            List<ConflictFlag> open = openByDeclaration.getOrDefault(d.id(), List.of());
            for (ConflictFlag flag : open) {
                if (now.stream().noneMatch(c -> c.subjectKey().equals(flag.subjectKey()))) {
                    repository.clear(flag.id(), today);
                    audit.changed(DECLARATION, d.id(), d.reference().toString(),
                            Map.of("Conflict flag", flag.explanation()), Map.of("Conflict flag", "Cleared"));
                    cleared.add(new ConflictFlag(flag.id(), flag.declarationId(), flag.rule(), flag.subjectKey(),
                            flag.explanation(), flag.raisedOn(), today));
                }
            }
            for (DetectedConflict c : now) {
                if (open.stream().noneMatch(f -> f.subjectKey().equals(c.subjectKey()))) {
                    ConflictFlag flag = repository.raise(new ConflictFlag(null, d.id(), c.rule(), c.subjectKey(),
                            c.explanation(), today, null));
                    audit.changed(DECLARATION, d.id(), d.reference().toString(), Map.of("Conflict flag", ""),
                            Map.of("Conflict flag", c.explanation()));
                    raised.add(flag);
                }
            }
        }
        return new FlagChanges(raised, cleared);
    }

    /** Flags raised and cleared by one re-evaluation. */
    public record FlagChanges(List<ConflictFlag> raised, List<ConflictFlag> cleared) {
    }

    // Audit values

    public Map<String, String> values(Declaration d) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Reference", d.reference() == null ? "" : d.reference().toString());
        values.put("First person", name(d.partyA()));
        values.put("Second person", name(d.partyB()));
        values.put("Kind", d.kindDescription());
        values.put("Since", UkDates.display(d.since()));
        values.put("Declared by", name(d.declaredBy()));
        values.put("Declared on", UkDates.display(d.declaredOn()));
        values.put("How", d.how().label());
        values.put("Declared to", d.declaredTo().label());
        values.put("Description", d.description() == null ? "" : d.description());
        values.put("Status", d.status().label());
        values.put("Decision", d.decision() == null ? "" : d.decision().describe());
        values.put("Reasons", d.decision() == null || d.decision().reasons() == null ? "" : d.decision().reasons());
        values.put("Decided on", d.decision() == null ? "" : UkDates.display(d.decision().decidedOn()));
        values.put("Decided by", d.decision() == null || d.decision().decidedBy() == null ? ""
                : d.decision().decidedBy());
        values.put("Review date", UkDates.display(d.reviewDate()));
        values.put("Ended or withdrawn on", UkDates.display(d.endedOn()));
        values.put("Note on ending", d.endedNote() == null ? "" : d.endedNote());
        values.put("Actions", d.actions().stream().map(a -> a.description() + " (" + a.owner()
                + (a.dueDate() == null ? "" : ", due " + UkDates.display(a.dueDate()))
                + (a.doneOn() == null ? "" : ", done " + UkDates.display(a.doneOn())) + ")")
                .collect(Collectors.joining("; ")));
        values.put("Last confirmed", UkDates.display(d.lastConfirmed()));
        return values;
    }
}
