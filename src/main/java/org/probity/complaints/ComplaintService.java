package org.probity.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.probity.audit.AuditEntry;
import org.probity.audit.AuditTrail;
import org.probity.calendar.CalendarService;
import org.probity.calendar.Deadline;
import org.probity.calendar.OpenDeadline;
import org.probity.calendar.OpenDeadlines;
import org.probity.common.UkDates;
import org.probity.common.Validation;
import org.probity.common.ValidationException;
import org.probity.people.AuthorityProfile;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;
import org.probity.people.PersonType;
import org.probity.storage.Transactions;

/**
 * The register of complaints between members and officers: logging a complaint on the route
 * the rules propose (or another, with a reason), its stages under the procedure for that
 * route with working-day targets, acknowledgements, the one extension a stage may have, the
 * Independent Person's views, advancing to the next stage (by a different person where the
 * procedure says so), the outcome and any review, the dashboard alerts, the case log and the
 * figures. Every change is checked as a whole and saved with its audit entry in one transaction.
 */
public final class ComplaintService {

    public static final String COMPLAINT = "Complaint";
    public static final String REGISTER = "Complaints";
    public static final String PROCEDURE = "Complaint procedure";
    /** Alerts come up this many working days before a date falls due. */
    public static final int ALERT_WORKING_DAYS = 2;

    private final ComplaintRepository repository;
    private final PeopleService people;
    private final CalendarService calendar;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final ConfidentialAccess access;
    private final ProtocolParagraphs protocolParagraphs;
    private volatile List<ComplaintProcedure> procedures;

    public ComplaintService(ComplaintRepository repository, PeopleService people, CalendarService calendar,
                            Transactions transactions, AuditTrail audit, Clock clock, ConfidentialAccess access) {
        this(repository, people, calendar, transactions, audit, clock, access, ProtocolParagraphs.NONE);
    }

    public ComplaintService(ComplaintRepository repository, PeopleService people, CalendarService calendar,
                            Transactions transactions, AuditTrail audit, Clock clock, ConfidentialAccess access,
                            ProtocolParagraphs protocolParagraphs) {
        this.protocolParagraphs = protocolParagraphs;
        this.repository = repository;
        this.people = people;
        this.calendar = calendar;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
        calendar.addOpenDeadlines(new StageDeadlines());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // Confidentiality: the one place that decides what a reader sees.

    /** Whether every complaint's confidential fields may be seen (an export with them needs this). */
    public boolean maySeeConfidential() {
        return access.maySeeAll();
    }

    /** Whether this complaint's confidential fields may be seen by the person using Probity. */
    public boolean maySeeConfidential(long complaintId) {
        return access.maySee(complaintId);
    }

    private Complaint shown(Complaint c) {
        return c.id() == null || access.maySee(c.id()) ? c : c.withoutConfidential();
    }

    private List<Complaint> shown(List<Complaint> list) {
        return access.maySeeAll() ? list : list.stream().map(this::shown).toList();
    }

    // Reading

    /** The procedures, read once and again after their targets are changed in Settings. */
    public List<ComplaintProcedure> procedures() {
        List<ComplaintProcedure> known = procedures;
        if (known == null) {
            known = transactions.inTransaction(repository::procedures);
            procedures = known;
        }
        return known;
    }

    public ComplaintProcedure procedure(String code) {
        return procedures().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new ValidationException("procedure", "The procedure " + code
                        + " is not set up."));
    }

    public Optional<Complaint> complaint(long id) {
        return transactions.inTransaction(() -> repository.find(id)).map(this::shown);
    }

    public Optional<Complaint> complaint(ComplaintReference reference) {
        return transactions.inTransaction(() -> repository.find(reference)).map(this::shown);
    }

    public List<Complaint> all() {
        return shown(transactions.inTransaction(repository::all));
    }

    public List<Complaint> receivedBetween(LocalDate from, LocalDate to) {
        return shown(transactions.inTransaction(() -> repository.receivedBetween(from, to)));
    }

    public int count() {
        return transactions.inTransaction(repository::count);
    }

    /**
     * The complaints received from {@code firstYear} to {@code lastYear}, counted by the year received
     * (as {@link #statistics} counts them); a year without any is not in the map.
     */
    public Map<Integer, Integer> receivedByYear(int firstYear, int lastYear) {
        return transactions.inTransaction(() -> repository.receivedByYear(LocalDate.of(firstYear, 1, 1),
                LocalDate.of(lastYear, 12, 31)));
    }

    /**
     * Complaints the person made or is the subject of. Who is a party to a complaint is itself
     * confidential, so a reader without access sees none.
     */
    public List<Complaint> involving(PersonRef person) {
        return transactions.inTransaction(() -> repository.involving(person)).stream()
                .filter(c -> access.maySee(c.id())).toList();
    }

    /** The complaint with a reference such as {@code CMP-2026-0001}, for the global search. */
    public List<Complaint> search(String text) {
        return ComplaintReference.parse(text).flatMap(this::complaint).map(List::of).orElse(List.of());
    }

    public List<AuditEntry> history(long id) {
        List<AuditEntry> entries = audit.history(COMPLAINT, id);
        return access.maySee(id) ? entries : entries.stream().map(e -> e.withConfidential(CONFIDENTIAL_VALUES)).toList();
    }

