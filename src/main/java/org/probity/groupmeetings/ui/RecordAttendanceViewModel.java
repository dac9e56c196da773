package org.probity.groupmeetings.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.common.ValidationException;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.groupmeetings.MeetingKind;
import org.probity.groupmeetings.OfficerAttendance;
import org.probity.groupmeetings.RequesterRole;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.FieldErrors;

/**
 * The quick form for the common case: an officer attended a group's meeting, perhaps with a
 * colleague, and may have told the Monitoring Officer the same day. One save creates the
 * request with the answer and the report already recorded.
 */
public final class RecordAttendanceViewModel {

    private final GroupMeetingService register;
    private final BackgroundTasks tasks;
    private final FieldErrors errors = new FieldErrors(MeetingFormViewModel.FIELDS);
    private final ObjectProperty<Choice> group = new SimpleObjectProperty<>(this, "group");
    private final ObjectProperty<Choice> askedBy = new SimpleObjectProperty<>(this, "askedBy");
    private final ObjectProperty<MeetingKind> kind = new SimpleObjectProperty<>(this, "kind",
            MeetingKind.GROUP_MEETING);
    private final ObjectProperty<LocalDate> meetingDate = new SimpleObjectProperty<>(this, "meetingDate");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final BooleanProperty online = new SimpleBooleanProperty(this, "online");
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    private final ObjectProperty<Choice> officer = new SimpleObjectProperty<>(this, "officer");
    private final ObjectProperty<Choice> companion = new SimpleObjectProperty<>(this, "companion");
    private final BooleanProperty moToldToday = new SimpleBooleanProperty(this, "moToldToday", true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ObservableList<Choice> groups = FXCollections.observableArrayList();
    private final ObservableList<Choice> askers = FXCollections.observableArrayList();
    private final ObservableList<Choice> officers = FXCollections.observableArrayList();
    private final Map<Long, List<Choice>> membersByGroup;
    private final Map<Long, Long> leaders;
    private final LocalDate today;

    /**
     * @param leaders each group's leader (member id), chosen as who asked unless the user says otherwise
     */
    public RecordAttendanceViewModel(GroupMeetingService register, BackgroundTasks tasks, List<Choice> groupChoices,
                                     List<Choice> officerChoices, Map<Long, List<Choice>> membersByGroup,
                                     Map<Long, Long> leaders, LocalDate today) {
        this.register = register;
        this.tasks = tasks;
        this.membersByGroup = membersByGroup;
        this.leaders = leaders;
        this.today = today;
        groups.setAll(groupChoices);
        officers.setAll(officerChoices);
        meetingDate.set(today);
        group.addListener((obs, was, now) -> {
            askers.setAll(now == null ? List.of() : membersByGroup.getOrDefault(now.id(), List.of()));
            Long leader = now == null ? null : leaders.get(now.id());
            askedBy.set(askers.stream().filter(a -> leader != null && a.id() == leader).findFirst()
                    .orElse(askers.isEmpty() ? null : askers.get(0)));
        });
    }

    /** The request the form describes, or null with the problems shown beside the fields. */
    GroupMeeting toMeeting() {
        errors.clear();
        if (group.get() == null) {
            errors.of("group").set("Choose the group whose meeting it was.");
        }
        if (group.get() != null && askedBy.get() == null) {
            errors.of("requestedBy").set("Choose the member who asked; the group has no members in the directory.");
        }
        if (officer.get() == null) {
            errors.of("officers").set("Choose the officer who attended.");
        }
        if (officer.get() != null && companion.get() != null && officer.get().id() == companion.get().id()) {
            errors.of("officers").set("The officer cannot accompany themselves; choose another officer or none.");
        }
        if (errors.any()) {
            return null;
        }
        LocalDate when = meetingDate.get();
        LocalDate asked = when == null || when.isAfter(today) ? today : when;
        List<OfficerAttendance> attending = new ArrayList<>();
        attending.add(OfficerAttendance.attending(officer.get().id(), asked, false));
        if (companion.get() != null) {
            attending.add(OfficerAttendance.attending(companion.get().id(), asked, false));
        }
        Long leader = leaders.get(group.get().id());
        GroupMeeting m = GroupMeeting.requested(group.get().id(), askedBy.get().id(),
                leader != null && leader == askedBy.get().id() ? RequesterRole.GROUP_LEADER
                        : RequesterRole.GROUP_MEMBER, asked, kind.get(), when, null, place.get(), online.get(),
                subject.get(), attending);
        return moToldToday.get() ? m.withMoNotified(today, officer.get().id()) : m;
    }

    /** Creates the record; {@code onSaved} is given it once stored. */
    public void save(Consumer<GroupMeeting> onSaved) {
        GroupMeeting m = toMeeting();
        if (m == null) {
            problem.set("Some fields need attention.");
            return;
        }
        problem.set(null);
        tasks.run("Recording the attendance", () -> register.save(m), onSaved::accept, error -> {
            if (error instanceof ValidationException refused) {
                String elsewhere = errors.show(refused);
                problem.set(elsewhere != null ? elsewhere : "Some fields need attention.");
            } else {
                problem.set("The attendance could not be recorded. " + StorageMessages.describe(error));
            }
        });
    }

    public FieldErrors errors() {
        return errors;
    }

    public ObjectProperty<Choice> groupProperty() {
        return group;
    }

    public ObjectProperty<Choice> askedByProperty() {
        return askedBy;
    }

    public ObjectProperty<MeetingKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> meetingDateProperty() {
        return meetingDate;
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

    public ObjectProperty<Choice> officerProperty() {
        return officer;
    }

    public ObjectProperty<Choice> companionProperty() {
        return companion;
    }

    public BooleanProperty moToldTodayProperty() {
        return moToldToday;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObservableList<Choice> groups() {
        return groups;
    }

    public ObservableList<Choice> askers() {
        return askers;
    }

    public ObservableList<Choice> officers() {
        return officers;
    }
}
