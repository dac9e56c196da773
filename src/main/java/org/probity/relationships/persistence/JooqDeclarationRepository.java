package org.probity.relationships.persistence;

import static org.probity.storage.schema.Tables.CONFLICT_FLAG;
import static org.probity.storage.schema.Tables.DECLARATION;
import static org.probity.storage.schema.Tables.DECLARATION_ACTION;
import static org.probity.storage.schema.Tables.DECLARATION_RECONFIRMATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.probity.people.PersonRef;
import org.probity.people.PersonType;
import org.probity.relationships.ConflictFlag;
import org.probity.relationships.ConflictRule;
import org.probity.relationships.Decision;
import org.probity.relationships.DecisionKind;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationAction;
import org.probity.relationships.DeclarationRepository;
import org.probity.relationships.DeclarationStatus;
import org.probity.relationships.NotificationMethod;
import org.probity.relationships.NotifiedTo;
import org.probity.relationships.Reference;
import org.probity.relationships.RelationshipKind;
import org.probity.storage.IdSlices;
import org.probity.storage.JooqSession;
import org.probity.storage.schema.tables.records.ConflictFlagRecord;
import org.probity.storage.schema.tables.records.DeclarationRecord;

/** Declarations with their actions and re-confirmations as child rows; conflict flags beside them. */
public final class JooqDeclarationRepository implements DeclarationRepository {

    private final JooqSession session;

    public JooqDeclarationRepository(JooqSession session) {
        this.session = session;
    }

    private DSLContext dsl() {
        return session.dsl();
    }

    @Override
    public Declaration insert(Declaration d) {
        Reference reference = d.reference();
        if (reference == null) {
            int year = d.declaredOn().getYear();
            Integer max = dsl().select(DSL.max(DECLARATION.REF_NUMBER)).from(DECLARATION)
                    .where(DECLARATION.REF_YEAR.eq(year)).fetchOne(0, Integer.class);
            reference = new Reference(year, max == null ? 1 : max + 1);
        }
        DeclarationRecord r = dsl().newRecord(DECLARATION);
        r.setRefYear(reference.year());
        r.setRefNumber(reference.number());
        fill(r, d);
        r.store();
        Declaration stored = d.withIdentity(r.getId(), reference);
        writeActions(stored.id(), stored.actions());
        for (LocalDate date : stored.reconfirmations()) {
            addReconfirmation(stored.id(), date, null);
        }
        return find(stored.id()).orElseThrow();
    }

    @Override
    public void update(Declaration d) {
        DeclarationRecord r = dsl().fetchSingle(DECLARATION, DECLARATION.ID.eq(d.id()));
        fill(r, d);
        r.store();
        dsl().deleteFrom(DECLARATION_ACTION).where(DECLARATION_ACTION.DECLARATION_ID.eq(d.id())).execute();
        writeActions(d.id(), d.actions());
    }

    private static void fill(DeclarationRecord r, Declaration d) {
        r.setPartyAKind(d.partyA().type().name());
        r.setPartyAId(d.partyA().id());
        r.setPartyBKind(d.partyB().type().name());
        r.setPartyBId(d.partyB().id());
        r.setRelationshipKind(d.kind().name());
        r.setKindOther(d.kindOther());
        r.setSinceDate(d.since());
        r.setDeclaredByKind(d.declaredBy().type().name());
        r.setDeclaredById(d.declaredBy().id());
        r.setDeclaredOn(d.declaredOn());
        r.setDeclaredHow(d.how().name());
        r.setDeclaredTo(d.declaredTo().name());
        r.setDescription(d.description());
        r.setStatus(d.status().name());
        Decision decision = d.decision();
        r.setDecision(decision == null ? null : decision.kind().name());
        r.setDecisionOther(decision == null ? null : decision.otherText());
        r.setDecisionReasons(decision == null ? null : decision.reasons());
        r.setDecidedOn(decision == null ? null : decision.decidedOn());
        r.setDecidedBy(decision == null ? null : decision.decidedBy());
        r.setReviewDate(d.reviewDate());
        r.setEndedOn(d.endedOn());
        r.setEndedNote(d.endedNote());
    }

