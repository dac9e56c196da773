package org.probity.complaints.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.attachments.AttachmentService;
import org.probity.attachments.ui.AttachmentsViewModel;
import org.probity.common.FieldProblem;
import org.probity.common.UkDates;
import org.probity.common.ValidationException;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ReceivedHow;
import org.probity.people.PersonRef;
import org.probity.people.PersonType;
import org.probity.complaints.ComplaintDecision;
import org.probity.complaints.ComplaintOutcome;
import org.probity.complaints.ComplaintProcedure;
import org.probity.complaints.ComplaintService;
import org.probity.complaints.ComplaintStage;
import org.probity.complaints.StageTemplate;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.HistoryViewModel;

/**
 * A complaint opened from the list: its details, the timeline of its stages with their
 * deadlines, and the steps that move it on (acknowledge, extend, the Independent Person's view,
 * the next stage, the outcome, a review), with its attachments and history.
 */
public final class ComplaintDetailViewModel {

    private final ComplaintService complaints;
    private final BackgroundTasks tasks;
    private final AttachmentsViewModel attachments;
    private final HistoryViewModel history;
    private final ReadOnlyObjectWrapper<Complaint> complaint = new ReadOnlyObjectWrapper<>(this, "complaint");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ReadOnlyStringWrapper routeText = new ReadOnlyStringWrapper(this, "routeText", "");
    private final ReadOnlyStringWrapper ruleText = new ReadOnlyStringWrapper(this, "ruleText", "");
    private final ReadOnlyStringWrapper outcomeText = new ReadOnlyStringWrapper(this, "outcomeText", "");
    private final ReadOnlyStringWrapper currentStage = new ReadOnlyStringWrapper(this, "currentStage", "");
    private final ReadOnlyStringWrapper nextStage = new ReadOnlyStringWrapper(this, "nextStage", "");
    private final ObservableList<StageLine> timeline = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper canAcknowledge = new ReadOnlyBooleanWrapper(this, "canAcknowledge");
    private final ReadOnlyBooleanWrapper canExtend = new ReadOnlyBooleanWrapper(this, "canExtend");
    private final ReadOnlyBooleanWrapper consultsIndependentPerson = new ReadOnlyBooleanWrapper(this, "consults");
    private final ReadOnlyBooleanWrapper hasNextStage = new ReadOnlyBooleanWrapper(this, "hasNextStage");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    // What the user types for the next step
    private final ObjectProperty<LocalDate> actionDate = new SimpleObjectProperty<>(this, "actionDate");
    private final ObjectProperty<PersonOption> handler = new SimpleObjectProperty<>(this, "handler");
    private final StringProperty extensionDays = new SimpleStringProperty(this, "extensionDays", "");
    private final StringProperty extensionReason = new SimpleStringProperty(this, "extensionReason", "");
    private final StringProperty independentPersonView = new SimpleStringProperty(this, "ipView", "");
    private final ObjectProperty<ComplaintOutcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final StringProperty sanctions = new SimpleStringProperty(this, "sanctions", "");
    private final StringProperty learningPoints = new SimpleStringProperty(this, "learningPoints", "");
    private final BooleanProperty noticePublished = new SimpleBooleanProperty(this, "noticePublished");
    private final ObjectProperty<LocalDate> noticePublishedOn = new SimpleObjectProperty<>(this, "noticeOn");
    private final StringProperty reviewResult = new SimpleStringProperty(this, "reviewResult", "");
    // The details as corrected in the Details tab
    private final ObjectProperty<LocalDate> editReceivedOn = new SimpleObjectProperty<>(this, "editReceivedOn");
    private final ObjectProperty<ReceivedHow> editReceivedHow = new SimpleObjectProperty<>(this, "editReceivedHow");
    private final ObjectProperty<ComplaintCategory> editCategory = new SimpleObjectProperty<>(this, "editCategory");
    private final StringProperty editParagraphs = new SimpleStringProperty(this, "editParagraphs", "");
    private final StringProperty editSummary = new SimpleStringProperty(this, "editSummary", "");
    private final ObjectProperty<PersonOption> editComplainant = new SimpleObjectProperty<>(this, "editComplainant");
    private final ObjectProperty<PersonOption> editSubject = new SimpleObjectProperty<>(this, "editSubject");
    private final ObservableList<PersonOption> complainantChoices = FXCollections.observableArrayList();
    private final ObservableList<PersonOption> subjectChoices = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper atFirstStage = new ReadOnlyBooleanWrapper(this, "atFirstStage");
    private final ReadOnlyBooleanWrapper detailsEditable = new ReadOnlyBooleanWrapper(this, "detailsEditable");
    private final ObservableList<PersonOption> members;
    private final ObservableList<PersonOption> officers;
    private final ParagraphPickerModel paragraphPicker;
    private Consumer<Complaint> whenChanged = c -> { };

