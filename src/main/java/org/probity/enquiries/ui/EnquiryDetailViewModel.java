package org.probity.enquiries.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import org.probity.attachments.AttachmentService;
import org.probity.attachments.ui.AttachmentsViewModel;
import org.probity.common.FieldProblem;
import org.probity.common.UkDates;
import org.probity.common.ValidationException;
import org.probity.enquiries.ConsentBasis;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryChannel;
import org.probity.enquiries.EnquiryKind;
import org.probity.enquiries.EnquiryService;
import org.probity.enquiries.Escalation;
import org.probity.enquiries.Refusal;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.ServiceArea;
import org.probity.people.Ward;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.FieldErrors;
import org.probity.ui.HistoryViewModel;

/**
 * One enquiry opened from the list: its details as an editable form, its timeline from receipt
 * to closing with the step the user can take next, its attachments and its history.
 */
public final class EnquiryDetailViewModel {

    /** One line of the timeline; {@code done} is false for the due date still ahead. */
    public record TimelineStep(String title, String date, String detail, boolean done) {
    }

    static final List<String> FIELDS = List.of("memberId", "receivedOn", "channel", "subject", "details", "kind",
            "wardId", "serviceAreaId", "officerId", "consentBasis", "targetDays", "targetReason");

    private final EnquiryService enquiries;
    private final PeopleService people;
    private final BackgroundTasks tasks;
    private final HistoryViewModel history;
    private final AttachmentsViewModel attachments;

    private final ReadOnlyObjectWrapper<Enquiry> enquiry = new ReadOnlyObjectWrapper<>(this, "enquiry");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper organisation = new ReadOnlyStringWrapper(this, "organisation", "");
    private final ObjectProperty<Member> member = new SimpleObjectProperty<>(this, "member");
    private final ObjectProperty<LocalDate> receivedOn = new SimpleObjectProperty<>(this, "receivedOn");
    private final ObjectProperty<EnquiryChannel> channel = new SimpleObjectProperty<>(this, "channel");
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    private final StringProperty details = new SimpleStringProperty(this, "details", "");
    private final ObjectProperty<EnquiryKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<Ward> ward = new SimpleObjectProperty<>(this, "ward");
    private final ObjectProperty<ServiceArea> serviceArea = new SimpleObjectProperty<>(this, "serviceArea");
    private final ObjectProperty<Officer> officer = new SimpleObjectProperty<>(this, "officer");
    private final ObjectProperty<ConsentBasis> consentBasis = new SimpleObjectProperty<>(this, "consentBasis");
    private final StringProperty targetDays = new SimpleStringProperty(this, "targetDays", "");
    private final StringProperty targetReason = new SimpleStringProperty(this, "targetReason", "");
    private final ObservableList<TimelineStep> timeline = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final FieldErrors errors = new FieldErrors(FIELDS);
    private final BooleanBinding consentNeeded = Bindings.createBooleanBinding(
            () -> kind.get() != null && kind.get().needsConsentBasis(), kind);

    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ObservableList<Officer> officers = FXCollections.observableArrayList();
    private final ObservableList<Ward> wards = FXCollections.observableArrayList();
    private final ObservableList<ServiceArea> areas = FXCollections.observableArrayList();
    private Consumer<Enquiry> whenChanged = e -> { };
    private Consumer<Long> whenDeleted = id -> { };

    public EnquiryDetailViewModel(EnquiryService enquiries, PeopleService people, AttachmentService attachmentStore,
                                  BackgroundTasks tasks) {
        this.enquiries = enquiries;
        this.people = people;
        this.tasks = tasks;
        this.history = new HistoryViewModel(tasks, List.of("Reference", "Member", "Received on", "Received by",
                "Subject", "Details", "Kind", "Ward", "Service area", "Officer", "Director", "Consent basis",
                "Target (working days)", "Reason for the target", "Due", "Acknowledged on", "Holding reply",
                "Escalations", "Answered on", "Refused on", "Reasons for refusal", "Written reasons requested on",
                "Written reasons sent on", "Copied to the Monitoring Officer on", "Monitoring Officer's advice",
                "Advised on", "Closed on", "Status"));
        this.attachments = attachmentStore == null ? null : new AttachmentsViewModel(attachmentStore, tasks);
    }

