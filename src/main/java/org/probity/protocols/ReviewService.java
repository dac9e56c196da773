package org.probity.protocols;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.probity.audit.AuditTrail;
import org.probity.common.UkDates;
import org.probity.common.Validation;
import org.probity.common.ValidationException;
import org.probity.storage.Transactions;

/**
 * Reviews of a protocol: opening one on the version in force (which starts a draft copy of it),
 * the evidence panel, findings, amendments paragraph by paragraph, the consultation log, and the
 * approval route up to the adoption of the draft. Every write is validated and audited in one
 * transaction.
 */
public final class ReviewService {

    public static final String REVIEW = "Protocol review";
    public static final String REGISTER = "Protocol reviews";
    /** A consultee is asked to respond within this many days unless another date is given. */
    public static final int DEFAULT_RESPONSE_DAYS = 14;

    private final ProtocolRepository repository;
    private final ProtocolService protocols;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Supplier<List<ReviewEvidenceSource>> evidenceSources;

    public ReviewService(ProtocolRepository repository, ProtocolService protocols, Transactions transactions,
                         AuditTrail audit, Clock clock, Supplier<List<ReviewEvidenceSource>> evidenceSources) {
        this.repository = repository;
        this.protocols = protocols;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.evidenceSources = evidenceSources;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // Reads

    public List<Review> reviews(long protocolId) {
        return repository.reviews(protocolId);
    }

    public List<Review> allReviews() {
        return repository.allReviews();
    }

    public Optional<Review> review(long id) {
        return repository.review(id);
    }

    public List<Amendment> amendments(long reviewId) {
        return repository.amendments(reviewId);
    }

    public List<Consultation> consultations(long reviewId) {
        return repository.consultations(reviewId);
    }

    public List<Consultation> outstandingConsultations() {
        return repository.outstandingConsultations();
    }

    public List<ApprovalStep> steps(long reviewId) {
        return repository.steps(reviewId);
    }

    /** "Protocol on Member/Officer Relations, review of version 2 opened 3 Mar 2026". */
    public String label(Review r) {
        int version = protocols.version(r.reviewedVersionId()).map(ProtocolVersion::number).orElse(0);
        return protocols.protocolTitle(r.protocolId()) + ", review of version " + version + " opened "
                + UkDates.display(r.openedOn());
    }

    /** What each body did to the draft: "amended by the Constitutional Advisory Panel on 9 Oct 2017". */
    public String madeBy(Amendment a) {
        if (a.stepId() == null) {
            return "proposed by " + a.proposedBy() + " on " + UkDates.display(a.madeOn());
        }
        return repository.step(a.stepId()).map(s -> "amended by " + s.body() + " on "
                + UkDates.display(s.meetingOn())).orElse("amended on " + UkDates.display(a.madeOn()));
    }

    // Opening and findings

    /**
     * Opens a review of {@code versionId}, looking back on {@code periodFrom}..{@code periodTo},
     * and starts its draft as a copy of that version.
     */
    public Review open(long versionId, LocalDate openedOn, ReviewReason reason, LocalDate periodFrom,
                       LocalDate periodTo) {
        ProtocolVersion version = protocols.version(versionId).orElse(null);
        Validation v = new Validation()
                .required("version", "Version under review", version)
                .required("openedOn", "Opened on", openedOn)
                .required("reason", "Reason", reason)
                .required("periodFrom", "Period from", periodFrom)
                .required("periodTo", "Period to", periodTo)
                .notBefore("periodTo", "Period to", periodTo, "period from", periodFrom);
        if (openedOn != null) {
            v.check(!openedOn.isAfter(today()), "openedOn", "Opened on (" + UkDates.display(openedOn)
                    + ") cannot be in the future.");
        }
        if (version != null) {
            v.check(version.status() != VersionStatus.DRAFT, "version", version.label()
                    + " is a draft. A review looks at a version that has been adopted.");
            v.check(reviews(version.protocolId()).stream().noneMatch(Review::inProgress), "version",
                    protocols.protocolTitle(version.protocolId()) + " already has a review in progress. "
                            + "Finish or close it before opening another.");
        }
        v.throwIfInvalid();
        return transactions.inTransaction(() -> {
            ProtocolVersion draft = protocols.copyAsDraft(version);
            Review review = repository.insert(new Review(null, version.protocolId(), versionId, draft.id(),
                    openedOn, reason, periodFrom, periodTo, null, ReviewStatus.IN_PROGRESS, null));
            audit.created(REVIEW, review.id(), label(review), values(review));
            return review;
        });
    }

    public Review saveFindings(long reviewId, String findings) {
        Review before = inProgress(reviewId);
        new Validation().maxLength("findings", "Findings", findings, 20000).throwIfInvalid();
        return transactions.inTransaction(() -> {
            Review after = before.withFindings(findings == null || findings.isBlank() ? null : findings.strip());
            repository.update(after);
            audit.changed(REVIEW, reviewId, label(after), values(before), values(after));
            return after;
        });
    }

    /** Closes a review without adopting its draft (the protocol is working and needs no change). */
    public Review close(long reviewId, LocalDate on) {
        Review before = inProgress(reviewId);
        new Validation().required("closedOn", "Closed on", on)
                .notBefore("closedOn", "Closed on", on, "the date it was opened", before.openedOn())
                .throwIfInvalid();
        return transactions.inTransaction(() -> {
            Review after = before.closed(ReviewStatus.CLOSED, on);
            repository.update(after);
            audit.changed(REVIEW, reviewId, label(after), values(before), values(after));
            return after;
        });
    }

    // Evidence

    /**
     * The evidence panel: each register's figures for the review period, with the paragraphs of
     * the version reviewed that each figure bears on.
     */
    public List<Evidence> evidence(long reviewId) {
        Review review = repository.review(reviewId).orElseThrow();
        List<Paragraph> paragraphs = protocols.paragraphs(review.reviewedVersionId());
        List<Evidence> out = new ArrayList<>();
        for (ReviewEvidenceSource source : evidenceSources.get()) {
            Evidence e = source.evidence(review.periodFrom(), review.periodTo());
            List<Evidence.Line> lines = new ArrayList<>();
            for (Evidence.Line line : e.lines()) {
                lines.add(new Evidence.Line(line.label(), line.figure(), resolve(line.paragraphs(), paragraphs),
                        line.concern()));
            }
            out.add(new Evidence(e.register(), lines));
        }
        return out;
    }

    /** Turns heading words into the numbers of the sections whose headings contain them. */
    static List<String> resolve(List<String> topics, List<Paragraph> paragraphs) {
        Set<String> numbers = new LinkedHashSet<>();
        for (String topic : topics) {
            if (!topic.isEmpty() && Character.isDigit(topic.charAt(0))) {
                numbers.add(topic);
                continue;
            }
            String word = topic.toLowerCase(Locale.ROOT);
            for (Paragraph p : paragraphs) {
                if (p.heading() && !p.number().isEmpty() && p.text().toLowerCase(Locale.ROOT).contains(word)) {
                    numbers.add(p.key());
                }
            }
        }
        return List.copyOf(numbers);
    }

    // Amendments

    /** Amends a paragraph of the draft as part of the review (not at a meeting). */
    public Amendment propose(long reviewId, String number, String newText, String rationale, String proposedBy) {
        Review review = inProgress(reviewId);
        new Validation().required("proposedBy", "Proposed by", proposedBy)
                .maxLength("proposedBy", "Proposed by", proposedBy, 300).throwIfInvalid();
        return amend(review, null, number, newText, rationale, proposedBy.strip(), today());
    }

    /** Records an amendment a body made to the draft at its meeting. */
    public Amendment amendAtStep(long stepId, String number, String newText, String rationale) {
        ApprovalStep step = repository.step(stepId).orElseThrow(() ->
                new ValidationException("step", "That approval step no longer exists."));
        Review review = inProgress(step.reviewId());
        return amend(review, step.id(), number, newText, rationale, step.body(), step.meetingOn());
    }

    private Amendment amend(Review review, Long stepId, String number, String newText, String rationale,
                            String by, LocalDate on) {
        List<Paragraph> draft = protocols.paragraphs(review.draftVersionId());
        String key = Paragraph.keyOf(number);
        int index = -1;
        for (int i = 0; i < draft.size(); i++) {
            if (!key.isEmpty() && draft.get(i).key().equals(key)) {
                index = i;
                break;
            }
        }
        Validation v = new Validation()
                .required("number", "Paragraph", number)
                .required("newText", "New text", newText)
                .maxLength("newText", "New text", newText, 20000)
                .maxLength("rationale", "Rationale", rationale, 4000);
        if (!key.isEmpty()) {
            v.check(index >= 0, "number", "Paragraph " + number.strip() + " is not in the draft. Give the number "
                    + "as the draft shows it, e.g. 8.2.2 or 4(b).");
        }
        if (index >= 0 && newText != null) {
            v.check(!draft.get(index).text().equals(newText.strip()), "newText",
                    "The new text is the same as paragraph " + number.strip() + " already says.");
        }
        v.throwIfInvalid();
        int at = index;
        return transactions.inTransaction(() -> {
            Paragraph old = draft.get(at);
            List<Paragraph> changed = new ArrayList<>(draft);
            changed.set(at, old.withText(newText.strip()));
            protocols.saveParagraphs(review.draftVersionId(), changed);
            Amendment a = repository.insert(new Amendment(null, review.id(), stepId, old.number(), old.text(),
                    newText.strip(), blankToNull(rationale), by, on));
            Map<String, String> values = new LinkedHashMap<>();
            values.put("amendment." + a.id() + ".paragraph", a.number());
            values.put("amendment." + a.id() + ".newText", a.newText());
            values.put("amendment." + a.id() + ".by", by);
            audit.changed(REVIEW, review.id(), label(review), Map.of(), values);
            return a;
        });
    }

    public List<Paragraph> draft(long reviewId) {
        return protocols.paragraphs(repository.review(reviewId).orElseThrow().draftVersionId());
    }

    // Consultation

    public Consultation consult(long reviewId, String name, String title, String organisation, boolean approver,
                                LocalDate sentOn, LocalDate respondBy) {
        Review review = inProgress(reviewId);
        LocalDate by = respondBy != null ? respondBy : sentOn == null ? null : sentOn.plusDays(DEFAULT_RESPONSE_DAYS);
        new Validation()
                .required("name", "Name", name).maxLength("name", "Name", name, 300)
                .maxLength("title", "Title", title, 300)
                .maxLength("organisation", "Directorate or organisation", organisation, 300)
                .required("sentOn", "Date sent", sentOn)
                .notBefore("sentOn", "Date sent", sentOn, "the date the review opened", review.openedOn())
                .notBefore("respondBy", "Respond by", by, "date sent", sentOn)
                .throwIfInvalid();
        return transactions.inTransaction(() -> {
            Consultation c = repository.insert(new Consultation(null, reviewId, name.strip(), blankToNull(title),
                    blankToNull(organisation), approver, sentOn, by, null, null));
            audit.changed(REVIEW, reviewId, label(review), Map.of(), consultationValues(c));
            return c;
        });
    }

    public Consultation recordResponse(long consultationId, LocalDate respondedOn, String summary) {
        Consultation before = repository.consultation(consultationId).orElseThrow(() ->
                new ValidationException("consultation", "That consultation entry no longer exists."));
        Review review = repository.review(before.reviewId()).orElseThrow();
        new Validation()
                .required("respondedOn", "Response received", respondedOn)
                .notBefore("respondedOn", "Response received", respondedOn, "date sent", before.sentOn())
                .maxLength("responseSummary", "Response summary", summary, 4000)
                .throwIfInvalid();
        if (respondedOn.isAfter(today())) {
            throw new ValidationException("respondedOn", "Response received (" + UkDates.display(respondedOn)
                    + ") cannot be in the future.");
        }
        return transactions.inTransaction(() -> {
            Consultation after = before.responded(respondedOn, blankToNull(summary));
            repository.update(after);
            audit.changed(REVIEW, review.id(), label(review), consultationValues(before), consultationValues(after));
            return after;
        });
    }

    // Approval route

    /**
     * Adds the next body on the approval route. Its meeting cannot be before the previous
     * step's; {@code decision} may be null for a meeting still to come.
     */
    public ApprovalStep addStep(long reviewId, String body, LocalDate meetingOn, ApprovalDecision decision,
                                String minuteReference) {
        Review review = inProgress(reviewId);
        List<ApprovalStep> steps = steps(reviewId);
        ApprovalStep previous = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        Validation v = new Validation()
                .required("body", "Body", body).maxLength("body", "Body", body, 300)
                .required("meetingOn", "Meeting date", meetingOn)
                .maxLength("minuteReference", "Minute reference", minuteReference, 100)
                .notBefore("meetingOn", "Meeting date", meetingOn, "the date the review opened", review.openedOn());
        if (previous != null && meetingOn != null) {
            v.check(!meetingOn.isBefore(previous.meetingOn()), "meetingOn", "The meeting of " + safe(body)
                    + " (" + UkDates.display(meetingOn) + ") cannot be before the previous step on the route, "
                    + previous.body() + " (" + UkDates.display(previous.meetingOn()) + ").");
        }
        if (decision != null && previous != null) {
            v.check(previous.decision() != null, "decision", previous.body() + " has not decided yet. Record "
                    + "its decision before this one.");
        }
        checkDecisionDate(v, meetingOn, decision);
        v.throwIfInvalid();
        return transactions.inTransaction(() -> {
            ApprovalStep s = repository.insert(new ApprovalStep(null, reviewId, steps.size() + 1, body.strip(),
                    meetingOn, decision, blankToNull(minuteReference)));
            audit.changed(REVIEW, reviewId, label(review), Map.of(), stepValues(s));
            return s;
        });
    }

    public ApprovalStep recordDecision(long stepId, ApprovalDecision decision, String minuteReference) {
        ApprovalStep before = repository.step(stepId).orElseThrow(() ->
                new ValidationException("step", "That approval step no longer exists."));
        Review review = inProgress(before.reviewId());
        Validation v = new Validation().required("decision", "Decision", decision)
                .maxLength("minuteReference", "Minute reference", minuteReference, 100);
        for (ApprovalStep s : steps(review.id())) {
            if (s.order() < before.order() && s.decision() == null) {
                v.check(false, "decision", s.body() + " (" + UkDates.display(s.meetingOn()) + ") has not "
                        + "decided yet. Record its decision before this one.");
                break;
            }
        }
        checkDecisionDate(v, before.meetingOn(), decision);
        v.throwIfInvalid();
        return transactions.inTransaction(() -> {
            ApprovalStep after = before.decided(decision, blankToNull(minuteReference));
            repository.update(after);
            audit.changed(REVIEW, review.id(), label(review), stepValues(before), stepValues(after));
            return after;
        });
    }

    private void checkDecisionDate(Validation v, LocalDate meetingOn, ApprovalDecision decision) {
        if (decision != null && meetingOn != null) {
            v.check(!meetingOn.isAfter(today()), "decision", "The meeting on " + UkDates.display(meetingOn)
                    + " has not happened yet, so it has no decision to record.");
        }
    }

    /** Why the draft cannot be adopted yet, or empty when the last body on the route has approved it. */
    public Optional<String> adoptionBlocked(long reviewId) {
        Review review = repository.review(reviewId).orElseThrow();
        if (!review.inProgress()) {
            return Optional.of("This review is " + review.status().label().toLowerCase(Locale.ROOT) + ".");
        }
        List<ApprovalStep> steps = steps(reviewId);
        if (steps.isEmpty()) {
            return Optional.of("The approval route is empty. Record the body that approved the draft first.");
        }
        Map<String, ApprovalStep> latestByBody = new HashMap<>();
        for (ApprovalStep s : steps) {
            if (s.decision() == null) {
                return Optional.of(s.body() + " (" + UkDates.display(s.meetingOn()) + ") has not decided yet.");
            }
            latestByBody.put(s.body().toLowerCase(Locale.ROOT), s);
        }
        for (ApprovalStep s : latestByBody.values()) {
            if (s.decision() == ApprovalDecision.DEFERRED) {
                return Optional.of(s.body() + " deferred the draft on " + UkDates.display(s.meetingOn())
                        + ". It cannot be adopted until that body has approved it at a later meeting.");
            }
            if (s.decision() == ApprovalDecision.REJECTED) {
                return Optional.of(s.body() + " rejected the draft on " + UkDates.display(s.meetingOn())
                        + ". Close the review, or record a later meeting that approved it.");
            }
        }
        ApprovalStep last = steps.get(steps.size() - 1);
        if (!last.decision().approves()) {
            return Optional.of("The last body on the route, " + last.body() + ", " + last.decision().label()
                    .toLowerCase(Locale.ROOT) + " the draft; the draft is adopted when the last body approves it.");
        }
        return Optional.empty();
    }

    /**
     * Adopts the draft: it becomes the version in force on the last body's meeting date, the
     * version before it is superseded, and the next review falls due after the review interval.
     */
    public ProtocolVersion adopt(long reviewId, String constitutionPart) {
        Optional<String> blocked = adoptionBlocked(reviewId);
        if (blocked.isPresent()) {
            throw new ValidationException("adopt", blocked.get());
        }
        Review review = repository.review(reviewId).orElseThrow();
        List<ApprovalStep> steps = steps(reviewId);
        ApprovalStep last = steps.get(steps.size() - 1);
        return transactions.inTransaction(() -> {
            ProtocolVersion draft = protocols.version(review.draftVersionId()).orElseThrow();
            ProtocolVersion adopted = draft.adopted(last.meetingOn(), last.body(),
                    last.meetingOn().plusMonths(protocols.reviewIntervalMonths()));
            if (constitutionPart != null && !constitutionPart.isBlank()) {
                adopted = new ProtocolVersion(adopted.id(), adopted.protocolId(), adopted.number(), adopted.status(),
                        adopted.adoptedOn(), adopted.adoptedBy(), constitutionPart.strip(), adopted.nextReviewOn(),
                        adopted.sourceName());
            }
            protocols.updateVersion(draft, adopted);
            protocols.supersedeOthers(adopted);
            Review after = review.closed(ReviewStatus.ADOPTED, last.meetingOn());
            repository.update(after);
            audit.changed(REVIEW, reviewId, label(after), values(review), values(after));
            return adopted;
        });
    }

    private Review inProgress(long reviewId) {
        Review review = repository.review(reviewId).orElseThrow(() ->
                new ValidationException("review", "That review no longer exists."));
        if (!review.inProgress()) {
            throw new ValidationException("review", "This review is " + review.status().label()
                    .toLowerCase(Locale.ROOT) + " and can no longer be changed.");
        }
        return review;
    }

    private static Map<String, String> values(Review r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("openedOn", String.valueOf(r.openedOn()));
        m.put("reason", r.reason().label());
        m.put("period", r.periodFrom() + " to " + r.periodTo());
        m.put("findings", r.findings() == null ? "" : r.findings());
        m.put("status", r.status().label());
        m.put("closedOn", r.closedOn() == null ? "" : r.closedOn().toString());
        return m;
    }

    private static Map<String, String> consultationValues(Consultation c) {
        String p = "consultation." + c.id() + ".";
        Map<String, String> m = new LinkedHashMap<>();
        m.put(p + "name", c.name());
        m.put(p + "sentOn", String.valueOf(c.sentOn()));
        m.put(p + "respondedOn", c.respondedOn() == null ? "" : c.respondedOn().toString());
        m.put(p + "summary", c.responseSummary() == null ? "" : c.responseSummary());
        return m;
    }

    private static Map<String, String> stepValues(ApprovalStep s) {
        String p = "step." + s.order() + ".";
        Map<String, String> m = new LinkedHashMap<>();
        m.put(p + "body", s.body());
        m.put(p + "meetingOn", String.valueOf(s.meetingOn()));
        m.put(p + "decision", s.decision() == null ? "" : s.decision().label());
        m.put(p + "minute", s.minuteReference() == null ? "" : s.minuteReference());
        return m;
    }

    private static String safe(String s) {
        return s == null || s.isBlank() ? "this body" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