    public ComplaintDetailViewModel(ComplaintService complaints, AttachmentService attachmentService,
                                    BackgroundTasks tasks) {
        this(complaints, attachmentService, tasks, FXCollections.observableArrayList(),
                FXCollections.observableArrayList());
    }

    /** {@code members} and {@code officers} are the people a complaint's parties can be corrected to. */
    public ComplaintDetailViewModel(ComplaintService complaints, AttachmentService attachmentService,
                                    BackgroundTasks tasks, ObservableList<PersonOption> members,
                                    ObservableList<PersonOption> officers) {
        this.complaints = complaints;
        this.tasks = tasks;
        this.members = members;
        this.officers = officers;
        this.paragraphPicker = new ParagraphPickerModel(complaints, tasks, editParagraphs);
        editReceivedOn.addListener((o, was, now) -> paragraphPicker.load(now));
        this.attachments = new AttachmentsViewModel(attachmentService, tasks);
        this.history = new HistoryViewModel(tasks, List.of());
    }

    private record Shown(Complaint complaint, String heading, String details, String route, String rule,
                         String outcome, List<StageLine> timeline, String current, String next, boolean canAck,
                         boolean canExtend, boolean consults) {
    }

    /** Shows a complaint, or nothing; its names and deadlines are worked out in the background. */
    public void show(Complaint c) {
        problem.set(null);
        status.set(null);
        if (c == null) {
            complaint.set(null);
            heading.set("");
            timeline.clear();
            attachments.clear();
            history.clear();
            open.set(false);
            return;
        }
        busy.set(true);
        tasks.run("Reading the complaint", () -> describe(c), this::apply, failure -> {
            busy.set(false);
            problem.set("The complaint could not be shown: " + failure.getMessage());
        });
    }

    private Shown describe(Complaint c) {
        ComplaintProcedure procedure = complaints.procedure(c.procedureCode());
        List<StageLine> lines = new ArrayList<>();
        for (ComplaintStage s : c.stages()) {
            String name = complaints.stageName(c, s);
            String ack = s.acknowledgeDue() == null ? "" : s.acknowledgedOn() != null
                    ? "Done " + UkDates.display(s.acknowledgedOn()) + " (due " + UkDates.display(s.acknowledgeDue())
                    + ")" : "Due " + UkDates.display(s.acknowledgeDue()) + (s.isCompleted() ? ""
                    : ", " + complaints.describeDue(s.acknowledgeDue()));
            String respond = s.respondDue() == null ? "" : "Due " + UkDates.display(s.respondDue())
                    + (s.isExtended() ? ", extended by " + s.extensionDays() + " working days to "
                    + UkDates.display(s.extendedDue()) + " (" + s.extensionReason() + ")" : "")
                    + (s.isCompleted() ? "" : ", " + complaints.describeDue(s.responseDue()));
            String completed = s.isCompleted() ? "completed " + UkDates.display(s.completedOn())
                    + (s.isLate(complaints.today()) ? " (late)" : "") : "in progress";
            String ip = s.isIndependentPersonConsulted() ? UkDates.display(s.independentPersonConsultedOn()) + ": "
                    + s.independentPersonView() : "";
            lines.add(new StageLine(name, s.handlerId() == null ? "" : complaints.officerName(s.handlerId()),
                    UkDates.display(s.startedOn()), ack, respond, completed, ip));
        }
        ComplaintStage current = c.currentStage().orElseThrow();
        StageTemplate template = procedure.stage(current.number()).map(t -> complaints.targets(c.procedureCode(), t))
                .orElseThrow();
        String next = procedure.stage(current.number() + 1).map(t -> t.name()
                + (t.differentHandler() ? " (by someone who has not handled it so far)" : "")).orElse("");
        boolean live = c.isOpen() && !current.isCompleted();
        StringBuilder about = new StringBuilder();
        about.append("Received ").append(UkDates.display(c.receivedOn())).append(" by ")
                .append(c.receivedHow().label().toLowerCase(java.util.Locale.UK)).append(" · ")
                .append(c.direction().label()).append(" · ").append(c.category().label());
        if (c.confidentialShown()) {
            about.append("\n").append(complaints.personName(c.complainant())).append(" about ")
                    .append(complaints.personName(c.subject()));
            if (c.summary() != null) {
                about.append("\n").append(c.summary());
            }
        } else {
            about.append("\nComplainant, subject and summary are confidential.");
        }
        if (c.paragraphs() != null) {
            about.append("\nProtocol paragraphs: ").append(String.join("; ", complaints.describeParagraphs(c)));
        }
        if (c.allegesCodeBreach()) {
            about.append("\nAlleges a breach of the Members' Code of Conduct.");
        }
        String rule = c.routeRule() + (c.isRouteOverridden() ? "\nRoute changed: " + c.routeReason() : "");
        ComplaintDecision d = c.decision();
        String outcomeLine = d == null ? "" : d.outcome().label() + " on " + UkDates.display(d.decidedOn())
                + (d.sanctions() == null ? "" : ". Sanctions or actions: " + withoutStop(d.sanctions()))
                + (d.learningPoints() == null ? "" : ". Learning points: " + withoutStop(d.learningPoints()))
                + (d.noticePublished() ? ". Decision notice published " + UkDates.display(d.noticePublishedOn())
                : ". No decision notice published")
                + (c.reviewRequestedOn() == null ? "" : ". Review requested " + UkDates.display(c.reviewRequestedOn())
                + (c.reviewResult() == null ? "" : ": " + withoutStop(c.reviewResult())))
                + ".";
        return new Shown(c, c.reference() + " · " + (c.isOpen() ? "Open" : "Closed"), about.toString(),
                c.route().label(), rule, outcomeLine, lines, live ? template.name() + " · " + template.targets() : "",
                next,
                live && template.acknowledgeDays() != null && current.acknowledgedOn() == null,
                live && template.allowsExtension() && !current.isExtended(), live && template.independentPerson());
    }

