package org.probity.groupmeetings.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.probity.attachments.ui.DocumentOpener;
import org.probity.common.FieldProblem;
import org.probity.common.UkDates;
import org.probity.common.ValidationException;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.groupmeetings.GroupNotification;
import org.probity.groupmeetings.MeetingKind;
import org.probity.groupmeetings.NoticeLetter;
import org.probity.groupmeetings.NotificationMethod;
import org.probity.groupmeetings.OfferAnswer;
import org.probity.groupmeetings.OfficerAttendance;
import org.probity.groupmeetings.OfficerResponse;
import org.probity.groupmeetings.ParityOffer;
import org.probity.groupmeetings.RequesterRole;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.Confirmation;
import org.probity.ui.FieldErrors;
import org.probity.ui.HistoryViewModel;

/**
 * One request being viewed or edited: the meeting, the officers' answers, the notices to the
 * other groups and the offers of the same briefing, saved together in one change so that the
 * history shows what was done at once.
 */
public final class MeetingFormViewModel {

    static final List<String> FIELDS = List.of("id", "group", "requestedBy", "requesterRole", "requestedOn", "kind",
            "meetingDate", "startTime", "place", "subject", "nonMembersPresent", "crossParty",
            "authorisationRequestedOn", "authorisationGivenOn", "moNotifiedOn", "moNotifiedBy", "cancelledOn", "notes",
            "officers", "writtenAdvice", "notifications", "offers");

    /** One officer asked to attend and their answer, as the Officers tab edits it. */
    public static final class OfficerLine {
        private final Long id;
        private final ObjectProperty<Choice> officer = new SimpleObjectProperty<>(this, "officer");
        private final ObjectProperty<OfficerResponse> response = new SimpleObjectProperty<>(this, "response",
                OfficerResponse.AWAITING);
        private final ObjectProperty<LocalDate> respondedOn = new SimpleObjectProperty<>(this, "respondedOn");
        private final StringProperty writtenAdvice = new SimpleStringProperty(this, "writtenAdvice", "");
        private final BooleanProperty accompanied = new SimpleBooleanProperty(this, "accompanied");

        OfficerLine(Long id) {
            this.id = id;
        }

        public ObjectProperty<Choice> officerProperty() {
            return officer;
        }

        public ObjectProperty<OfficerResponse> responseProperty() {
            return response;
        }

        public ObjectProperty<LocalDate> respondedOnProperty() {
            return respondedOn;
        }

        public StringProperty writtenAdviceProperty() {
            return writtenAdvice;
        }

        public BooleanProperty accompaniedProperty() {
            return accompanied;
        }

        Observable[] observables() {
            return new Observable[] {officer, response, respondedOn, writtenAdvice, accompanied};
        }
    }

    /** One other group: when and how it was told, and the offer of the same briefing. */
    public static final class GroupLine {
        private final long groupId;
        private final String name;
        private final ObjectProperty<LocalDate> toldOn = new SimpleObjectProperty<>(this, "toldOn");
        private final ObjectProperty<NotificationMethod> how = new SimpleObjectProperty<>(this, "how");
        private final ObjectProperty<LocalDate> offeredOn = new SimpleObjectProperty<>(this, "offeredOn");
        private final ObjectProperty<OfferAnswer> answer = new SimpleObjectProperty<>(this, "answer",
                OfferAnswer.NO_REPLY);
        private final ObjectProperty<LocalDate> briefingDate = new SimpleObjectProperty<>(this, "briefingDate");

        GroupLine(long groupId, String name) {
            this.groupId = groupId;
            this.name = name;
        }

        public long groupId() {
            return groupId;
        }

        public String name() {
            return name;
        }

        public ObjectProperty<LocalDate> toldOnProperty() {
            return toldOn;
        }

        public ObjectProperty<NotificationMethod> howProperty() {
            return how;
        }

        public ObjectProperty<LocalDate> offeredOnProperty() {
            return offeredOn;
        }

        public ObjectProperty<OfferAnswer> answerProperty() {
            return answer;
        }

        public ObjectProperty<LocalDate> briefingDateProperty() {
            return briefingDate;
        }

        Observable[] observables() {
            return new Observable[] {toldOn, how, offeredOn, answer, briefingDate};
        }
    }