    public void whenChanged(Consumer<Enquiry> action) {
        this.whenChanged = Objects.requireNonNull(action);
    }

    public void whenDeleted(Consumer<Long> action) {
        this.whenDeleted = Objects.requireNonNull(action);
    }

    public void setChoices(List<Member> memberList, List<Officer> officerList, List<Ward> wardList,
                           List<ServiceArea> areaList) {
        members.setAll(memberList);
        officers.setAll(officerList);
        wards.setAll(wardList);
        areas.setAll(areaList);
        if (enquiry.get() != null) {
            fill(enquiry.get());
            prepare(enquiry.get());
        }
    }

    /** Opens an enquiry, as it is now in the register. */
    public void show(Enquiry e) {
        errors.clear();
        problem.set(null);
        message.set(null);
        enquiry.set(e);
        if (e == null) {
            heading.set("");
            timeline.clear();
            organisation.set("");
            history.clear();
            if (attachments != null) {
                attachments.clear();
            }
            return;
        }
        fill(e);
        prepare(e);
        history.show(() -> enquiries.history(e.id()));
        if (attachments != null) {
            attachments.show(EnquiryService.ENQUIRY, e.id());
        }
    }

    private void fill(Enquiry e) {
        heading.set(e.reference() + " · " + e.status().label());
        member.set(find(members, Member::id, e.memberId()));
        receivedOn.set(e.receivedOn());
        channel.set(e.channel());
        subject.set(e.subject() == null ? "" : e.subject());
        details.set(e.details() == null ? "" : e.details());
        kind.set(e.kind());
        ward.set(find(wards, Ward::id, e.wardId()));
        serviceArea.set(find(areas, ServiceArea::id, e.serviceAreaId()));
        officer.set(find(officers, Officer::id, e.officerId()));
        consentBasis.set(e.consentBasis());
        targetDays.set(e.targetDays() == null ? "" : String.valueOf(e.targetDays()));
        targetReason.set(e.targetReason() == null ? "" : e.targetReason());
    }

    private record Prepared(Enquiry enquiry, List<TimelineStep> steps, String organisation) {
    }

    /** The timeline and the organisation need the calendar and the directory, so they are read in the background. */
    private void prepare(Enquiry e) {
        tasks.run("Reading the enquiry's timeline", () -> new Prepared(e, steps(e), organisationText(e)), ready -> {
            if (enquiry.get() != null && enquiry.get() == ready.enquiry()) {
                timeline.setAll(ready.steps());
                organisation.set(ready.organisation());
            }
        }, error -> problem.set("The timeline could not be read. " + StorageMessages.describe(error)));
    }

    private String organisationText(Enquiry e) {
        String directorate = e.directorateId() == null ? "" : people.directorateName(e.directorateId());
        String director = e.directorId() == null ? "" : name(e.directorId());
        if (directorate.isEmpty() && director.isEmpty()) {
            return "No directorate or Director recorded.";
        }
        return "Directorate: " + (directorate.isEmpty() ? "none" : directorate) + " · Director: "
                + (director.isEmpty() ? "none" : director);
    }

    private String name(Long officerId) {
        Officer o = find(officers, Officer::id, officerId);
        return o == null ? "(removed officer)" : o.displayName();
    }

    private static <T> T find(List<T> list, java.util.function.Function<T, Long> id, Long wanted) {
        return wanted == null ? null : list.stream().filter(t -> wanted.equals(id.apply(t))).findFirst().orElse(null);
    }