    private void apply(Shown s) {
        busy.set(false);
        complaint.set(s.complaint());
        heading.set(s.heading());
        details.set(s.details());
        routeText.set(s.route());
        ruleText.set(s.rule());
        outcomeText.set(s.outcome());
        timeline.setAll(s.timeline());
        currentStage.set(s.current());
        nextStage.set(s.next());
        open.set(s.complaint().isOpen());
        canAcknowledge.set(s.canAck());
        canExtend.set(s.canExtend());
        consultsIndependentPerson.set(s.consults());
        hasNextStage.set(s.complaint().isOpen() && !s.next().isEmpty());
        if (actionDate.get() == null) {
            actionDate.set(complaints.today());
        }
        loadDetailsForm(s.complaint());
        attachments.show(ComplaintService.COMPLAINT, s.complaint().id());
        long id = s.complaint().id();
        history.show(() -> complaints.history(id));
    }

    private void loadDetailsForm(Complaint c) {
        boolean first = c.isOpen() && c.stages().size() == 1;
        atFirstStage.set(first);
        detailsEditable.set(c.confidentialShown());
        complainantChoices.setAll(c.direction().complainantType() == PersonType.MEMBER ? members : officers);
        subjectChoices.setAll(c.direction().subjectType() == PersonType.MEMBER ? members : officers);
        editReceivedOn.set(c.receivedOn());
        editReceivedHow.set(c.receivedHow());
        editCategory.set(c.category());
        editParagraphs.set(c.paragraphs() == null ? "" : c.paragraphs());
        editSummary.set(c.summary() == null ? "" : c.summary());
        editComplainant.set(option(complainantChoices, c.complainant()));
        editSubject.set(option(subjectChoices, c.subject()));
        paragraphPicker.load(c.receivedOn());
    }

    private static PersonOption option(List<PersonOption> choices, PersonRef ref) {
        return choices.stream().filter(p -> p.ref().equals(ref)).findFirst().orElse(null);
    }

    /** Saves the corrected details; the History tab then shows what changed. */
    public void saveDetails() {
        PersonRef from = editComplainant.get() == null ? null : editComplainant.get().ref();
        PersonRef about = editSubject.get() == null ? null : editSubject.get().ref();
        LocalDate received = editReceivedOn.get();
        ReceivedHow how = editReceivedHow.get();
        ComplaintCategory category = editCategory.get();
        String paragraphsText = editParagraphs.get();
        String summaryText = editSummary.get();
        change("Saving the details", id -> complaints.editDetails(id, received, how, category, paragraphsText,
                summaryText, from, about), "Details saved");
    }

    // Commands

    public void acknowledge() {
        change("Recording the acknowledgement", id -> complaints.acknowledge(id, actionDate.get()), "Acknowledged");
    }

    public void extend() {
        Integer days;
        try {
            days = extensionDays.get() == null || extensionDays.get().isBlank() ? null
                    : Integer.valueOf(extensionDays.get().trim());
        } catch (NumberFormatException e) {
            problem.set("The length of the extension must be a whole number of working days.");
            return;
        }
        Integer length = days;
        change("Extending the stage", id -> complaints.extend(id, length, extensionReason.get()), "Extended");
    }

    public void consultIndependentPerson() {
        change("Recording the Independent Person's view", id -> complaints.consultIndependentPerson(id,
                actionDate.get(), blankAsNull(independentPersonView.get())), "Independent Person's view recorded");
    }