    /** The history's values that name the parties or tell their story, for a reader who may not see them. */
    private static final List<String> CONFIDENTIAL_VALUES = List.of("Complainant", "Complained about", "Summary",
            "Rule", "Reason for the route");

    /** The name of a member or officer, or "" for none (as for a complaint read without its confidential fields). */
    public String personName(PersonRef person) {
        if (person == null) {
            return "";
        }
        return person.isMember() ? people.member(person.id()).map(Member::displayName).orElse("(removed member)")
                : officerName(person.id());
    }

    public String officerName(Long officerId) {
        return officerId == null ? "" : people.officer(officerId).map(Officer::displayName)
                .orElse("(removed officer)");
    }

    public String stageName(Complaint c, ComplaintStage stage) {
        return procedure(c.procedureCode()).stage(stage.number()).map(StageTemplate::name)
                .orElse("Stage " + stage.number());
    }

    // Protocol paragraphs

    /** The paragraphs a complaint received on {@code day} may engage, when a protocol is held. */
    public Optional<ParagraphVersion> paragraphChoices(LocalDate day) {
        return day == null ? Optional.empty() : protocolParagraphs.inForceOn(day);
    }

    /**
     * The paragraphs engaged, each with its first words ("8.2 Officers should not…"), read from
     * the version in force on the day received; numbers the version does not hold are shown as typed.
     */
    public List<String> describeParagraphs(Complaint c) {
        Optional<ParagraphVersion> version = paragraphChoices(c.receivedOn());
        return c.paragraphNumbers().stream()
                .map(n -> version.flatMap(v -> v.find(n)).map(ParagraphVersion.ParagraphChoice::display).orElse(n))
                .toList();
    }

    /** The numbers as the version in force writes them, joined for the paragraphs column. */
    private Complaint withVersionNumbers(Complaint c) {
        Optional<ParagraphVersion> version = paragraphChoices(c.receivedOn());
        if (version.isEmpty() || c.paragraphNumbers().isEmpty()) {
            return c;
        }
        String numbers = c.paragraphNumbers().stream().map(n -> version.get().find(n).orElseThrow().key())
                .distinct().collect(Collectors.joining(", "));
        return c.withDetails(c.receivedOn(), c.receivedHow(), c.category(), numbers, c.summary(), c.complainant(),
                c.subject());
    }

    private void link(Complaint stored) {
        Optional<ParagraphVersion> version = paragraphChoices(stored.receivedOn());
        repository.linkParagraphs(stored.id(), version.map(ParagraphVersion::versionId).orElse(null),
                version.isPresent() ? stored.paragraphNumbers() : List.of());
    }

    // Routes

    /** The route the rules propose for a complaint between these people, with the rule that chose it. */
    public ProposedRoute propose(ComplaintDirection direction, PersonRef complainant, PersonRef subject,
                                 boolean allegesCodeBreach) {
        ComplaintRouting routing = new ComplaintRouting(people.officers(), today());
        return routing.propose(direction, officer(complainant), officer(subject), allegesCodeBreach);
    }

    private Optional<Officer> officer(PersonRef person) {
        return person != null && person.isOfficer() ? people.officer(person.id()) : Optional.empty();
    }

    // Deadlines

    /** The due date {@code days} working days after {@code from}, with the days skipped. */
    public Deadline deadline(LocalDate from, int days) {
        return calendar.due(from, days);
    }

    /** "due in 3 working days", "overdue by 2 working days". */
    public String describeDue(LocalDate due) {
        return due == null ? "" : calendar.describeDue(due);
    }

    /** A stage's targets as they apply now: stage 1 of the protocol procedure takes the authority's. */
    public StageTemplate targets(String procedureCode, StageTemplate template) {
        if (ComplaintProcedure.PROTOCOL.equals(procedureCode)
                && template.number() == ComplaintProcedure.PROTOCOL_STAGE_ONE) {
            AuthorityProfile profile = people.profile();
            return template.withTargets(profile.complaintAcknowledgementDays(), profile.complaintResponseDays());
        }
        return template;
    }

    private ComplaintStage startStage(String procedureCode, StageTemplate stage, Long handlerId,
                                      LocalDate startedOn) {
        StageTemplate template = targets(procedureCode, stage);
        LocalDate ack = template.acknowledgeDays() == null ? null
                : calendar.due(startedOn, template.acknowledgeDays()).due();
        LocalDate respond = template.respondDays() == null ? null
                : calendar.due(startedOn, template.respondDays()).due();
        return new ComplaintStage(null, template.number(), handlerId, startedOn, ack, null, respond, null, null,
                null, null, null, null, template.respondDays());
    }

    // Logging