    /** The steps taken so far, each with its date, and the due date while a reply is awaited. */
    List<TimelineStep> steps(Enquiry e) {
        List<TimelineStep> steps = new ArrayList<>();
        Member from = find(members, Member::id, e.memberId());
        steps.add(new TimelineStep("Received", d(e.receivedOn()), e.channel().label() + " from "
                + (from == null ? "the member" : from.displayName()), true));
        steps.add(new TimelineStep("Target", d(e.targetDue()), e.targetDays() + " working days"
                + (e.isTargetOverridden() ? " (" + e.targetReason() + ")" : " (the authority's target)"),
                !e.isAwaitingReply()));
        if (e.acknowledgedOn() != null) {
            steps.add(new TimelineStep("Acknowledged", d(e.acknowledgedOn()), "", true));
        }
        if (e.holdingReply() != null) {
            steps.add(new TimelineStep("Holding reply", d(e.holdingReply().sentOn()),
                    "The member now expects the answer by " + d(e.holdingReply().newExpectedOn()), true));
        }
        for (Escalation esc : e.escalations()) {
            steps.add(new TimelineStep("Escalated", d(esc.escalatedOn()), "To " + name(esc.escalatedToOfficerId())
                    + (esc.note() == null ? "" : ": " + esc.note()), true));
        }
        if (e.answeredOn() != null) {
            steps.add(new TimelineStep("Answered", d(e.answeredOn()), withinTarget(e, e.answeredOn()), true));
        }
        Refusal r = e.refusal();
        if (r != null) {
            steps.add(new TimelineStep("Refused", d(r.refusedOn()), "Reasons: " + r.reasons(), true));
            if (r.reasonsRequestedOn() != null) {
                steps.add(new TimelineStep("Written reasons requested", d(r.reasonsRequestedOn()), "", true));
            }
            if (r.reasonsSentOn() != null) {
                steps.add(new TimelineStep("Written reasons sent", d(r.reasonsSentOn()), "", true));
            }
            steps.add(r.isCopiedToMonitoringOfficer()
                    ? new TimelineStep("Copied to the Monitoring Officer", d(r.copiedToMonitoringOfficerOn()), "",
                    true)
                    : new TimelineStep("Copy to the Monitoring Officer", "", "Not yet copied: needed before the "
                    + "refusal can be closed", false));
            if (r.isAdvisedOn()) {
                steps.add(new TimelineStep("Monitoring Officer's advice", d(r.advisedOn()),
                        r.monitoringOfficerAdvice(), true));
            }
        }
        if (e.isAwaitingReply()) {
            steps.add(new TimelineStep("Due", d(e.expectedDue()), enquiries.describeDue(e), false));
        }
        if (e.closedOn() != null) {
            steps.add(new TimelineStep("Closed", d(e.closedOn()), "", true));
        }
        return steps;
    }

    private static String withinTarget(Enquiry e, LocalDate replied) {
        return e.targetDue() == null ? "" : replied.isAfter(e.targetDue()) ? "After the target date"
                : "Within the target";
    }

    private static String d(LocalDate date) {
        return date == null ? "" : UkDates.display(date);
    }

    // Saving the details