    private void writeActions(long declarationId, List<DeclarationAction> actions) {
        for (DeclarationAction a : actions) {
            dsl().insertInto(DECLARATION_ACTION)
                    .set(DECLARATION_ACTION.DECLARATION_ID, declarationId)
                    .set(DECLARATION_ACTION.DESCRIPTION, a.description())
                    .set(DECLARATION_ACTION.OWNER_NAME, a.owner())
                    .set(DECLARATION_ACTION.DUE_DATE, a.dueDate())
                    .set(DECLARATION_ACTION.DONE_ON, a.doneOn())
                    .execute();
        }
    }

    @Override
    public Optional<Declaration> find(long id) {
        return fetch(DECLARATION.ID.eq(id)).stream().findFirst();
    }

    @Override
    public Optional<Declaration> find(Reference reference) {
        return fetch(DECLARATION.REF_YEAR.eq(reference.year()).and(DECLARATION.REF_NUMBER.eq(reference.number())))
                .stream().findFirst();
    }

    @Override
    public List<Declaration> all() {
        return fetch(DSL.noCondition());
    }

    @Override
    public List<Declaration> during(LocalDate from, LocalDate to) {
        return fetch(DECLARATION.DECLARED_ON.le(to).and(DECLARATION.ENDED_ON.isNull()
                .or(DECLARATION.ENDED_ON.ge(from))));
    }

    @Override
    public Map<Integer, Integer> declaredByYear(LocalDate from, LocalDate to) {
        return org.probity.storage.YearCounts.count(dsl(), DECLARATION, DECLARATION.DECLARED_ON, DSL.noCondition(),
                from, to);
    }

    @Override
    public List<Declaration> involving(PersonRef person) {
        return fetch(DECLARATION.PARTY_A_KIND.eq(person.type().name()).and(DECLARATION.PARTY_A_ID.eq(person.id()))
                .or(DECLARATION.PARTY_B_KIND.eq(person.type().name()).and(DECLARATION.PARTY_B_ID.eq(person.id()))));
    }