    /**
     * Logs a complaint: checks it, notes the rule behind the route the rules propose (a different
     * route needs a reason), and starts the first stage of the route's procedure with
     * {@code handlerId} (the proposed handler when {@code null}). A complaint brought in with its
     * reference keeps it, and one brought in with its decision is closed at once.
     */
    public Complaint log(Complaint draft, Long handlerId) {
        Validation v = validate(draft);
        v.check(handlerId == null || people.officer(handlerId).isPresent(), "handlerId",
                "The handler is not in the people directory.");
        v.throwIfInvalid();
        ProposedRoute proposed = propose(draft.direction(), draft.complainant(), draft.subject(),
                draft.allegesCodeBreach());
        String rule = proposed.route() == draft.route() ? proposed.rule() : "Proposed: " + proposed.route().label()
                + ". " + proposed.rule();
        ComplaintProcedure procedure = procedure(draft.route().procedureCode());
        ComplaintStage first = startStage(procedure.code(), procedure.stages().get(0),
                handlerId != null ? handlerId : proposed.route() == draft.route() ? proposed.handlerId() : null,
                draft.receivedOn());
        if (draft.decision() != null) {
            first = first.completed(draft.decision().decidedOn());
        }
        Complaint prepared = withVersionNumbers(draft).withRoute(draft.reference(), rule, procedure.code())
                .withStages(List.of(first));
        return transactions.inTransaction(() -> {
            if (prepared.reference() != null && repository.find(prepared.reference()).isPresent()) {
                throw new ValidationException("reference", "The reference " + prepared.reference()
                        + " is already used by another complaint.");
            }
            Complaint stored = repository.insert(prepared);
            link(stored);
            audit.created(COMPLAINT, stored.id(), stored.reference().toString(), values(stored));
            return shown(stored);
        });
    }

    /** Checks a complaint as logged, with its outcome if it has one; the problems name the fields. */
    public Validation validate(Complaint c) {
        Validation v = validateDetails(c);
        if (c.decision() != null) {
            checkDecision(v, c.decision(), c.receivedOn());
        }
        if (c.reviewRequestedOn() != null) {
            v.check(c.decision() != null, "reviewRequestedOn", "A review can only be asked for once the complaint "
                    + "has its outcome.");
        }
        return v;
    }

    /** Checks a complaint's details as logged; the problems name the fields. */
    public Validation validateDetails(Complaint c) {
        Validation v = new Validation()
                .required("receivedOn", "The date received", c.receivedOn())
                .required("receivedHow", "How it was received", c.receivedHow())
                .required("direction", "Who complained about whom", c.direction())
                .required("complainant", "The complainant", c.complainant())
                .required("subject", "The person complained about", c.subject())
                .required("category", "The category", c.category())
                .required("route", "The route", c.route())
                .maxLength("paragraphs", "The protocol paragraphs", c.paragraphs(), 300)
                .maxLength("summary", "The summary", c.summary(), 4000)
                .maxLength("routeReason", "The reason for the route", c.routeReason(), 1000);
        if (c.receivedOn() != null) {
            v.check(!c.receivedOn().isAfter(today()), "receivedOn", "The date received ("
                    + UkDates.display(c.receivedOn()) + ") cannot be in the future.");
        }
        if (c.receivedOn() != null && !c.paragraphNumbers().isEmpty()) {
            paragraphChoices(c.receivedOn()).ifPresent(version -> {
                List<String> unknown = c.paragraphNumbers().stream().filter(n -> version.find(n).isEmpty()).toList();
                v.check(unknown.isEmpty(), "paragraphs", (unknown.size() == 1 ? "Paragraph " + unknown.get(0)
                        + " is" : "Paragraphs " + String.join(", ", unknown) + " are") + " not in "
                        + version.label() + ", the version in force on " + UkDates.display(c.receivedOn())
                        + ". Choose from its paragraphs.");
            });
        }
        if (c.direction() != null) {
            checkPerson(v, "complainant", "The complainant", c.complainant(), c.direction().complainantType());
            checkPerson(v, "subject", "The person complained about", c.subject(), c.direction().subjectType());
        }
        v.check(c.complainant() == null || !c.complainant().equals(c.subject()), "subject",
                "The complainant and the person complained about must be different people.");
        if (c.direction() != null && c.route() != null && !v.hasProblems()) {
            ProposedRoute proposed = propose(c.direction(), c.complainant(), c.subject(), c.allegesCodeBreach());
            v.check(proposed.route() == c.route() || c.isRouteOverridden(), "routeReason",
                    "Give the reason for sending this complaint to " + c.route().label() + " instead of "
                            + proposed.route().label() + ", the route the rules propose.");
        }
        return v;
    }

    private void checkPerson(Validation v, String field, String label, PersonRef person, PersonType expected) {
        if (person == null) {
            return;
        }
        if (person.type() != expected) {
            v.check(false, field, label + " must be " + (expected == PersonType.MEMBER ? "a member" : "an officer")
                    + " for a complaint of this direction.");
            return;
        }
        boolean exists = person.isMember() ? people.member(person.id()).isPresent()
                : people.officer(person.id()).isPresent();
        v.check(exists, field, label + " is not in the people directory.");
    }

    // Correcting the details