    private final GroupMeetingService register;
    private final BackgroundTasks tasks;
    private final AttachmentsViewModel attachments;
    private final HistoryViewModel history;
    private DocumentOpener opener = DocumentOpener.desktop();
    private Confirmation confirmation = Confirmation.ALWAYS;
    private Consumer<GroupMeeting> whenChanged = m -> { };

    private final FieldErrors errors = new FieldErrors(FIELDS);
    private final ObjectProperty<Choice> group = new SimpleObjectProperty<>(this, "group");
    private final ObjectProperty<Choice> requestedBy = new SimpleObjectProperty<>(this, "requestedBy");
    private final ObjectProperty<RequesterRole> requesterRole = new SimpleObjectProperty<>(this, "requesterRole");
    private final ObjectProperty<LocalDate> requestedOn = new SimpleObjectProperty<>(this, "requestedOn");
    private final ObjectProperty<MeetingKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<LocalDate> meetingDate = new SimpleObjectProperty<>(this, "meetingDate");
    private final StringProperty startTime = new SimpleStringProperty(this, "startTime", "");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final BooleanProperty online = new SimpleBooleanProperty(this, "online");
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    private final BooleanProperty nonMembersPresent = new SimpleBooleanProperty(this, "nonMembersPresent");
    private final BooleanProperty crossParty = new SimpleBooleanProperty(this, "crossParty");
    private final ObjectProperty<LocalDate> authorisationRequestedOn = new SimpleObjectProperty<>(this,
            "authorisationRequestedOn");
    private final ObjectProperty<LocalDate> authorisationGivenOn = new SimpleObjectProperty<>(this,
            "authorisationGivenOn");
    private final ObjectProperty<LocalDate> moNotifiedOn = new SimpleObjectProperty<>(this, "moNotifiedOn");
    private final ObjectProperty<LocalDate> cancelledOn = new SimpleObjectProperty<>(this, "cancelledOn");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<OfficerLine> officerLines = FXCollections.observableArrayList(
            l -> l.observables());
    private final ObservableList<GroupLine> groupLines = FXCollections.observableArrayList(l -> l.observables());
    private final ObjectProperty<NotificationMethod> noticeMethod = new SimpleObjectProperty<>(this, "noticeMethod",
            NotificationMethod.EMAIL);