    public void save() {
        Enquiry before = enquiry.get();
        if (before == null || busy.get()) {
            return;
        }
        errors.clear();
        problem.set(null);
        Integer days;
        try {
            days = targetDays.get() == null || targetDays.get().isBlank() ? null
                    : Integer.valueOf(targetDays.get().trim());
        } catch (NumberFormatException notNumber) {
            errors.of("targetDays").set("Type the target as a number of working days, such as 5.");
            return;
        }
        EnquiryKind k = kind.get();
        Enquiry changed = new Enquiry(before.id(), before.reference(), member.get() == null ? null : member.get().id(),
                receivedOn.get(), channel.get(), blankAsNull(subject.get()), blankAsNull(details.get()), k,
                ward.get() == null ? null : ward.get().id(), serviceArea.get() == null ? null : serviceArea.get().id(),
                null, officer.get() == null ? null : officer.get().id(), null,
                k != null && k.needsConsentBasis() ? consentBasis.get() : null, days,
                blankAsNull(targetReason.get()), null, null, null, List.of(), null, null, null);
        act("Saving the enquiry", () -> enquiries.update(changed), "Saved.");
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Puts the form back as the enquiry was saved. */
    public void cancel() {
        if (enquiry.get() != null) {
            errors.clear();
            problem.set(null);
            fill(enquiry.get());
        }
    }

    // The steps of the timeline

    public void acknowledge(LocalDate on) {
        act("Recording the acknowledgement", () -> enquiries.acknowledge(id(), on), "Acknowledgement recorded.");
    }

    public void sendHoldingReply(LocalDate sentOn, LocalDate newExpectedOn) {
        act("Recording the holding reply", () -> enquiries.sendHoldingReply(id(), sentOn, newExpectedOn),
                "Holding reply recorded.");
    }

    public void escalate(LocalDate on, Officer to, String note) {
        if (to == null) {
            problem.set("Choose the more senior officer the enquiry goes to.");
            return;
        }
        act("Recording the escalation", () -> enquiries.escalate(id(), on, to.id(), note), "Escalation recorded.");
    }

    public void answer(LocalDate on) {
        act("Recording the answer", () -> enquiries.answer(id(), on), "Answer recorded.");
    }

    /** Records the refusal, or what has happened to it since. */
    public void recordRefusal(Refusal refusal) {
        act("Recording the refusal", () -> enquiries.recordRefusal(id(), refusal), "Refusal recorded.");
    }

    public void close(LocalDate on) {
        act("Closing the enquiry", () -> enquiries.close(id(), on), "Closed.");
    }

    public void reopen() {
        act("Reopening the enquiry", () -> enquiries.reopen(id()), "Reopened.");
    }

    public void delete() {
        Enquiry e = enquiry.get();
        if (e == null) {
            return;
        }
        busy.set(true);
        tasks.run("Deleting the enquiry", () -> {
            enquiries.delete(e.id());
            return e.id();
        }, id -> {
            busy.set(false);
            show(null);
            whenDeleted.accept(id);
        }, this::failed);
    }

    private long id() {
        return enquiry.get().id();
    }

    private void act(String description, Callable<Enquiry> work, String done) {
        if (enquiry.get() == null || busy.get()) {
            return;
        }
        busy.set(true);
        problem.set(null);
        message.set(null);
        tasks.run(description, work, saved -> {
            busy.set(false);
            show(saved);
            message.set(done);
            whenChanged.accept(saved);
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof ValidationException refused) {
            String elsewhere = errors.show(refused);
            problem.set(elsewhere != null ? elsewhere : refused.problems().stream().map(FieldProblem::message)
                    .collect(Collectors.joining(" ")));
        } else {
            problem.set("The change could not be saved. " + StorageMessages.describe(error));
        }
    }

    /** Officers more senior than the one assigned, for escalating to. */
    public List<Officer> seniorOfficers() {
        Enquiry e = enquiry.get();
        Officer assigned = e == null ? null : find(officers, Officer::id, e.officerId());
        return officers.stream().filter(o -> assigned == null || o.tier() < assigned.tier())
                .filter(o -> o.leaveDate() == null || !o.leaveDate().isBefore(enquiries.today())).toList();
    }

    public LocalDate today() {
        return enquiries.today();
    }

    // Properties

    public ReadOnlyObjectProperty<Enquiry> enquiryProperty() {
        return enquiry.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty organisationProperty() {
        return organisation.getReadOnlyProperty();
    }

    public ObjectProperty<Member> memberProperty() {
        return member;
    }

    public ObjectProperty<LocalDate> receivedOnProperty() {
        return receivedOn;
    }

    public ObjectProperty<EnquiryChannel> channelProperty() {
        return channel;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty detailsProperty() {
        return details;
    }

    public ObjectProperty<EnquiryKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Ward> wardProperty() {
        return ward;
    }

    public ObjectProperty<ServiceArea> serviceAreaProperty() {
        return serviceArea;
    }

    public ObjectProperty<Officer> officerProperty() {
        return officer;
    }

    public ObjectProperty<ConsentBasis> consentBasisProperty() {
        return consentBasis;
    }

    public BooleanBinding consentNeededBinding() {
        return consentNeeded;
    }

    public StringProperty targetDaysProperty() {
        return targetDays;
    }

    public StringProperty targetReasonProperty() {
        return targetReason;
    }

    public ObservableList<TimelineStep> timeline() {
        return timeline;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public FieldErrors errors() {
        return errors;
    }

    public HistoryViewModel history() {
        return history;
    }

    public AttachmentsViewModel attachments() {
        return attachments;
    }

    public ObservableList<Member> members() {
        return members;
    }

    public ObservableList<Officer> officers() {
        return officers;
    }

    public ObservableList<Ward> wards() {
        return wards;
    }

    public ObservableList<ServiceArea> areas() {
        return areas;
    }
}
