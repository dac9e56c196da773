package org.probity.enquiries;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.probity.audit.AuditEntry;
import org.probity.audit.AuditTrail;
import org.probity.calendar.CalendarService;
import org.probity.calendar.Deadline;
import org.probity.calendar.OpenDeadline;
import org.probity.calendar.OpenDeadlines;
import org.probity.calendar.WorkingDayCalendar;
import org.probity.common.UkDates;
import org.probity.common.Validation;
import org.probity.common.ValidationException;
import org.probity.people.AuthorityProfile;
import org.probity.people.Directorate;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.ServiceArea;
import org.probity.people.Tier;
import org.probity.people.Ward;
import org.probity.storage.Transactions;

/**
 * The register of members' enquiries and information requests: receiving an enquiry with its
 * working-day target and due date, acknowledgement, holding replies, escalation, the answer,
 * refusals (reasons, written reasons, the copy to the Monitoring Officer and their advice),
 * closing, the dashboard alerts and the performance figures. Every change is validated as a
 * whole and saved with its audit entry in one transaction.
 */
public final class EnquiryService {

    public static final String ENQUIRY = "Enquiry";
    public static final String REGISTER = "Enquiries";
    public static final int MAX_TARGET_DAYS = 120;

    private final EnquiryRepository repository;
    private final PeopleService people;
    private final CalendarService calendar;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public EnquiryService(EnquiryRepository repository, PeopleService people, CalendarService calendar,
                          Transactions transactions, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.people = people;
        this.calendar = calendar;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        calendar.addOpenDeadlines(new TargetDeadlines());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // Reading

    public Optional<Enquiry> enquiry(long id) {
        return transactions.inTransaction(() -> repository.find(id));
    }

    public Optional<Enquiry> enquiry(EnquiryReference reference) {
        return transactions.inTransaction(() -> repository.find(reference));
    }

    public List<Enquiry> receivedBetween(LocalDate from, LocalDate to) {
        return transactions.inTransaction(() -> repository.receivedBetween(from, to));
    }

    public List<Enquiry> fromMember(long memberId) {
        return transactions.inTransaction(() -> repository.fromMember(memberId));
    }

    /**
     * Enquiries for the global search: the one with a reference such as {@code ENQ-2026-00012},
     * else those whose subject contains the text, newest first.
     */
    public List<Enquiry> search(String text, int limit) {
        String query = text == null ? "" : text.trim();
        if (query.length() < 2 || limit < 1) {
            return List.of();
        }
        Optional<EnquiryReference> reference = EnquiryReference.parse(query);
        if (reference.isPresent()) {
            return enquiry(reference.get()).map(List::of).orElse(List.of());
        }
        return transactions.inTransaction(() -> repository.withSubjectContaining(query, limit));
    }

    public List<Enquiry> awaitingReply() {
        return transactions.inTransaction(repository::awaitingReply);
    }

    public int count() {
        return transactions.inTransaction(repository::count);
    }

    public List<AuditEntry> history(long id) {
        return audit.history(ENQUIRY, id);
    }

    public String memberName(Long memberId) {
        return memberId == null ? "" : people.member(memberId).map(Member::displayName).orElse("(removed member)");
    }

    public String officerName(Long officerId) {
        return officerId == null ? "" : people.officer(officerId).map(Officer::displayName)
                .orElse("(removed officer)");
    }

    // Targets and due dates

    /** The authority's target in working days for a kind of enquiry. */
    public int defaultTargetDays(EnquiryKind kind) {
        AuthorityProfile profile = people.profile();
        return kind.usesInformationRequestTarget() ? profile.informationRequestDays()
                : profile.membersEnquiryDays();
    }

    /** The due date, with the days skipped, for an enquiry received on {@code received}. */
    public Deadline dueDate(LocalDate received, EnquiryKind kind, Integer overrideDays) {
        return calendar.due(received, overrideDays != null ? overrideDays : defaultTargetDays(kind));
    }

    /** "due in 3 working days", "overdue by 2 working days" for an enquiry still awaiting a reply. */
    public String describeDue(Enquiry enquiry) {
        return calendar.describeDue(enquiry.expectedDue());
    }

    // Receiving and changing the details

    /**
     * Records a new enquiry. The target is the authority's for its kind unless {@code targetDays}
     * differs from it, which needs {@code targetReason}; the due date is always counted here.
     * An enquiry brought in with its progress already made (answered, refused…) is checked the same,
     * and one brought in with a reference keeps it if no other enquiry has it.
     */
    public Enquiry record(Enquiry enquiry) {
        Enquiry prepared = prepare(enquiry, null);
        validate(prepared).throwIfInvalid();
        return transactions.inTransaction(() -> {
            if (prepared.reference() != null && repository.find(prepared.reference()).isPresent()) {
                throw new ValidationException("reference", "The reference " + prepared.reference()
                        + " is already used by another enquiry.");
            }
            Enquiry stored = repository.insert(prepared);
            audit.created(ENQUIRY, stored.id(), stored.reference().toString(), values(stored));
            return stored;
        });
    }

    /** Changes the details and target of an enquiry; its progress is kept as it is. */
    public Enquiry update(Enquiry changed) {
        Enquiry before = existing(changed.id());
        Enquiry merged = new Enquiry(before.id(), before.reference(), changed.memberId(), changed.receivedOn(),
                changed.channel(), changed.subject(), changed.details(), changed.kind(), changed.wardId(),
                changed.serviceAreaId(), null, changed.officerId(), null, changed.consentBasis(),
                changed.targetDays(), changed.targetReason(), null, before.acknowledgedOn(), before.holdingReply(),
                before.escalations(), before.answeredOn(), before.refusal(), before.closedOn());
        return save(before, prepare(merged, before));
    }

    /** Checks a whole enquiry, details and progress; the problems name the fields. */
    public Validation validate(Enquiry e) {
        LocalDate today = today();
        Validation v = new Validation()
                .required("memberId", "The member", e.memberId())
                .required("receivedOn", "The date received", e.receivedOn())
                .required("channel", "How it was received", e.channel())
                .required("subject", "The subject", e.subject())
                .maxLength("subject", "The subject", e.subject(), 300)
                .maxLength("details", "The details", e.details(), 4000)
                .required("kind", "The kind of enquiry", e.kind())
                .maxLength("targetReason", "The reason for the target", e.targetReason(), 500);
        notFuture(v, "receivedOn", "The date received", e.receivedOn(), today);
        Optional<Member> member = e.memberId() == null ? Optional.empty() : people.member(e.memberId());
        v.check(e.memberId() == null || member.isPresent(), "memberId", "This member is not in the people directory.");
        if (e.wardId() != null) {
            v.check(people.wards().stream().anyMatch(w -> w.id().equals(e.wardId())), "wardId",
                    "This ward is not in the directory.");
        }
        if (e.serviceAreaId() != null) {
            v.check(people.serviceAreas().stream().anyMatch(a -> a.id().equals(e.serviceAreaId())),
                    "serviceAreaId", "This service area is not in the directory.");
        }
        v.check(e.officerId() == null || people.officer(e.officerId()).isPresent(), "officerId",
                "This officer is not in the people directory.");
        if (e.kind() != null && e.kind().needsConsentBasis()) {
            v.check(e.consentBasis() != null, "consentBasis",
                    "Ward casework about a resident needs a consent basis: the member acts for a resident of "
                            + "their ward, the resident's explicit consent was obtained, or consent is not needed.");
            if (e.consentBasis() == ConsentBasis.WARD_MEMBER) {
                v.check(e.wardId() != null, "wardId",
                        "Give the resident's ward: the consent basis is that the member represents it.");
                if (e.wardId() != null && member.isPresent()) {
                    v.check(member.get().wardIds().contains(e.wardId()), "consentBasis",
                            member.get().displayName() + " does not represent " + wardName(e.wardId())
                                    + ", so cannot act for its residents without their explicit consent.");
                }
            }
        }
        checkTarget(v, e);
        checkProgress(v, e, today);
        return v;
    }

    private Validation validate(Enquiry e, Enquiry before) {
        return keepsTargetAsReceived(e, before) ? validate(e.withTarget(null, null)) : validate(e);
    }

    /**
     * An enquiry saved with the authority's target keeps that target when its details change,
     * even if the authority's target has changed since it was received.
     */
    private static boolean keepsTargetAsReceived(Enquiry e, Enquiry before) {
        return before != null && before.kind() == e.kind() && !before.isTargetOverridden()
                && !e.isTargetOverridden() && e.targetDays() != null && e.targetDays().equals(before.targetDays());
    }

    private void checkTarget(Validation v, Enquiry e) {
        if (e.targetDays() == null) {
            return;
        }
        v.check(e.targetDays() >= 1 && e.targetDays() <= MAX_TARGET_DAYS, "targetDays",
                "The target must be between 1 and " + MAX_TARGET_DAYS + " working days (it was " + e.targetDays()
                        + ").");
        if (e.kind() != null && e.targetDays() != defaultTargetDays(e.kind())) {
            v.check(e.isTargetOverridden(), "targetReason", "Give the reason for a target of " + e.targetDays()
                    + " working days instead of the authority's " + defaultTargetDays(e.kind()) + ".");
        }
    }

    private void checkProgress(Validation v, Enquiry e, LocalDate today) {
        LocalDate received = e.receivedOn();
        v.notBefore("acknowledgedOn", "The date acknowledged", e.acknowledgedOn(), "the date received", received);
        notFuture(v, "acknowledgedOn", "The date acknowledged", e.acknowledgedOn(), today);
        HoldingReply holding = e.holdingReply();
        if (holding != null) {
            v.required("holdingReplySentOn", "The date the holding reply was sent", holding.sentOn())
                    .required("holdingReplyExpectedOn", "The new date the member can expect the answer",
                            holding.newExpectedOn())
                    .notBefore("holdingReplySentOn", "The date the holding reply was sent", holding.sentOn(),
                            "the date received", received);
            notFuture(v, "holdingReplySentOn", "The date the holding reply was sent", holding.sentOn(), today);
            if (holding.sentOn() != null && holding.newExpectedOn() != null) {
                v.check(holding.newExpectedOn().isAfter(holding.sentOn()), "holdingReplyExpectedOn",
                        "The new expected date (" + UkDates.display(holding.newExpectedOn())
                                + ") must be after the holding reply was sent ("
                                + UkDates.display(holding.sentOn()) + ").");
            }
        }
        Optional<Officer> assigned = e.officerId() == null ? Optional.empty() : people.officer(e.officerId());
        for (int i = 0; i < e.escalations().size(); i++) {
            Escalation esc = e.escalations().get(i);
            String which = e.escalations().size() == 1 ? "the escalation" : "escalation " + (i + 1);
            v.required("escalatedOn", "The date of " + which, esc.escalatedOn())
                    .notBefore("escalatedOn", "The date of " + which, esc.escalatedOn(), "the date received",
                            received)
                    .maxLength("escalationNote", "The note on " + which, esc.note(), 1000);
            notFuture(v, "escalatedOn", "The date of " + which, esc.escalatedOn(), today);
            Optional<Officer> to = people.officer(esc.escalatedToOfficerId());
            v.check(to.isPresent(), "escalatedTo", "The officer " + which + " went to is not in the directory.");
            if (to.isPresent() && assigned.isPresent()) {
                v.check(to.get().tier() < assigned.get().tier(), "escalatedTo", "An enquiry is escalated to a "
                        + "more senior officer: " + to.get().displayName() + " (" + Tier.describe(to.get().tier())
                        + ") is not senior to " + assigned.get().displayName() + " ("
                        + Tier.describe(assigned.get().tier()) + ").");
            }
        }
        v.notBefore("answeredOn", "The date answered", e.answeredOn(), "the date received", received);
        notFuture(v, "answeredOn", "The date answered", e.answeredOn(), today);
        Refusal r = e.refusal();
        if (r != null) {
            v.check(e.answeredOn() == null, "refusedOn",
                    "This enquiry is recorded as answered; remove the date answered to record a refusal.");
            checkRefusal(v, r, received, today);
        }
        if (e.closedOn() != null) {
            v.check(e.repliedOn().isPresent(), "closedOn",
                    "Record the answer or the refusal before closing the enquiry.");
            if (r != null) {
                v.check(r.isCopiedToMonitoringOfficer(), "copiedToMonitoringOfficerOn",
                        "A refusal cannot be closed until it has been copied to the Monitoring Officer: "
                                + "enter the date it was copied.");
            }
            e.repliedOn().ifPresent(replied -> v.notBefore("closedOn", "The date closed", e.closedOn(),
                    e.answeredOn() != null ? "the date answered" : "the date refused", replied));
            notFuture(v, "closedOn", "The date closed", e.closedOn(), today);
        }
    }

    private static void checkRefusal(Validation v, Refusal r, LocalDate received, LocalDate today) {
        v.required("refusedOn", "The date refused", r.refusedOn())
                .required("reasons", "The reasons for the refusal", r.reasons())
                .maxLength("reasons", "The reasons for the refusal", r.reasons(), 4000)
                .maxLength("monitoringOfficerAdvice", "The Monitoring Officer's advice", r.monitoringOfficerAdvice(),
                        4000)
                .notBefore("refusedOn", "The date refused", r.refusedOn(), "the date received", received)
                .notBefore("reasonsRequestedOn", "The date written reasons were requested", r.reasonsRequestedOn(),
                        "the date refused", r.refusedOn())
                .notBefore("reasonsSentOn", "The date written reasons were sent", r.reasonsSentOn(),
                        "the date refused", r.refusedOn())
                .notBefore("copiedToMonitoringOfficerOn", "The date copied to the Monitoring Officer",
                        r.copiedToMonitoringOfficerOn(), "the date refused", r.refusedOn())
                .notBefore("advisedOn", "The date of the Monitoring Officer's advice", r.advisedOn(),
                        "the date copied to the Monitoring Officer", r.copiedToMonitoringOfficerOn())
                .check(r.reasonsSentOn() == null || r.reasonsRequestedOn() != null, "reasonsRequestedOn",
                        "Enter the date the member asked for written reasons before the date they were sent.")
                .check(r.advisedOn() == null || r.isCopiedToMonitoringOfficer(), "copiedToMonitoringOfficerOn",
                        "Enter the date the refusal was copied to the Monitoring Officer before their advice.")
                .check(r.advisedOn() == null || (r.monitoringOfficerAdvice() != null
                        && !r.monitoringOfficerAdvice().isBlank()), "monitoringOfficerAdvice",
                        "Record what the Monitoring Officer advised.")
                .check(r.monitoringOfficerAdvice() == null || r.monitoringOfficerAdvice().isBlank()
                        || r.advisedOn() != null, "advisedOn", "Enter the date of the Monitoring Officer's advice.");
        notFuture(v, "refusedOn", "The date refused", r.refusedOn(), today);
        notFuture(v, "reasonsRequestedOn", "The date written reasons were requested", r.reasonsRequestedOn(), today);
        notFuture(v, "reasonsSentOn", "The date written reasons were sent", r.reasonsSentOn(), today);
        notFuture(v, "copiedToMonitoringOfficerOn", "The date copied to the Monitoring Officer",
                r.copiedToMonitoringOfficerOn(), today);
        notFuture(v, "advisedOn", "The date of the Monitoring Officer's advice", r.advisedOn(), today);
    }

    private static void notFuture(Validation v, String field, String label, LocalDate date, LocalDate today) {
        v.check(date == null || !date.isAfter(today), field, label + " (" + UkDates.display(date)
                + ") cannot be in the future.");
    }

    // Progress

    public Enquiry acknowledge(long id, LocalDate on) {
        Enquiry before = existing(id);
        new Validation().required("acknowledgedOn", "The date acknowledged", on).throwIfInvalid();
        return save(before, before.withProgress(on, before.holdingReply(), before.escalations(),
                before.answeredOn(), before.refusal(), before.closedOn()));
    }

    /** Records a holding reply; it moves the date the member expects, not the target. */
    public Enquiry sendHoldingReply(long id, LocalDate sentOn, LocalDate newExpectedOn) {
        Enquiry before = existing(id);
        requireAwaitingReply(before, "holdingReplySentOn", "send a holding reply");
        return save(before, before.withProgress(before.acknowledgedOn(), new HoldingReply(sentOn, newExpectedOn),
                before.escalations(), before.answeredOn(), before.refusal(), before.closedOn()));
    }

    /** Passes the enquiry to a more senior officer than the one assigned. */
    public Enquiry escalate(long id, LocalDate on, long toOfficerId, String note) {
        Enquiry before = existing(id);
        requireAwaitingReply(before, "escalatedOn", "escalate it");
        List<Escalation> escalations = new ArrayList<>(before.escalations());
        escalations.add(new Escalation(null, on, toOfficerId, note == null || note.isBlank() ? null : note.trim()));
        return save(before, before.withProgress(before.acknowledgedOn(), before.holdingReply(), escalations,
                before.answeredOn(), before.refusal(), before.closedOn()));
    }

    public Enquiry answer(long id, LocalDate on) {
        Enquiry before = existing(id);
        requireAwaitingReply(before, "answeredOn", "record an answer");
        new Validation().required("answeredOn", "The date answered", on).throwIfInvalid();
        return save(before, before.withProgress(before.acknowledgedOn(), before.holdingReply(),
                before.escalations(), on, null, before.closedOn()));
    }

    /**
     * Records a refusal, or updates it as it goes on: written reasons requested and sent, the copy
     * to the Monitoring Officer, the Monitoring Officer's advice.
     */
    public Enquiry recordRefusal(long id, Refusal refusal) {
        Enquiry before = existing(id);
        new Validation().required("refusedOn", "The refusal", refusal)
                .check(before.closedOn() == null, "closedOn", "This enquiry is closed; reopen it to change the refusal.")
                .throwIfInvalid();
        Refusal clean = new Refusal(refusal.refusedOn(), trimmed(refusal.reasons()), refusal.reasonsRequestedOn(),
                refusal.reasonsSentOn(), refusal.copiedToMonitoringOfficerOn(),
                trimmed(refusal.monitoringOfficerAdvice()), refusal.advisedOn());
        return save(before, before.withProgress(before.acknowledgedOn(), before.holdingReply(),
                before.escalations(), before.answeredOn(), clean, before.closedOn()));
    }

    public Enquiry close(long id, LocalDate on) {
        Enquiry before = existing(id);
        new Validation().required("closedOn", "The date closed", on)
                .check(before.closedOn() == null, "closedOn", "This enquiry is already closed.")
                .throwIfInvalid();
        return save(before, before.withProgress(before.acknowledgedOn(), before.holdingReply(),
                before.escalations(), before.answeredOn(), before.refusal(), on));
    }

    public Enquiry reopen(long id) {
        Enquiry before = existing(id);
        new Validation().check(before.closedOn() != null, "closedOn", "This enquiry is not closed.").throwIfInvalid();
        return save(before, before.withProgress(before.acknowledgedOn(), before.holdingReply(),
                before.escalations(), before.answeredOn(), before.refusal(), null));
    }

    public void delete(long id) {
        Enquiry before = existing(id);
        transactions.inTransaction(() -> {
            repository.delete(id);
            audit.deleted(ENQUIRY, id, before.reference().toString(), values(before));
            return null;
        });
    }

    private void requireAwaitingReply(Enquiry e, String field, String what) {
        if (!e.isAwaitingReply()) {
            throw new ValidationException(field, "This enquiry is " + e.status().label().toLowerCase(Locale.UK)
                    + ", so there is no need to " + what + ".");
        }
    }

    private Enquiry save(Enquiry before, Enquiry after) {
        validate(after, before).throwIfInvalid();
        return transactions.inTransaction(() -> {
            repository.update(after);
            Enquiry stored = repository.find(after.id()).orElseThrow();
            audit.changed(ENQUIRY, stored.id(), stored.reference().toString(), values(before), values(stored));
            return stored;
        });
    }

    private Enquiry existing(Long id) {
        if (id == null) {
            throw new ValidationException("id", "This enquiry has not been saved yet.");
        }
        return transactions.inTransaction(() -> repository.find(id))
                .orElseThrow(() -> new ValidationException("id", "This enquiry no longer exists."));
    }

    /**
     * Fills in what is worked out rather than typed: the target (the authority's unless
     * overridden), the due date, the directorate and the Director. A target left as it was on
     * an enquiry already saved stays, even if the authority's target has changed since.
     */
    private Enquiry prepare(Enquiry e, Enquiry before) {
        Enquiry clean = new Enquiry(e.id(), e.reference(), e.memberId(), e.receivedOn(), e.channel(),
                trimmed(e.subject()), trimmed(e.details()), e.kind(), e.wardId(), e.serviceAreaId(), null,
                e.officerId(), null, e.consentBasis(), e.targetDays(), trimmed(e.targetReason()), null,
                e.acknowledgedOn(), e.holdingReply(), e.escalations(), e.answeredOn(), e.refusal(), e.closedOn());
        Enquiry withDays = clean;
        if (clean.kind() != null) {
            int authority = defaultTargetDays(clean.kind());
            Integer typed = clean.targetDays();
            if (keepsTargetAsReceived(clean, before)) {
                withDays = clean.withTarget(before.targetDays(), null);
            } else if (typed == null || typed == authority) {
                withDays = clean.withTarget(authority, null);
            }
        }
        LocalDate due = null;
        if (withDays.receivedOn() != null && withDays.targetDays() != null && withDays.targetDays() >= 1
                && withDays.targetDays() <= MAX_TARGET_DAYS) {
            due = calendar.due(withDays.receivedOn(), withDays.targetDays()).due();
        }
        Enquiry dated = withDays.targetDays() == null ? withDays
                : withDays.withTargetDue(withDays.targetDays(), withDays.targetReason(), due);
        Optional<Officer> officer = e.officerId() == null ? Optional.empty() : people.officer(e.officerId());
        Long directorate = e.serviceAreaId() == null ? null : people.serviceAreas().stream()
                .filter(a -> a.id().equals(e.serviceAreaId())).map(ServiceArea::directorateId).findFirst()
                .orElse(null);
        if (directorate == null) {
            directorate = officer.map(Officer::directorateId).orElse(null);
        }
        return dated.withOrganisation(directorate, officer.flatMap(this::directorOf).map(Officer::id).orElse(null));
    }

    /**
     * The Director over an officer: the first tier-2 officer up the line-management chain, else the
     * Director of the officer's directorate. A Director or the Chief Executive answers for themselves.
     */
    public Optional<Officer> directorOf(Officer officer) {
        if (officer.tier() <= Tier.DIRECTOR) {
            return Optional.of(officer);
        }
        Set<Long> seen = new HashSet<>();
        Officer current = officer;
        while (current.lineManagerId() != null && seen.add(current.id())) {
            Optional<Officer> manager = people.officer(current.lineManagerId());
            if (manager.isEmpty()) {
                break;
            }
            current = manager.get();
            if (current.tier() == Tier.DIRECTOR) {
                return Optional.of(current);
            }
        }
        if (officer.directorateId() == null) {
            return Optional.empty();
        }
        LocalDate today = today();
        return people.officers().stream()
                .filter(o -> o.tier() == Tier.DIRECTOR && officer.directorateId().equals(o.directorateId())
                        && !o.hasLeftBy(today))
                .findFirst();
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private String wardName(Long id) {
        return people.wards().stream().filter(w -> w.id().equals(id)).map(Ward::name).findFirst()
                .orElse("that ward");
    }

    // Dashboard

    /**
     * What needs doing on {@code today}: enquiries due within one working day with no holding
     * reply, overdue enquiries (past the target, or past the date a holding reply gave), refusals
     * not yet copied to the Monitoring Officer and refusals awaiting the Monitoring Officer's advice.
     */
    public List<EnquiryAlert> alerts(LocalDate today) {
        LocalDate nextWorkingDay = calendar.due(today, 1).due();
        return transactions.inTransaction(() -> {
            List<EnquiryAlert> alerts = new ArrayList<>();
            for (Enquiry e : repository.awaitingReplyDueBy(nextWorkingDay)) {
                if (e.expectedDue().isBefore(today)) {
                    alerts.add(new EnquiryAlert(EnquiryAlert.Kind.OVERDUE, e, e.expectedDue()));
                } else if (e.holdingReply() == null) {
                    alerts.add(new EnquiryAlert(EnquiryAlert.Kind.DUE_WITHOUT_HOLDING_REPLY, e, e.expectedDue()));
                }
            }
            for (Enquiry e : repository.refusalsAwaitingAdvice()) {
                Refusal r = e.refusal();
                alerts.add(r.isCopiedToMonitoringOfficer()
                        ? new EnquiryAlert(EnquiryAlert.Kind.REFUSAL_AWAITING_ADVICE, e,
                        r.copiedToMonitoringOfficerOn())
                        : new EnquiryAlert(EnquiryAlert.Kind.REFUSAL_NOT_COPIED, e, r.refusedOn()));
            }
            alerts.sort(Comparator.comparing(EnquiryAlert::due)
                    .thenComparing(a -> a.enquiry().reference()));
            return alerts;
        });
    }

    // Performance

    /**
     * For each calendar year from {@code firstYear} to {@code lastYear}, the enquiries received in it
     * measured against the target as of today, for trends: only the years with enquiries appear.
     */
    public List<YearOnTarget> onTargetByYear(int firstYear, int lastYear) {
        return transactions.inTransaction(() -> repository.onTargetByYear(LocalDate.of(firstYear, 1, 1),
                LocalDate.of(lastYear, 12, 31), today()));
    }

    /** The refusals of the enquiries received from {@code from} to {@code to}, counted. */
    public RefusalCounts refusals(LocalDate from, LocalDate to) {
        return transactions.inTransaction(() -> repository.refusals(from, to));
    }

    /**
     * How the enquiries received from {@code from} to {@code to} were answered, judged as of
     * today: overall and per service area, directorate and assigned officer. Counted in one pass
     * over the period, with working days read from a running count rather than day by day.
     */
    public EnquiryPerformance performance(LocalDate from, LocalDate to) {
        return performance(from, to, true);
    }

    /**
     * As {@link #performance}, without the figures for each assigned officer (their list is empty):
     * for a committee report, which gives the directorates' figures and names no officer.
     */
    public EnquiryPerformance performanceByDirectorate(LocalDate from, LocalDate to) {
        return performance(from, to, false);
    }

    private EnquiryPerformance performance(LocalDate from, LocalDate to, boolean byOfficer) {
        new Validation().required("from", "The start of the period", from)
                .required("to", "The end of the period", to)
                .notBefore("to", "The end of the period", to, "its start", from)
                .throwIfInvalid();
        LocalDate asOf = today();
        WorkingDayCalendar days = calendar.calendar();
        // Replies are dated no later than today; one typed in the future is counted the slow way below.
        LocalDate last = asOf.isAfter(to) ? asOf : to;
        int span = (int) (last.toEpochDay() - from.toEpochDay()) + 1;
        // workingBefore[i]: working days from `from` up to but excluding from + i.
        int[] workingUpTo = new int[span + 1];
        for (int i = 0; i < span; i++) {
            workingUpTo[i + 1] = workingUpTo[i] + (days.isWorkingDay(from.plusDays(i)) ? 1 : 0);
        }
        long origin = from.toEpochDay();
        PerformanceTally overall = new PerformanceTally();
        Map<Long, PerformanceTally> areas = new HashMap<>();
        Map<Long, PerformanceTally> directorates = new HashMap<>();
        Map<Long, PerformanceTally> officers = new HashMap<>();
        transactions.inTransaction(() -> {
            repository.forPerformance(from, to, row -> {
                boolean replied = row.repliedOn() != null;
                int taken = 0;
                if (replied) {
                    long a = row.receivedOn().toEpochDay() - origin;
                    long b = row.repliedOn().toEpochDay() - origin;
                    taken = b < a ? 0 : b < span ? workingUpTo[(int) b + 1] - workingUpTo[(int) a + 1]
                            : days.workingDaysBetween(row.receivedOn(), row.repliedOn());
                }
                boolean late = !replied && row.targetDue().isBefore(asOf);
                boolean inTarget = replied && !row.repliedOn().isAfter(row.targetDue());
                overall.add(replied, late, inTarget, taken, row.holdingReply(), row.escalated(), row.refused());
                areas.computeIfAbsent(row.serviceAreaId(), k -> new PerformanceTally())
                        .add(replied, late, inTarget, taken, row.holdingReply(), row.escalated(), row.refused());
                directorates.computeIfAbsent(row.directorateId(), k -> new PerformanceTally())
                        .add(replied, late, inTarget, taken, row.holdingReply(), row.escalated(), row.refused());
                if (byOfficer) {
                    officers.computeIfAbsent(row.officerId(), k -> new PerformanceTally())
                            .add(replied, late, inTarget, taken, row.holdingReply(), row.escalated(), row.refused());
                }
            });
            return null;
        });
        Map<Long, String> areaNames = people.serviceAreas().stream()
                .collect(Collectors.toMap(ServiceArea::id, ServiceArea::name));
        Map<Long, String> directorateNames = people.directorates().stream()
                .collect(Collectors.toMap(Directorate::id, Directorate::name));
        // Only the officers with enquiries in the period: a large authority has tens of thousands.
        Map<Long, org.probity.people.OfficerName> officerNames = people.officerNames(officers.keySet().stream()
                .filter(java.util.Objects::nonNull).toList());
        return new EnquiryPerformance(from, to, asOf, overall.figures(),
                groups(areas, id -> areaNames.getOrDefault(id, "(removed service area)"), "No service area"),
                groups(directorates, id -> directorateNames.getOrDefault(id, "(removed directorate)"),
                        "No directorate"),
                groups(officers, id -> officerNames.containsKey(id) ? officerNames.get(id).sortName()
                        : "(removed officer)", "No officer assigned"));
    }

    private static List<PerformanceGroup> groups(Map<Long, PerformanceTally> tallies, Function<Long, String> name,
                                                 String none) {
        return tallies.entrySet().stream()
                .map(e -> new PerformanceGroup(e.getKey(), e.getKey() == null ? none : name.apply(e.getKey()),
                        e.getValue().figures()))
                .sorted(Comparator.comparing((PerformanceGroup g) -> g.id() == null)
                        .thenComparing(PerformanceGroup::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    // Audit values

    public Map<String, String> values(Enquiry e) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Reference", e.reference() == null ? "" : e.reference().toString());
        values.put("Member", memberName(e.memberId()));
        values.put("Received on", UkDates.display(e.receivedOn()));
        values.put("Received by", e.channel() == null ? "" : e.channel().label());
        values.put("Subject", text(e.subject()));
        values.put("Details", text(e.details()));
        values.put("Kind", e.kind() == null ? "" : e.kind().label());
        values.put("Ward", e.wardId() == null ? "" : wardName(e.wardId()));
        values.put("Service area", e.serviceAreaId() == null ? "" : people.areaName(e.serviceAreaId()));
        values.put("Officer", officerName(e.officerId()));
        values.put("Director", officerName(e.directorId()));
        values.put("Consent basis", e.consentBasis() == null ? "" : e.consentBasis().label());
        values.put("Target (working days)", e.targetDays() == null ? "" : String.valueOf(e.targetDays()));
        values.put("Reason for the target", text(e.targetReason()));
        values.put("Due", UkDates.display(e.targetDue()));
        values.put("Acknowledged on", UkDates.display(e.acknowledgedOn()));
        values.put("Holding reply", e.holdingReply() == null ? "" : "sent " + UkDates.display(e.holdingReply()
                .sentOn()) + ", answer expected " + UkDates.display(e.holdingReply().newExpectedOn()));
        values.put("Escalations", e.escalations().stream().map(x -> UkDates.display(x.escalatedOn()) + " to "
                + officerName(x.escalatedToOfficerId()) + (x.note() == null ? "" : " (" + x.note() + ")"))
                .collect(Collectors.joining("; ")));
        values.put("Answered on", UkDates.display(e.answeredOn()));
        Refusal r = e.refusal();
        values.put("Refused on", r == null ? "" : UkDates.display(r.refusedOn()));
        values.put("Reasons for refusal", r == null ? "" : text(r.reasons()));
        values.put("Written reasons requested on", r == null ? "" : UkDates.display(r.reasonsRequestedOn()));
        values.put("Written reasons sent on", r == null ? "" : UkDates.display(r.reasonsSentOn()));
        values.put("Copied to the Monitoring Officer on", r == null ? ""
                : UkDates.display(r.copiedToMonitoringOfficerOn()));
        values.put("Monitoring Officer's advice", r == null ? "" : text(r.monitoringOfficerAdvice()));
        values.put("Advised on", r == null ? "" : UkDates.display(r.advisedOn()));
        values.put("Closed on", UkDates.display(e.closedOn()));
        values.put("Status", e.status().label());
        return values;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** Lets an announced bank holiday or a closure day move the targets of enquiries still awaiting a reply. */
    private final class TargetDeadlines implements OpenDeadlines {

        @Override
        public List<OpenDeadline> open() {
            return repository.awaitingReply().stream()
                    .map(e -> new OpenDeadline(REGISTER, String.valueOf(e.id()), e.reference() + " " + e.subject(),
                            e.receivedOn(), e.targetDays(), e.targetDue()))
                    .toList();
        }

        @Override
        public void moved(OpenDeadline deadline, LocalDate newDue) {
            long id = Long.parseLong(deadline.recordId());
            Enquiry before = repository.find(id).orElseThrow();
            repository.moveTargetDue(id, newDue);
            Enquiry after = repository.find(id).orElseThrow();
            audit.changed(ENQUIRY, id, before.reference().toString(), values(before), values(after));
        }
    }
}
