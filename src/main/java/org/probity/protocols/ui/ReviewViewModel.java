package org.probity.protocols.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.common.UkDates;
import org.probity.protocols.Amendment;
import org.probity.protocols.ApprovalDecision;
import org.probity.protocols.ApprovalStep;
import org.probity.protocols.Consultation;
import org.probity.protocols.Evidence;
import org.probity.protocols.Protocol;
import org.probity.protocols.ProtocolService;
import org.probity.protocols.ProtocolVersion;
import org.probity.protocols.Review;
import org.probity.protocols.ReviewReason;
import org.probity.protocols.ReviewService;
import org.probity.protocols.TextRun;
import org.probity.ui.BackgroundTasks;

/**
 * The review of the protocol in view: opening one, the evidence panel, findings, amendments,
 * the consultation log, the approval route and adoption.
 */
public final class ReviewViewModel {

    /** One figure of the evidence panel, with the paragraphs it bears on. */
    public record EvidenceRow(String register, String label, String figure, String paragraphs, boolean concern) {
    }

    /** An amendment with who made it and when, as the committee report says it. */
    public record AmendmentRow(Amendment amendment, String madeBy, List<TextRun> runs) {
    }

    /** Everything shown for one review, read together in the background. */
    record Details(Review review, String label, List<EvidenceRow> evidence, List<AmendmentRow> amendments,
                   List<Consultation> consultations, List<ApprovalStep> steps, Optional<String> blocked) {
    }

    // Properties
    private final ReadOnlyObjectWrapper<Review> review = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canOpen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper inProgress = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<EvidenceRow> evidence = FXCollections.observableArrayList();
    private final StringProperty findings = new SimpleStringProperty("");
    private final ObservableList<AmendmentRow> amendments = FXCollections.observableArrayList();
    private final ObservableList<Consultation> consultations = FXCollections.observableArrayList();
    private final ObservableList<ApprovalStep> steps = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper adoptionBlocked = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canAdopt = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ReviewReason> reason = new SimpleObjectProperty<>(ReviewReason.PERIODIC);
    private final ObjectProperty<LocalDate> periodFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> periodTo = new SimpleObjectProperty<>();

    private final ReviewService reviews;
    private final ProtocolService protocols;
    private final BackgroundTasks tasks;
    private final java.util.function.Consumer<Long> versionsChanged;
    private Protocol protocol;
    private org.probity.ui.Confirmation confirmation = org.probity.ui.Confirmation.ALWAYS;

    ReviewViewModel(ReviewService reviews, ProtocolService protocols, BackgroundTasks tasks,
                    java.util.function.Consumer<Long> versionsChanged) {
        this.reviews = reviews;
        this.protocols = protocols;
        this.tasks = tasks;
        this.versionsChanged = versionsChanged;
    }