    /**
     * Corrects the details of a logged complaint: how and when it was received, its category,
     * paragraphs and summary, and who the parties are. The date received and the parties can
     * change only while the complaint is at its first stage; its dates are then counted again
     * from the new date received.
     */
    public Complaint editDetails(long id, LocalDate receivedOn, ReceivedHow how, ComplaintCategory category,
                                 String paragraphs, String summary, PersonRef complainant, PersonRef subject) {
        if (!access.maySee(id)) {
            throw new ValidationException("complaint", "Only someone allowed to see a complaint's confidential "
                    + "details can correct them.");
        }
        return transactions.inTransaction(() -> {
            Complaint before = existing(id);
            Complaint after = before.withDetails(receivedOn, how, category, blankToNull(paragraphs),
                    blankToNull(summary), complainant, subject);
            Validation v = validateDetails(after);
            boolean atFirstStage = before.isOpen() && before.stages().size() == 1;
            boolean partiesChanged = !java.util.Objects.equals(before.complainant(), complainant)
                    || !java.util.Objects.equals(before.subject(), subject);
            boolean dateChanged = !java.util.Objects.equals(before.receivedOn(), receivedOn);
            v.check(!partiesChanged || atFirstStage, "complainant", "The parties can only be changed while the "
                    + "complaint is at its first stage.");
            v.check(!dateChanged || atFirstStage, "receivedOn", "The date received can only be changed while the "
                    + "complaint is at its first stage.");
            if (dateChanged && atFirstStage && receivedOn != null) {
                ComplaintStage first = before.stages().get(0);
                for (LocalDate recorded : java.util.Arrays.asList(first.acknowledgedOn(),
                        first.independentPersonConsultedOn())) {
                    v.check(recorded == null || !recorded.isBefore(receivedOn), "receivedOn", "The date received ("
                            + UkDates.display(receivedOn) + ") cannot be after what is already recorded at the "
                            + "first stage (" + UkDates.display(recorded) + ").");
                }
            }
            v.throwIfInvalid();
            if (dateChanged) {
                ComplaintStage first = before.stages().get(0);
                ComplaintStage recounted = startStage(before.procedureCode(),
                        procedure(before.procedureCode()).stage(first.number()).orElseThrow(), first.handlerId(),
                        receivedOn);
                after = after.withStages(List.of(new ComplaintStage(first.id(), first.number(), first.handlerId(),
                        receivedOn, recounted.acknowledgeDue(), first.acknowledgedOn(), recounted.respondDue(),
                        null, null, null, null, first.independentPersonConsultedOn(),
                        first.independentPersonView(), recounted.respondDays())));
            }
            Complaint changed = withVersionNumbers(after);
            repository.update(changed);
            link(changed);
            Complaint stored = repository.find(id).orElseThrow();
            audit.changed(COMPLAINT, id, stored.reference().toString(), values(before), values(stored));
            return shown(stored);
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // Procedure targets

    /** The longest target or extension Settings accepts, in working days (about a year). */
    public static final int MAX_TARGET_DAYS = 250;

    /**
     * Changes a stage's working-day targets. Stages already started keep the dates counted when
     * they started; the new targets apply to stages opened from now on.
     */
    public ComplaintProcedure saveStageTargets(String procedureCode, int stageNumber, Integer acknowledgeDays,
                                               Integer respondDays, Integer maxExtensionDays) {
        ComplaintProcedure procedure = procedure(procedureCode);
        StageTemplate before = procedure.stage(stageNumber).orElseThrow(() -> new ValidationException("stage",
                "The " + procedure.name().toLowerCase(java.util.Locale.UK) + " procedure has no stage "
                        + stageNumber + "."));
        Validation v = new Validation();
        checkTarget(v, "acknowledgeDays", "The acknowledgement target", acknowledgeDays, 1);
        checkTarget(v, "respondDays", "The response target", respondDays, 1);
        v.required("maxExtensionDays", "The longest extension", maxExtensionDays);
        checkTarget(v, "maxExtensionDays", "The longest extension", maxExtensionDays, 0);
        v.check(maxExtensionDays == null || maxExtensionDays == 0 || respondDays != null, "maxExtensionDays",
                "An extension needs a response target to extend: set the response target or make the "
                        + "longest extension 0.");
        boolean authorityTargets = ComplaintProcedure.PROTOCOL.equals(procedureCode)
                && stageNumber == ComplaintProcedure.PROTOCOL_STAGE_ONE;
        v.check(!authorityTargets || (java.util.Objects.equals(acknowledgeDays, before.acknowledgeDays())
                && java.util.Objects.equals(respondDays, before.respondDays())), "respondDays", before.name()
                + " of the protocol procedure takes the authority's complaint targets: change them in Settings, "
                + "Authority.");
        v.throwIfInvalid();
        StageTemplate after = new StageTemplate(stageNumber, before.name(), acknowledgeDays, respondDays,
                maxExtensionDays, before.differentHandler(), before.independentPerson());
        transactions.inTransaction(() -> {
            repository.updateStageTargets(procedure.id(), stageNumber, acknowledgeDays, respondDays,
                    maxExtensionDays);
            audit.changed(PROCEDURE, procedure.id(), procedure.name() + ", " + before.name(), targetValues(before),
                    targetValues(after));
        });
        procedures = null;
        return procedure(procedureCode);
    }

    private static void checkTarget(Validation v, String field, String label, Integer days, int least) {
        if (days != null) {
            v.check(days >= least && days <= MAX_TARGET_DAYS, field, label + " must be between " + least + " and "
                    + MAX_TARGET_DAYS + " working days (it was " + days + ").");
        }
    }

    private static Map<String, String> targetValues(StageTemplate t) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Acknowledge within (working days)", t.acknowledgeDays() == null ? "" : t.acknowledgeDays() + "");
        values.put("Respond within (working days)", t.respondDays() == null ? "" : t.respondDays() + "");
        values.put("Longest extension (working days)", String.valueOf(t.maxExtensionDays()));
        return values;
    }

    // Stages

    /** Records that the current stage was acknowledged on {@code on}. */
    public Complaint acknowledge(long id, LocalDate on) {
        return changeCurrentStage(id, (c, stage, template, v) -> {
            v.required("acknowledgedOn", "The date acknowledged", on);
            v.check(template.acknowledgeDays() != null, "acknowledgedOn", template.name()
                    + " has no acknowledgement to record.");
            v.check(stage.acknowledgedOn() == null, "acknowledgedOn", template.name() + " was already acknowledged on "
                    + UkDates.display(stage.acknowledgedOn()) + ".");
            checkDate(v, "acknowledgedOn", "The date acknowledged", on, stage.startedOn());
            return stage.acknowledged(on);
        });
    }

    /**
     * Extends the current stage's response date by {@code days} working days for
     * {@code reason}: once per stage, and no more than its procedure allows.
     */
    public Complaint extend(long id, Integer days, String reason) {
        return changeCurrentStage(id, (c, stage, template, v) -> {
            v.required("extensionDays", "The length of the extension", days)
                    .required("extensionReason", "The reason for the extension", reason)
                    .maxLength("extensionReason", "The reason for the extension", reason, 1000);
            v.check(template.allowsExtension(), "extensionDays", template.name() + " cannot be extended.");
            v.check(!stage.isExtended(), "extensionDays", template.name() + " has already been extended once (by "
                    + stage.extensionDays() + " working days); the procedure allows one extension.");
            if (days != null && template.allowsExtension()) {
                v.check(days >= 1 && days <= template.maxExtensionDays(), "extensionDays", "An extension of "
                        + template.name() + " must be between 1 and " + template.maxExtensionDays()
                        + " working days (it was " + days + ").");
            }
            if (v.hasProblems()) {
                return stage;
            }
            return stage.extended(days, reason.trim(), calendar.due(stage.respondDue(), days).due());
        });
    }

    /** Records the Independent Person's view at the current stage, where the procedure consults them. */
    public Complaint consultIndependentPerson(long id, LocalDate on, String view) {
        return changeCurrentStage(id, (c, stage, template, v) -> {
            v.required("independentPersonConsultedOn", "The date the Independent Person was consulted", on)
                    .required("independentPersonView", "The Independent Person's view", view)
                    .maxLength("independentPersonView", "The Independent Person's view", view, 4000);
            v.check(template.independentPerson(), "independentPersonConsultedOn", template.name()
                    + " does not consult the Independent Person.");
            checkDate(v, "independentPersonConsultedOn", "The date the Independent Person was consulted", on,
                    stage.startedOn());
            return stage.consulted(on, view == null ? null : view.trim());
        });
    }

    /**
     * Completes the current stage on {@code completedOn} and starts the next one, handled by
     * {@code nextHandlerId}. A stage the procedure gives to a different person is refused to
     * anyone who handled an earlier stage.
     */
    public Complaint advance(long id, LocalDate completedOn, Long nextHandlerId) {
        return transactions.inTransaction(() -> {
            Complaint before = existing(id);
            ComplaintProcedure procedure = procedure(before.procedureCode());
            Validation v = new Validation();
            ComplaintStage current = openStage(before, v);
            StageTemplate template = procedure.stage(current.number()).orElseThrow();
            v.required("completedOn", "The date the stage was completed", completedOn);
            checkDate(v, "completedOn", "The date the stage was completed", completedOn, current.startedOn());
            Optional<StageTemplate> next = procedure.stage(current.number() + 1);
            v.check(next.isPresent(), "completedOn", template.name() + " is the last stage of the "
                    + procedure.name().toLowerCase(java.util.Locale.UK) + " procedure: record the outcome instead.");
            v.check(nextHandlerId == null || people.officer(nextHandlerId).isPresent(), "handlerId",
                    "The handler is not in the people directory.");
            if (next.isPresent() && next.get().differentHandler()) {
                v.required("handlerId", "The handler of " + next.get().name(), nextHandlerId);
                for (ComplaintStage earlier : before.stages()) {
                    if (nextHandlerId != null && nextHandlerId.equals(earlier.handlerId())) {
                        String earlierName = procedure.stage(earlier.number()).map(StageTemplate::name)
                                .orElse("an earlier stage");
                        v.check(false, "handlerId", next.get().name() + " must be handled by someone who did not "
                                + "handle " + earlierName + ": " + officerName(nextHandlerId) + " handled "
                                + earlierName + ".");
                    }
                }
            }
            v.throwIfInvalid();
            List<ComplaintStage> stages = new ArrayList<>(before.stages());
            stages.set(stages.size() - 1, current.completed(completedOn));
            stages.add(startStage(procedure.code(), next.get(), nextHandlerId, completedOn));
            return save(before, before.withStages(stages));
        });
    }

    // Outcome and review

    /** Records the outcome, completing the current stage on the date decided. */
    public Complaint decide(long id, ComplaintDecision decision) {
        return transactions.inTransaction(() -> {
            Complaint before = existing(id);
            Validation v = new Validation();
            v.check(before.isOpen(), "outcome", "This complaint already has its outcome ("
                    + (before.decision() == null ? "" : before.decision().outcome().label()) + ").");
            v.required("outcome", "The outcome", decision);
            if (decision != null) {
                checkDecision(v, decision, before.receivedOn());
            }
            v.throwIfInvalid();
            List<ComplaintStage> stages = new ArrayList<>(before.stages());
            ComplaintStage last = stages.get(stages.size() - 1);
            if (!last.isCompleted()) {
                stages.set(stages.size() - 1, last.completed(decision.decidedOn()));
            }
            return save(before, before.withStages(stages).withDecision(decision));
        });
    }

    private void checkDecision(Validation v, ComplaintDecision d, LocalDate received) {
        v.required("outcome", "The outcome", d.outcome())
                .required("decidedOn", "The date of the outcome", d.decidedOn())
                .maxLength("sanctions", "The sanctions or actions", d.sanctions(), 2000)
                .maxLength("learningPoints", "The learning points", d.learningPoints(), 4000);
        checkDate(v, "decidedOn", "The date of the outcome", d.decidedOn(), received);
        if (d.outcome() == ComplaintOutcome.UPHELD) {
            v.check(d.sanctions() != null && !d.sanctions().isBlank(), "sanctions",
                    "Give the sanctions or actions for an upheld complaint.");
        }
        if (d.noticePublished()) {
            v.required("noticePublishedOn", "The date the decision notice was published", d.noticePublishedOn());
            checkDate(v, "noticePublishedOn", "The date the decision notice was published", d.noticePublishedOn(),
                    d.decidedOn());
        } else {
            v.check(d.noticePublishedOn() == null, "noticePublishedOn",
                    "Tick that the decision notice was published, or remove its date.");
        }
    }

    /** Records that a review of the outcome was asked for, and its result when known. */
    public Complaint recordReview(long id, LocalDate requestedOn, String result) {
        return transactions.inTransaction(() -> {
            Complaint before = existing(id);
            Validation v = new Validation();
            v.check(!before.isOpen(), "reviewRequestedOn", "A review can only be asked for once the complaint "
                    + "has its outcome.");
            v.required("reviewRequestedOn", "The date the review was requested", requestedOn)
                    .maxLength("reviewResult", "The result of the review", result, 2000);
            if (before.decision() != null) {
                checkDate(v, "reviewRequestedOn", "The date the review was requested", requestedOn,
                        before.decision().decidedOn());
            }
            v.throwIfInvalid();
            return save(before, before.withReview(requestedOn, result == null || result.isBlank() ? null
                    : result.trim()));
        });
    }

    private void checkDate(Validation v, String field, String label, LocalDate date, LocalDate notBefore) {
        if (date == null) {
            return;
        }
        v.notBefore(field, label, date, "the date the stage started", notBefore);
        v.check(!date.isAfter(today()), field, label + " (" + UkDates.display(date)
                + ") cannot be in the future.");
    }

    @FunctionalInterface
    private interface StageChange {
        ComplaintStage apply(Complaint c, ComplaintStage stage, StageTemplate template, Validation v);
    }

    private Complaint changeCurrentStage(long id, StageChange change) {
        return transactions.inTransaction(() -> {
            Complaint before = existing(id);
            Validation v = new Validation();
            ComplaintStage current = openStage(before, v);
            v.throwIfInvalid();
            StageTemplate template = procedure(before.procedureCode()).stage(current.number()).orElseThrow();
            ComplaintStage changed = change.apply(before, current, template, v);
            v.throwIfInvalid();
            List<ComplaintStage> stages = new ArrayList<>(before.stages());
            stages.set(stages.size() - 1, changed);
            return save(before, before.withStages(stages));
        });
    }

    private ComplaintStage openStage(Complaint c, Validation v) {
        ComplaintStage current = c.currentStage().orElseThrow();
        v.check(c.isOpen() && !current.isCompleted(), "stage", c.reference() + " has its outcome; its stages "
                + "can no longer change.");
        return current;
    }

    private Complaint existing(long id) {
        return repository.find(id).orElseThrow(() -> new ValidationException("complaint",
                "This complaint is no longer in the register."));
    }

    private Complaint save(Complaint before, Complaint after) {
        repository.update(after);
        Complaint stored = repository.find(after.id()).orElseThrow();
        audit.changed(COMPLAINT, stored.id(), stored.reference().toString(), values(before), values(stored));
        return shown(stored);
    }

    /** Stores many complaints at once, each already complete: for loading a large register. */
    public void loadAll(List<Complaint> complaints) {
        transactions.inTransaction(() -> {
            repository.insertAll(complaints);
            for (Complaint c : complaints) {
                if (!c.paragraphNumbers().isEmpty() && paragraphChoices(c.receivedOn()).isPresent()) {
                    repository.find(c.reference()).ifPresent(this::link);
                }
            }
        });
    }

    // Dashboard

    /** What is due within {@value #ALERT_WORKING_DAYS} working days of {@code today}, or overdue. */
    public List<ComplaintAlert> alerts(LocalDate today) {
        LocalDate soon = calendar.calendar().due(today, ALERT_WORKING_DAYS).due();
        List<ComplaintAlert> alerts = new ArrayList<>();
        for (Complaint c : shown(transactions.inTransaction(repository::open))) {
            ComplaintStage s = c.currentStage().orElse(null);
            if (s == null || s.isCompleted()) {
                continue;
            }
            if (s.acknowledgeDue() != null && s.acknowledgedOn() == null) {
                if (s.acknowledgeDue().isBefore(today)) {
                    alerts.add(new ComplaintAlert(ComplaintAlert.Kind.OVERDUE, c, s.acknowledgeDue()));
                    continue;
                } else if (!s.acknowledgeDue().isAfter(soon)) {
                    alerts.add(new ComplaintAlert(ComplaintAlert.Kind.ACKNOWLEDGEMENT_DUE, c, s.acknowledgeDue()));
                }
            }
            LocalDate due = s.responseDue();
            if (due != null) {
                if (due.isBefore(today)) {
                    alerts.add(new ComplaintAlert(ComplaintAlert.Kind.OVERDUE, c, due));
                } else if (!due.isAfter(soon)) {
                    alerts.add(new ComplaintAlert(s.isExtended() ? ComplaintAlert.Kind.EXTENSION_EXPIRING
                            : ComplaintAlert.Kind.RESPONSE_DUE, c, due));
                }
            }
        }
        alerts.sort(Comparator.comparing(ComplaintAlert::due).thenComparing(a -> a.complaint().reference()));
        return alerts;
    }

    // Case log and figures

    /** The case log for complaints received in the period, without names. */
    public List<CaseLogRow> caseLog(LocalDate from, LocalDate to) {
        return caseLog(receivedBetween(from, to));
    }

    /** The case log of {@code complaints}, as read by {@link #receivedBetween}, without names. */
    public List<CaseLogRow> caseLog(List<Complaint> complaints) {
        List<CaseLogRow> rows = new ArrayList<>();
        for (Complaint c : complaints) {
            ComplaintProcedure procedure = procedure(c.procedureCode());
            ComplaintStage s = c.currentStage().orElseThrow();
            String stage = procedure.stage(s.number()).map(StageTemplate::name).orElse("Stage " + s.number());
            String next;
            LocalDate nextDue = null;
            if (!c.isOpen()) {
                next = c.reviewRequestedOn() != null && c.reviewResult() == null ? "Review requested"
                        : "None: closed";
            } else if (s.acknowledgeDue() != null && s.acknowledgedOn() == null) {
                next = "Acknowledge";
                nextDue = s.acknowledgeDue();
            } else if (s.responseDue() != null) {
                next = "Respond (" + stage + ")";
                nextDue = s.responseDue();
            } else {
                next = procedure.isLast(s.number()) ? "Record the outcome"
                        : "Move to " + procedure.stage(s.number() + 1).map(StageTemplate::name).orElse("next stage");
            }
            rows.add(new CaseLogRow(c.id(), c.reference(), c.receivedOn(), c.route().label(), stage,
                    c.isIndependentPersonConsulted(), next, nextDue,
                    c.decision() == null ? "" : c.decision().outcome().label(), String.join(", ",
                    c.paragraphNumbers())));
        }
        return rows;
    }

    /** The figures for complaints received from {@code from} to {@code to}, judged as of today. */
    public ComplaintStatistics statistics(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return statistics(from, to, transactions.inTransaction(() -> repository.receivedBetween(from, to)));
    }

    /**
     * A period's figures and case log, as {@link #statistics} and {@link #caseLog(LocalDate, LocalDate)} give
     * them, from one reading of its complaints: for the committee's annual report.
     */
    public PeriodReview review(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        List<Complaint> received = transactions.inTransaction(() -> repository.receivedBetween(from, to));
        List<Complaint> readable = shown(received);
        return new PeriodReview(statistics(from, to, received), caseLog(readable), readable);
    }

    /** A period's figures, its case log and its complaints as the reader may see them. */
    public record PeriodReview(ComplaintStatistics statistics, List<CaseLogRow> caseLog, List<Complaint> complaints) {
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        new Validation().required("from", "The start of the period", from)
                .required("to", "The end of the period", to)
                .notBefore("to", "The end of the period", to, "its start", from)
                .throwIfInvalid();
    }

    private ComplaintStatistics statistics(LocalDate from, LocalDate to, List<Complaint> complaints) {
        LocalDate today = today();
        Map<ComplaintDirection, Integer> byDirection = new EnumMap<>(ComplaintDirection.class);
        Map<ComplaintCategory, Integer> byCategory = new EnumMap<>(ComplaintCategory.class);
        Map<ComplaintRoute, Integer> byRoute = new EnumMap<>(ComplaintRoute.class);
        Map<String, Integer> byOutcome = new LinkedHashMap<>();
        int received = 0;
        int closed = 0;
        int late = 0;
        int consulted = 0;
        int notices = 0;
        int reviews = 0;
        for (Complaint c : complaints) {
            received++;
            byDirection.merge(c.direction(), 1, Integer::sum);
            byCategory.merge(c.category(), 1, Integer::sum);
            byRoute.merge(c.route(), 1, Integer::sum);
            byOutcome.merge(c.decision() == null ? ComplaintStatistics.STILL_OPEN : c.decision().outcome().label(), 1,
                    Integer::sum);
            closed += c.isOpen() ? 0 : 1;
            late += c.isLate(today) ? 1 : 0;
            consulted += c.isIndependentPersonConsulted() ? 1 : 0;
            notices += c.decision() != null && c.decision().noticePublished() ? 1 : 0;
            reviews += c.reviewRequestedOn() != null ? 1 : 0;
        }
        return new ComplaintStatistics(from, to, received, closed, received - closed, byDirection, byCategory,
                byRoute, byOutcome, received - late, late, consulted, notices, reviews);
    }

    // Audit values

    public Map<String, String> values(Complaint c) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Reference", c.reference() == null ? "" : c.reference().toString());
        values.put("Received on", UkDates.display(c.receivedOn()));
        values.put("Received by", c.receivedHow() == null ? "" : c.receivedHow().label());
        values.put("Direction", c.direction() == null ? "" : c.direction().label());
        values.put("Complainant", personName(c.complainant()));
        values.put("Complained about", personName(c.subject()));
        values.put("Category", c.category() == null ? "" : c.category().label());
        values.put("Protocol paragraphs", text(c.paragraphs()));
        values.put("Summary", text(c.summary()));
        values.put("Alleges a breach of the Members' Code", c.allegesCodeBreach() ? "Yes" : "No");
        values.put("Route", c.route() == null ? "" : c.route().label());
        values.put("Rule", text(c.routeRule()));
        values.put("Reason for the route", text(c.routeReason()));
        ComplaintProcedure procedure = c.procedureCode() == null ? null : procedure(c.procedureCode());
        for (ComplaintStage s : c.stages()) {
            String name = procedure == null ? "Stage " + s.number()
                    : procedure.stage(s.number()).map(StageTemplate::name).orElse("Stage " + s.number());
            values.put(name, describe(s));
        }
        ComplaintDecision d = c.decision();
        values.put("Outcome", d == null ? "" : d.outcome().label());
        values.put("Decided on", d == null ? "" : UkDates.display(d.decidedOn()));
        values.put("Sanctions or actions", d == null ? "" : text(d.sanctions()));
        values.put("Learning points", d == null ? "" : text(d.learningPoints()));
        values.put("Decision notice published", d == null || !d.noticePublished() ? ""
                : UkDates.display(d.noticePublishedOn()));
        values.put("Review requested on", UkDates.display(c.reviewRequestedOn()));
        values.put("Result of the review", text(c.reviewResult()));
        return values;
    }

    private String describe(ComplaintStage s) {
        List<String> parts = new ArrayList<>();
        parts.add("handled by " + (s.handlerId() == null ? "(not named)" : officerName(s.handlerId())));
        parts.add("started " + UkDates.display(s.startedOn()));
        if (s.acknowledgeDue() != null) {
            parts.add("acknowledge by " + UkDates.display(s.acknowledgeDue()));
        }
        if (s.acknowledgedOn() != null) {
            parts.add("acknowledged " + UkDates.display(s.acknowledgedOn()));
        }
        if (s.respondDue() != null) {
            parts.add("respond by " + UkDates.display(s.respondDue()));
        }
        if (s.isExtended()) {
            parts.add("extended by " + s.extensionDays() + " working days to " + UkDates.display(s.extendedDue())
                    + " (" + s.extensionReason() + ")");
        }
        if (s.isIndependentPersonConsulted()) {
            parts.add("Independent Person consulted " + UkDates.display(s.independentPersonConsultedOn()) + ": "
                    + s.independentPersonView());
        }
        if (s.completedOn() != null) {
            parts.add("completed " + UkDates.display(s.completedOn()));
        }
        return parts.stream().collect(Collectors.joining("; "));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** Lets an announced bank holiday or a closure day move the response dates of open stages. */
    private final class StageDeadlines implements OpenDeadlines {

        @Override
        public List<OpenDeadline> open() {
            List<OpenDeadline> open = new ArrayList<>();
            for (Complaint c : repository.open()) {
                ComplaintStage s = c.currentStage().orElse(null);
                if (s == null || s.isCompleted() || s.respondDue() == null || s.id() == null) {
                    continue;
                }
                int days = s.respondDays() != null ? s.respondDays() : procedure(c.procedureCode()).stage(s.number())
                        .map(t -> targets(c.procedureCode(), t)).map(StageTemplate::respondDays).orElse(0);
                if (days > 0) {
                    open.add(new OpenDeadline(REGISTER, c.id() + ":" + s.id(), c.reference().toString(),
                            s.startedOn(), days, s.respondDue()));
                }
            }
            return open;
        }

        @Override
        public void moved(OpenDeadline deadline, LocalDate newDue) {
            String[] ids = deadline.recordId().split(":");
            long id = Long.parseLong(ids[0]);
            Complaint before = repository.find(id).orElseThrow();
            repository.moveResponseDue(Long.parseLong(ids[1]), newDue);
            Complaint after = repository.find(id).orElseThrow();
            audit.changed(COMPLAINT, id, before.reference().toString(), values(before), values(after));
        }
    }
}