    private final ObservableList<Choice> groups = FXCollections.observableArrayList();
    private final ObservableList<Choice> officers = FXCollections.observableArrayList();
    private final ObservableList<Choice> askers = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private Map<Long, List<Choice>> membersByGroup = Map.of();
    private LocalDate today;

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "No request chosen");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    private GroupMeeting original;
    private boolean filling;

    public MeetingFormViewModel(GroupMeetingService register, AttachmentService attachmentService,
                                BackgroundTasks tasks) {
        this.register = register;
        this.tasks = tasks;
        this.attachments = new AttachmentsViewModel(attachmentService, tasks);
        this.history = new HistoryViewModel(tasks, List.of("Reference", "Group", "Asked by", "Asked on", "Kind",
                "Meeting date", "Start time", "Where", "Subject", "Non-members present", "Cross-party",
                "Authorisation asked for", "Authorisation given", "Monitoring Officer told", "Cancelled on", "Notes",
                "Officers", "Groups told", "Same briefing offered"));
        this.today = register.today();
        Observable[] watched = {group, requestedBy, requesterRole, requestedOn, kind, meetingDate, startTime, place,
            online, subject, nonMembersPresent, crossParty, authorisationRequestedOn, authorisationGivenOn,
            moNotifiedOn, cancelledOn, notes, officerLines, groupLines};
        for (Observable o : watched) {
            o.addListener(x -> {
                if (!filling && editing.get()) {
                    dirty.set(true);
                    status.set(null);
                }
            });
        }
        group.addListener((obs, was, now) -> {
            if (!filling) {
                groupChanged(now);
            }
        });
    }

    void setConfirmation(Confirmation confirmation) {
        this.confirmation = Objects.requireNonNull(confirmation);
    }

    /** Where the notice draft is opened; tests give one that opens nothing. */
    public void setOpener(DocumentOpener opener) {
        this.opener = Objects.requireNonNull(opener);
    }

    void whenChanged(Consumer<GroupMeeting> listener) {
        this.whenChanged = listener;
    }

    void setChoices(List<Choice> groupChoices, List<Choice> officerChoices, Map<Long, List<Choice>> members,
                    LocalDate day) {
        boolean was = filling;
        filling = true;
        try {
            groups.setAll(groupChoices);
            officers.setAll(officerChoices);
            membersByGroup = Map.copyOf(members);
            today = day;
        } finally {
            filling = was;
        }
    }

    // Commands

    public void edit(GroupMeeting m) {
        original = m;
        filling = true;
        try {
            errors.clear();
            problem.set(null);
            status.set(null);
            group.set(choice(groups, m.groupId(), register::groupName));
            askers.setAll(membersByGroup.getOrDefault(m.groupId(), List.of()));
            requestedBy.set(choice(askers, m.requestedByMemberId(), register::memberName));
            requesterRole.set(m.requesterRole());
            requestedOn.set(m.requestedOn());
            kind.set(m.kind());
            meetingDate.set(m.meetingDate());
            startTime.set(m.startTime() == null ? "" : m.startTime().toString());
            place.set(m.place() == null ? "" : m.place());
            online.set(m.online());
            subject.set(m.subject());
            nonMembersPresent.set(m.nonMembersPresent());
            crossParty.set(m.crossParty());
            authorisationRequestedOn.set(m.authorisationRequestedOn());
            authorisationGivenOn.set(m.authorisationGivenOn());
            moNotifiedOn.set(m.moNotifiedOn());
            cancelledOn.set(m.cancelledOn());
            notes.set(m.notes() == null ? "" : m.notes());
            List<OfficerLine> lines = new ArrayList<>();
            for (OfficerAttendance o : m.officers()) {
                OfficerLine line = new OfficerLine(o.id());
                line.officer.set(choice(officers, o.officerId(), register::officerName));
                line.response.set(o.response());
                line.respondedOn.set(o.respondedOn());
                line.writtenAdvice.set(o.writtenAdvice() == null ? "" : o.writtenAdvice());
                line.accompanied.set(o.accompanied());
                lines.add(line);
            }
            officerLines.setAll(lines);
            rebuildGroupLines(m.groupId(), m.notifications(), m.offers());
            heading.set(m.reference() + " · " + m.subject());
            editing.set(true);
            dirty.set(false);
        } finally {
            filling = false;
        }
        long id = m.id();
        attachments.show(GroupMeetingService.GROUP_MEETING, id);
        history.show(() -> register.history(id));
        refreshWarnings(m);
    }

    private void refreshWarnings(GroupMeeting m) {
        tasks.run("Checking the request", () -> register.warnings(m), list -> warnings.setAll(list.stream()
                .map(FieldProblem::message).toList()), error -> warnings.clear());
    }

    /** Asking group's members offered as who asked; its leader first chosen for a new line. */
    private void groupChanged(Choice now) {
        askers.setAll(now == null ? List.of() : membersByGroup.getOrDefault(now.id(), List.of()));
        if (requestedBy.get() != null && askers.stream().noneMatch(a -> a.id() == requestedBy.get().id())) {
            requestedBy.set(null);
        }
        if (now != null) {
            rebuildGroupLines(now.id(), currentNotifications(), currentOffers());
        }
    }

    private void rebuildGroupLines(long askingGroup, List<GroupNotification> told, List<ParityOffer> offers) {
        List<GroupLine> lines = new ArrayList<>();
        for (Choice g : groups) {
            if (g.id() == askingGroup) {
                continue;
            }
            GroupLine line = new GroupLine(g.id(), g.label());
            told.stream().filter(n -> n.groupId() == g.id()).findFirst().ifPresent(n -> {
                line.toldOn.set(n.notifiedOn());
                line.how.set(n.how());
            });
            offers.stream().filter(o -> o.groupId() == g.id()).findFirst().ifPresent(o -> {
                line.offeredOn.set(o.offeredOn());
                line.answer.set(o.answer());
                line.briefingDate.set(o.briefingDate());
            });
            lines.add(line);
        }
        groupLines.setAll(lines);
    }

    private List<GroupNotification> currentNotifications() {
        return groupLines.stream().filter(l -> l.toldOn.get() != null || l.how.get() != null)
                .map(l -> new GroupNotification(null, l.groupId, l.toldOn.get(), l.how.get())).toList();
    }

    private List<ParityOffer> currentOffers() {
        return groupLines.stream().filter(l -> l.offeredOn.get() != null || l.briefingDate.get() != null)
                .map(l -> new ParityOffer(null, l.groupId, l.offeredOn.get(), l.answer.get(), l.briefingDate.get()))
                .toList();
    }

    private static Choice choice(List<Choice> choices, long id, java.util.function.LongFunction<String> name) {
        return choices.stream().filter(c -> c.id() == id).findFirst().orElseGet(() -> new Choice(id,
                name.apply(id)));
    }

    public void addOfficer() {
        officerLines.add(new OfficerLine(null));
    }

    public void removeOfficer(OfficerLine line) {
        officerLines.remove(line);
    }

    /** Sets the date the Monitoring Officer was told to today; saved with the rest. */
    public void moToldToday() {
        moNotifiedOn.set(today);
    }

    /** The request as the form now describes it, or null (with the problem shown) if a field cannot be read. */
    GroupMeeting toMeeting() {
        LocalTime time = null;
        String typed = startTime.get() == null ? "" : startTime.get().trim();
        if (!typed.isEmpty()) {
            try {
                time = LocalTime.parse(typed.length() == 4 && typed.charAt(1) == ':' ? "0" + typed : typed);
            } catch (DateTimeParseException e) {
                errors.clear();
                errors.of("startTime").set("\"" + typed + "\" is not a time Probity can read; type it as 18:00.");
                return null;
            }
        }
        List<OfficerAttendance> attendances = new ArrayList<>();
        for (OfficerLine l : officerLines) {
            if (l.officer.get() == null) {
                errors.clear();
                errors.of("officers").set("Choose the officer on every line, or remove the empty line.");
                return null;
            }
            attendances.add(new OfficerAttendance(l.id, l.officer.get().id(), l.response.get(), l.respondedOn.get(),
                    l.writtenAdvice.get(), l.accompanied.get()));
        }
        if (group.get() == null || requestedBy.get() == null) {
            errors.clear();
            if (group.get() == null) {
                errors.of("group").set("Choose the group that asked.");
            }
            if (requestedBy.get() == null) {
                errors.of("requestedBy").set("Choose the member who asked.");
            }
            return null;
        }
        return new GroupMeeting(original == null ? null : original.id(), original == null ? null
                : original.reference(), group.get().id(), requestedBy.get().id(), requesterRole.get(),
                requestedOn.get(), kind.get(), meetingDate.get(), time, place.get(), online.get(), subject.get(),
                nonMembersPresent.get(), crossParty.get(), authorisationRequestedOn.get(), authorisationGivenOn.get(),
                moNotifiedOn.get(), original == null ? null : original.moNotifiedByOfficerId(), cancelledOn.get(),
                notes.get(), attendances, currentNotifications(), currentOffers());
    }

    public void save() {
        if (!editing.get()) {
            return;
        }
        GroupMeeting m = toMeeting();
        if (m == null) {
            problem.set("Some fields need attention before this request can be saved.");
            return;
        }
        busy.set(true);
        tasks.run("Saving " + heading.get(), () -> register.save(m), saved -> {
            busy.set(false);
            edit(saved);
            status.set("Saved " + saved.reference() + ".");
            whenChanged.accept(saved);
        }, this::refused);
    }

    private void refused(Throwable error) {
        busy.set(false);
        if (error instanceof ValidationException refused) {
            String elsewhere = errors.show(refused);
            problem.set(elsewhere != null ? elsewhere : "Some fields need attention before this request can be saved.");
        } else {
            problem.set("The request could not be saved. " + StorageMessages.describe(error));
        }
    }

    public void cancel() {
        if (original != null) {
            edit(original);
        }
    }

    void delete() {
        if (original == null) {
            return;
        }
        long id = original.id();
        busy.set(true);
        tasks.run("Deleting", () -> {
            register.delete(id);
            return id;
        }, done -> {
            busy.set(false);
            original = null;
            editing.set(false);
            dirty.set(false);
            heading.set("No request chosen");
            attachments.clear();
            history.clear();
            whenChanged.accept(null);
        }, this::refused);
    }

    /**
     * Writes the notice to the other groups' leaders as an e-mail draft, opens it in the mail
     * program, and, once the user says it was sent, records every group not yet told as told today.
     */
    public void draftNotice(Path file) {
        writeNotice("Writing the notice", NotificationMethod.EMAIL, id -> register.writeEmailDraft(id, file),
                "opened in your mail program");
    }

    /**
     * Writes the notice as letters to the other groups' leaders (a PDF with a page for each),
     * opens it, and, once the user says they were sent, records every group not yet told as told
     * today by letter.
     */
    public void writeLetters(Path file) {
        writeNotice("Writing the letters", NotificationMethod.LETTER, id -> register.writeLetters(id, file),
                "opened for printing");
    }

    private void writeNotice(String what, NotificationMethod how, java.util.function.LongFunction<Path> writer,
                             String opened) {
        if (original == null) {
            return;
        }
        if (dirty.get()) {
            problem.set("Save your changes first: the notice is written from the saved request.");
            return;
        }
        long id = original.id();
        busy.set(true);
        tasks.run(what, () -> {
            Path written = writer.apply(id);
            opener.open(written);
            return written;
        }, written -> {
            busy.set(false);
            if (confirmation.confirm("Was it sent?", "The notice was written to " + written.getFileName()
                    + " and " + opened + ". Was it sent to the other groups' leaders today ("
                    + UkDates.display(today) + ")?")) {
                recordSent(how);
            } else {
                status.set("The notice is kept at " + written + "; record it here once it is sent.");
            }
        }, this::refused);
    }

    public String suggestedLettersName() {
        return original == null ? "letters to groups.pdf" : NoticeLetter.fileName(original.reference());
    }

    /** Records every other group not yet told as told today by the chosen means (and offered a briefing). */
    public void recordAllToldToday() {
        recordSent(noticeMethod.get());
    }

    private void recordSent(NotificationMethod how) {
        if (original == null) {
            return;
        }
        if (dirty.get()) {
            problem.set("Save your changes first, then record the notice.");
            return;
        }
        long id = original.id();
        LocalDate on = today;
        busy.set(true);
        tasks.run("Recording the notice", () -> register.recordNotificationsSent(id, on, how), saved -> {
            busy.set(false);
            edit(saved);
            status.set("Recorded the notice to the other groups on " + UkDates.display(on) + " ("
                    + how.label().toLowerCase(java.util.Locale.UK) + ").");
            whenChanged.accept(saved);
        }, this::refused);
    }

    public String suggestedDraftName() {
        return original == null ? "notice to groups.eml" : GroupMeetingService.draftFileName(original.reference());
    }

    public boolean hasUnsavedChanges() {
        return editing.get() && dirty.get();
    }

    boolean isEditing(long id) {
        return original != null && original.id() == id;
    }

    GroupMeeting original() {
        return original;
    }

    // Properties

    public FieldErrors errors() {
        return errors;
    }

    public AttachmentsViewModel attachments() {
        return attachments;
    }

    public HistoryViewModel history() {
        return history;
    }

    public ObjectProperty<Choice> groupProperty() {
        return group;
    }

    public ObjectProperty<Choice> requestedByProperty() {
        return requestedBy;
    }

    public ObjectProperty<RequesterRole> requesterRoleProperty() {
        return requesterRole;
    }

    public ObjectProperty<LocalDate> requestedOnProperty() {
        return requestedOn;
    }

    public ObjectProperty<MeetingKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> meetingDateProperty() {
        return meetingDate;
    }

    public StringProperty startTimeProperty() {
        return startTime;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public BooleanProperty onlineProperty() {
        return online;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public BooleanProperty nonMembersPresentProperty() {
        return nonMembersPresent;
    }

    public BooleanProperty crossPartyProperty() {
        return crossParty;
    }

    public ObjectProperty<LocalDate> authorisationRequestedOnProperty() {
        return authorisationRequestedOn;
    }

    public ObjectProperty<LocalDate> authorisationGivenOnProperty() {
        return authorisationGivenOn;
    }

    public ObjectProperty<LocalDate> moNotifiedOnProperty() {
        return moNotifiedOn;
    }

    public ObjectProperty<LocalDate> cancelledOnProperty() {
        return cancelledOn;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<OfficerLine> officerLines() {
        return officerLines;
    }

    public ObservableList<GroupLine> groupLines() {
        return groupLines;
    }

    public ObjectProperty<NotificationMethod> noticeMethodProperty() {
        return noticeMethod;
    }

    public ObservableList<Choice> groups() {
        return groups;
    }

    public ObservableList<Choice> officers() {
        return officers;
    }

    public ObservableList<Choice> askers() {
        return askers;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    LocalDate today() {
        return today;
    }
}