    public ReadOnlyObjectProperty<Review> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canOpenProperty() {
        return canOpen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty inProgressProperty() {
        return inProgress.getReadOnlyProperty();
    }

    public ObservableList<EvidenceRow> evidence() {
        return evidence;
    }

    public StringProperty findingsProperty() {
        return findings;
    }

    public ObservableList<AmendmentRow> amendments() {
        return amendments;
    }

    public ObservableList<Consultation> consultations() {
        return consultations;
    }

    public ObservableList<ApprovalStep> steps() {
        return steps;
    }

    public ReadOnlyStringProperty adoptionBlockedProperty() {
        return adoptionBlocked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAdoptProperty() {
        return canAdopt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObjectProperty<ReviewReason> reasonProperty() {
        return reason;
    }

    public ObjectProperty<LocalDate> periodFromProperty() {
        return periodFrom;
    }

    public ObjectProperty<LocalDate> periodToProperty() {
        return periodTo;
    }

    // Commands

    /** Shows the review in progress for {@code p}, or its latest review, or the form to open one. */
    void show(Protocol p) {
        this.protocol = p;
        if (p == null) {
            clear();
            return;
        }
        tasks.run("Loading the review", () -> {
            List<Review> list = reviews.reviews(p.id());
            Review current = list.stream().filter(Review::inProgress).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(list.size() - 1));
            Optional<ProtocolVersion> inForce = protocols.inForce(p.id());
            return new Object[] {current == null ? null : details(current), inForce.orElse(null)};
        }, result -> {
            Details d = (Details) result[0];
            ProtocolVersion inForce = (ProtocolVersion) result[1];
            if (d == null) {
                clear();
            } else {
                apply(d);
            }
            boolean open = d != null && d.review().inProgress();
            canOpen.set(!open && inForce != null);
            if (inForce != null && periodFrom.get() == null) {
                periodFrom.set(inForce.adoptedOn());
                periodTo.set(reviews.today());
            }
        }, this::fail);
    }

    private Details details(Review r) {
        List<EvidenceRow> rows = new ArrayList<>();
        for (Evidence e : reviews.evidence(r.id())) {
            for (Evidence.Line l : e.lines()) {
                rows.add(new EvidenceRow(e.register(), l.label(), l.figure(), String.join(", ", l.paragraphs()),
                        l.concern()));
            }
        }
        List<AmendmentRow> am = reviews.amendments(r.id()).stream()
                .map(a -> new AmendmentRow(a, reviews.madeBy(a), a.runs())).toList();
        return new Details(r, reviews.label(r), rows, am, reviews.consultations(r.id()), reviews.steps(r.id()),
                reviews.adoptionBlocked(r.id()));
    }

    private void apply(Details d) {
        review.set(d.review());
        heading.set(d.label() + " · " + d.review().reason().label() + " · looking back on "
                + UkDates.display(d.review().periodFrom()) + " to " + UkDates.display(d.review().periodTo())
                + " · " + d.review().status().label());
        inProgress.set(d.review().inProgress());
        evidence.setAll(d.evidence());
        findings.set(d.review().findings() == null ? "" : d.review().findings());
        amendments.setAll(d.amendments());
        consultations.setAll(d.consultations());
        steps.setAll(d.steps());
        adoptionBlocked.set(d.blocked().orElse(d.review().inProgress()
                ? "The last body on the route has approved the draft: it can be adopted." : ""));
        canAdopt.set(d.blocked().isEmpty());
    }

    private void clear() {
        review.set(null);
        heading.set(protocol == null ? "" : "No review of " + protocol.title() + " yet.");
        inProgress.set(false);
        evidence.clear();
        findings.set("");
        amendments.clear();
        consultations.clear();
        steps.clear();
        adoptionBlocked.set("");
        canAdopt.set(false);
    }

    private void refresh(String message) {
        Review r = review.get();
        tasks.run("Loading the review", () -> details(reviews.review(r.id()).orElseThrow()), d -> {
            apply(d);
            status.set(message);
            problem.set("");
        }, this::fail);
    }

    public void open() {
        Protocol p = protocol;
        if (p == null) {
            return;
        }
        ReviewReason why = reason.get();
        LocalDate from = periodFrom.get();
        LocalDate to = periodTo.get();
        tasks.run("Opening the review", () -> {
            ProtocolVersion v = protocols.inForce(p.id()).orElseThrow(() -> new org.probity.common
                    .ValidationException("version", p.title() + " has no adopted version to review."));
            return reviews.open(v.id(), reviews.today(), why, from, to);
        }, r -> {
            status.set("Review opened; its draft is a copy of the version in force.");
            problem.set("");
            versionsChanged.accept(r.draftVersionId());
        }, this::fail);
    }

    public void saveFindings() {
        Review r = review.get();
        String text = findings.get();
        if (r != null) {
            tasks.run("Saving findings", () -> reviews.saveFindings(r.id(), text), x -> refresh("Findings saved."),
                    this::fail);
        }
    }

    public void propose(String number, String newText, String rationale, String proposedBy) {
        Review r = review.get();
        if (r != null) {
            tasks.run("Saving the amendment", () -> reviews.propose(r.id(), number, newText, rationale, proposedBy),
                    a -> {
                        refresh("Amendment to paragraph " + a.number() + " added to the draft.");
                        versionsChanged.accept(null);
                    }, this::fail);
        }
    }

    public void consult(String name, String title, String organisation, boolean approver, LocalDate sentOn,
                        LocalDate respondBy) {
        Review r = review.get();
        if (r != null) {
            tasks.run("Saving the consultation", () -> reviews.consult(r.id(), name, title, organisation, approver,
                    sentOn, respondBy), c -> refresh("Draft sent to " + c.name() + "; a response is wanted by "
                    + UkDates.display(c.respondBy()) + "."), this::fail);
        }
    }

    public void recordResponse(Consultation c, LocalDate on, String summary) {
        if (c == null) {
            problem.set("Choose the consultee whose response arrived.");
            return;
        }
        tasks.run("Saving the response", () -> reviews.recordResponse(c.id(), on, summary),
                x -> refresh("Response from " + c.name() + " recorded."), this::fail);
    }

    public void addStep(String body, LocalDate meetingOn, ApprovalDecision decision, String minute) {
        Review r = review.get();
        if (r != null) {
            tasks.run("Saving the approval step", () -> reviews.addStep(r.id(), body, meetingOn, decision, minute),
                    s -> refresh(s.body() + " added to the approval route."), this::fail);
        }
    }

    public void recordDecision(ApprovalStep step, ApprovalDecision decision, String minute) {
        if (step == null) {
            problem.set("Choose the step on the approval route that decided.");
            return;
        }
        tasks.run("Saving the decision", () -> reviews.recordDecision(step.id(), decision, minute),
                s -> refresh(s.body() + ": " + decision.label().toLowerCase(java.util.Locale.ROOT) + "."),
                this::fail);
    }

    public void amendAtStep(ApprovalStep step, String number, String newText, String rationale) {
        if (step == null) {
            problem.set("Choose the step on the approval route that made the amendment.");
            return;
        }
        tasks.run("Saving the amendment", () -> reviews.amendAtStep(step.id(), number, newText, rationale), a -> {
            refresh("Paragraph " + a.number() + " amended by " + step.body() + ".");
            versionsChanged.accept(null);
        }, this::fail);
    }

    public void adopt() {
        Review r = review.get();
        if (r != null) {
            tasks.run("Adopting the draft", () -> reviews.adopt(r.id(), null), v -> {
                refresh(v.label() + " adopted on " + UkDates.display(v.adoptedOn()) + " by " + v.adoptedBy()
                        + "; next review " + UkDates.display(v.nextReviewOn()) + ".");
                versionsChanged.accept(v.id());
            }, this::fail);
        }
    }

    void setConfirmation(org.probity.ui.Confirmation confirmation) {
        this.confirmation = confirmation;
    }

    /** Closes the review with no new version: the protocol was found to work as it stands. */
    public void close() {
        Review r = review.get();
        if (r == null || !confirmation.confirm("Close the review", "Close this review without a new version? "
                + "Its draft will not be adopted, and its findings and logs are kept.")) {
            return;
        }
        tasks.run("Closing the review", () -> reviews.close(r.id(), reviews.today()), x -> {
            refresh("Review closed without a new version.");
            versionsChanged.accept(null);
        }, this::fail);
    }

    private void fail(Throwable e) {
        problem.set(ImportPreviewModel.message(e));
    }
}