    public void advance() {
        Long handlerId = handler.get() == null ? null : handler.get().ref().id();
        change("Moving to the next stage", id -> complaints.advance(id, actionDate.get(), handlerId),
                "Moved to the next stage");
    }

    public void decide() {
        ComplaintDecision decision = outcome.get() == null ? null : new ComplaintDecision(outcome.get(),
                actionDate.get(), blankAsNull(sanctions.get()), blankAsNull(learningPoints.get()),
                noticePublished.get(), noticePublishedOn.get());
        change("Recording the outcome", id -> complaints.decide(id, decision), "Outcome recorded");
    }

    public void recordReview() {
        change("Recording the review", id -> complaints.recordReview(id, actionDate.get(),
                blankAsNull(reviewResult.get())), "Review recorded");
    }

    private interface Step {
        Complaint apply(long id);
    }

    private void change(String description, Step step, String done) {
        Complaint c = complaint.get();
        if (c == null) {
            return;
        }
        busy.set(true);
        problem.set(null);
        Callable<Shown> work = () -> describe(step.apply(c.id()));
        tasks.run(description, work, shown -> {
            apply(shown);
            status.set(done + ".");
            extensionDays.set("");
            extensionReason.set("");
            independentPersonView.set("");
            handler.set(null);
            whenChanged.accept(shown.complaint());
        }, failure -> {
            busy.set(false);
            if (failure instanceof ValidationException refused) {
                problem.set(refused.problems().stream().map(FieldProblem::message)
                        .collect(Collectors.joining(" ")));
            } else {
                problem.set("The complaint could not be changed: " + failure.getMessage());
            }
        });
    }

    /** Sentences are joined with full stops, so one already ending a piece of text is left off. */
    private static String withoutStop(String s) {
        String t = s.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public void whenChanged(Consumer<Complaint> action) {
        this.whenChanged = action;
    }

    // Properties

    public ObjectProperty<LocalDate> editReceivedOnProperty() {
        return editReceivedOn;
    }

    public ObjectProperty<ReceivedHow> editReceivedHowProperty() {
        return editReceivedHow;
    }

    public ObjectProperty<ComplaintCategory> editCategoryProperty() {
        return editCategory;
    }

    public StringProperty editParagraphsProperty() {
        return editParagraphs;
    }

    public StringProperty editSummaryProperty() {
        return editSummary;
    }

    public ObjectProperty<PersonOption> editComplainantProperty() {
        return editComplainant;
    }

    public ObjectProperty<PersonOption> editSubjectProperty() {
        return editSubject;
    }

    public ObservableList<PersonOption> complainantChoices() {
        return complainantChoices;
    }

    public ObservableList<PersonOption> subjectChoices() {
        return subjectChoices;
    }

    /** The date received and the parties can be corrected only while the complaint is at its first stage. */
    public ReadOnlyBooleanProperty atFirstStageProperty() {
        return atFirstStage.getReadOnlyProperty();
    }

    /** The details can be corrected only by someone allowed to see them. */
    public ReadOnlyBooleanProperty detailsEditableProperty() {
        return detailsEditable.getReadOnlyProperty();
    }

    public ParagraphPickerModel paragraphPicker() {
        return paragraphPicker;
    }

    public ReadOnlyObjectProperty<Complaint> complaintProperty() {
        return complaint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty routeTextProperty() {
        return routeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ruleTextProperty() {
        return ruleText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeTextProperty() {
        return outcomeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentStageProperty() {
        return currentStage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextStageProperty() {
        return nextStage.getReadOnlyProperty();
    }

    public ObservableList<StageLine> timeline() {
        return timeline;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAcknowledgeProperty() {
        return canAcknowledge.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canExtendProperty() {
        return canExtend.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty consultsIndependentPersonProperty() {
        return consultsIndependentPerson.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextStageProperty() {
        return hasNextStage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> actionDateProperty() {
        return actionDate;
    }

    public ObjectProperty<PersonOption> handlerProperty() {
        return handler;
    }

    public StringProperty extensionDaysProperty() {
        return extensionDays;
    }

    public StringProperty extensionReasonProperty() {
        return extensionReason;
    }

    public StringProperty independentPersonViewProperty() {
        return independentPersonView;
    }

    public ObjectProperty<ComplaintOutcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty sanctionsProperty() {
        return sanctions;
    }

    public StringProperty learningPointsProperty() {
        return learningPoints;
    }

    public BooleanProperty noticePublishedProperty() {
        return noticePublished;
    }

    public ObjectProperty<LocalDate> noticePublishedOnProperty() {
        return noticePublishedOn;
    }

    public StringProperty reviewResultProperty() {
        return reviewResult;
    }

    public AttachmentsViewModel attachments() {
        return attachments;
    }

    public HistoryViewModel history() {
        return history;
    }
}