    private List<Declaration> fetch(Condition condition) {
        // The declarations first, then their actions and reconfirmations by id: joining the condition
        // again would read every declaration, descriptions and all, once more for each.
        List<DeclarationRecord> found = dsl().selectFrom(DECLARATION).where(condition)
                .orderBy(DECLARATION.REF_YEAR, DECLARATION.REF_NUMBER).fetch();
        List<Long> ids = found.stream().map(DeclarationRecord::getId).toList();
        Map<Long, List<DeclarationAction>> actions = new HashMap<>();
        Map<Long, List<LocalDate>> confirmations = new HashMap<>();
        IdSlices.forEach(ids, DECLARATION_ACTION.DECLARATION_ID, in -> dsl().selectFrom(DECLARATION_ACTION).where(in)
                .orderBy(DECLARATION_ACTION.ID)
                .forEach(r -> actions.computeIfAbsent(r.getDeclarationId(), k -> new ArrayList<>())
                        .add(new DeclarationAction(r.getId(), r.getDescription(), r.getOwnerName(), r.getDueDate(),
                                r.getDoneOn()))));
        IdSlices.forEach(ids, DECLARATION_RECONFIRMATION.DECLARATION_ID, in -> dsl()
                .select(DECLARATION_RECONFIRMATION.DECLARATION_ID, DECLARATION_RECONFIRMATION.CONFIRMED_ON)
                .from(DECLARATION_RECONFIRMATION).where(in).orderBy(DECLARATION_RECONFIRMATION.CONFIRMED_ON)
                .forEach(r -> confirmations.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2())));
        List<Declaration> declarations = new ArrayList<>(found.size());
        for (DeclarationRecord r : found) {
            declarations.add(toDeclaration(r, actions, confirmations));
        }
        return declarations;
    }

    private static Declaration toDeclaration(DeclarationRecord r, Map<Long, List<DeclarationAction>> actions,
                                             Map<Long, List<LocalDate>> confirmations) {
        Decision decision = r.getDecision() == null ? null
                : new Decision(DecisionKind.valueOf(r.getDecision()), r.getDecisionOther(), r.getDecisionReasons(),
                        r.getDecidedOn(), r.getDecidedBy());
        return new Declaration(r.getId(), new Reference(r.getRefYear(), r.getRefNumber()),
                new PersonRef(PersonType.valueOf(r.getPartyAKind()), r.getPartyAId()),
                new PersonRef(PersonType.valueOf(r.getPartyBKind()), r.getPartyBId()),
                RelationshipKind.valueOf(r.getRelationshipKind()), r.getKindOther(), r.getSinceDate(),
                new PersonRef(PersonType.valueOf(r.getDeclaredByKind()), r.getDeclaredById()), r.getDeclaredOn(),
                NotificationMethod.valueOf(r.getDeclaredHow()), NotifiedTo.valueOf(r.getDeclaredTo()),
                r.getDescription(), DeclarationStatus.valueOf(r.getStatus()), decision, r.getReviewDate(),
                r.getEndedOn(), r.getEndedNote(), actions.getOrDefault(r.getId(), List.of()),
                confirmations.getOrDefault(r.getId(), List.of()));
    }

    @Override
    public void addReconfirmation(long declarationId, LocalDate confirmedOn, String note) {
        dsl().insertInto(DECLARATION_RECONFIRMATION)
                .set(DECLARATION_RECONFIRMATION.DECLARATION_ID, declarationId)
                .set(DECLARATION_RECONFIRMATION.CONFIRMED_ON, confirmedOn)
                .set(DECLARATION_RECONFIRMATION.NOTE, note)
                .execute();
    }

    @Override
    public List<ConflictFlag> flags(long declarationId) {
        return dsl().selectFrom(CONFLICT_FLAG).where(CONFLICT_FLAG.DECLARATION_ID.eq(declarationId))
                .orderBy(CONFLICT_FLAG.RAISED_ON.desc(), CONFLICT_FLAG.ID.desc())
                .fetch(JooqDeclarationRepository::toFlag);
    }

    @Override
    public List<ConflictFlag> openFlags() {
        return dsl().selectFrom(CONFLICT_FLAG).where(CONFLICT_FLAG.CLEARED_ON.isNull())
                .orderBy(CONFLICT_FLAG.RAISED_ON.desc(), CONFLICT_FLAG.ID.desc())
                .fetch(JooqDeclarationRepository::toFlag);
    }

    @Override
    public List<ConflictFlag> allFlags() {
        return dsl().selectFrom(CONFLICT_FLAG).orderBy(CONFLICT_FLAG.RAISED_ON.desc(), CONFLICT_FLAG.ID.desc())
                .fetch(JooqDeclarationRepository::toFlag);
    }

    private static ConflictFlag toFlag(ConflictFlagRecord r) {
        return new ConflictFlag(r.getId(), r.getDeclarationId(), ConflictRule.valueOf(r.getRuleCode()),
                r.getSubjectKey(), r.getExplanation(), r.getRaisedOn(), r.getClearedOn());
    }

    @Override
    public ConflictFlag raise(ConflictFlag flag) {
        long id = dsl().insertInto(CONFLICT_FLAG)
                .set(CONFLICT_FLAG.DECLARATION_ID, flag.declarationId())
                .set(CONFLICT_FLAG.RULE_CODE, flag.rule().name())
                .set(CONFLICT_FLAG.SUBJECT_KEY, flag.subjectKey())
                .set(CONFLICT_FLAG.EXPLANATION, flag.explanation())
                .set(CONFLICT_FLAG.RAISED_ON, flag.raisedOn())
                .returning(CONFLICT_FLAG.ID).fetchOne().getId();
        return new ConflictFlag(id, flag.declarationId(), flag.rule(), flag.subjectKey(), flag.explanation(),
                flag.raisedOn(), null);
    }

    @Override
    public void clear(long flagId, LocalDate clearedOn) {
        dsl().update(CONFLICT_FLAG).set(CONFLICT_FLAG.CLEARED_ON, clearedOn).where(CONFLICT_FLAG.ID.eq(flagId))
                .execute();
    }

    @Override
    public int count() {
        return dsl().fetchCount(DECLARATION);
    }
}
