package org.probity.enquiries.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
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
import org.probity.common.ValidationException;
import org.probity.enquiries.ConsentBasis;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryChannel;
import org.probity.enquiries.EnquiryKind;
import org.probity.enquiries.EnquiryService;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.ServiceArea;
import org.probity.people.Ward;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.FieldErrors;

/**
 * The quick entry form: the few facts a clerk types to log an enquiry, with the member and the
 * officer found from a few letters, the ward taken from the member and the service area from
 * the officer. Saving says the reference and the due date, and leaves the form ready for the
 * next enquiry with the same channel and kind.
 */
public final class QuickEntryViewModel {

    static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.UK);
    static final List<String> FIELDS = List.of("memberId", "receivedOn", "channel", "kind", "subject", "wardId",
            "serviceAreaId", "officerId", "consentBasis");

    private final EnquiryService enquiries;
    private final BackgroundTasks tasks;
    private final TypeAhead<Member> memberSearch = new TypeAhead<>(Member::displayName);
    private final TypeAhead<Officer> officerSearch = new TypeAhead<>(Officer::displayName);

    private final StringProperty memberText = new SimpleStringProperty(this, "memberText", "");
    private final ReadOnlyObjectWrapper<Member> member = new ReadOnlyObjectWrapper<>(this, "member");
    private final ReadOnlyStringWrapper memberHint = new ReadOnlyStringWrapper(this, "memberHint", "");
    private final ObjectProperty<LocalDate> receivedOn = new SimpleObjectProperty<>(this, "receivedOn");
    private final ObjectProperty<EnquiryChannel> channel = new SimpleObjectProperty<>(this, "channel",
            EnquiryChannel.EMAIL);
    private final ObjectProperty<EnquiryKind> kind = new SimpleObjectProperty<>(this, "kind",
            EnquiryKind.WARD_CASEWORK);
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    private final ObjectProperty<Ward> ward = new SimpleObjectProperty<>(this, "ward");
    private final ObjectProperty<ServiceArea> serviceArea = new SimpleObjectProperty<>(this, "serviceArea");
    private final StringProperty officerText = new SimpleStringProperty(this, "officerText", "");
    private final ReadOnlyObjectWrapper<Officer> officer = new ReadOnlyObjectWrapper<>(this, "officer");
    private final ReadOnlyStringWrapper officerHint = new ReadOnlyStringWrapper(this, "officerHint", "");
    private final ObjectProperty<ConsentBasis> consentBasis = new SimpleObjectProperty<>(this, "consentBasis");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final FieldErrors errors = new FieldErrors(FIELDS);
    private final BooleanBinding consentNeeded = Bindings.createBooleanBinding(
            () -> kind.get() != null && kind.get().needsConsentBasis(), kind);

    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ObservableList<Officer> officers = FXCollections.observableArrayList();
    private final ObservableList<Ward> wards = FXCollections.observableArrayList();
    private final ObservableList<ServiceArea> areas = FXCollections.observableArrayList();
    private Consumer<Enquiry> whenSaved = e -> { };

    public QuickEntryViewModel(EnquiryService enquiries, BackgroundTasks tasks) {
        this.enquiries = enquiries;
        this.tasks = tasks;
        receivedOn.set(enquiries.today());
        memberText.addListener(obs -> findMember());
        officerText.addListener(obs -> findOfficer());
    }

    public void whenSaved(Consumer<Enquiry> action) {
        this.whenSaved = Objects.requireNonNull(action);
    }

    /** The people and places the form chooses from, as read by the list. */
    public void setChoices(List<Member> memberList, List<Officer> officerList, List<Ward> wardList,
                           List<ServiceArea> areaList) {
        members.setAll(memberList);
        officers.setAll(officerList.stream().filter(o -> o.leaveDate() == null
                || !o.leaveDate().isBefore(enquiries.today())).toList());
        wards.setAll(wardList);
        areas.setAll(areaList);
        findMember();
        findOfficer();
    }

    private void findMember() {
        TypeAhead.Match<Member> match = memberSearch.find(memberText.get(), members, "member");
        Member before = member.get();
        member.set(match.found());
        memberHint.set(match.hint());
        Member now = match.found();
        if (now != null && (before == null || !before.id().equals(now.id())) && !now.wardIds().isEmpty()) {
            ward.set(wards.stream().filter(w -> w.id().equals(now.wardIds().get(0))).findFirst().orElse(null));
        }
    }

    private void findOfficer() {
        TypeAhead.Match<Officer> match = officerSearch.find(officerText.get(), officers, "officer");
        Officer before = officer.get();
        officer.set(match.found());
        officerHint.set(match.hint());
        Officer now = match.found();
        if (now != null && (before == null || !before.id().equals(now.id())) && now.serviceAreaId() != null) {
            serviceArea.set(areas.stream().filter(a -> a.id().equals(now.serviceAreaId())).findFirst()
                    .orElse(serviceArea.get()));
        }
    }

    /** Records the enquiry in the background; on success the form is cleared for the next one. */
    public void save() {
        if (busy.get()) {
            return;
        }
        problem.set(null);
        errors.clear();
        if (member.get() == null && !memberText.get().isBlank()) {
            errors.of("memberId").set(memberHint.get());
            return;
        }
        if (officer.get() == null && !officerText.get().isBlank()) {
            errors.of("officerId").set(officerHint.get());
            return;
        }
        EnquiryKind k = kind.get();
        Enquiry draft = Enquiry.received(member.get() == null ? null : member.get().id(), receivedOn.get(),
                channel.get(), subject.get() == null || subject.get().isBlank() ? null : subject.get().trim(), null,
                k, ward.get() == null ? null : ward.get().id(),
                serviceArea.get() == null ? null : serviceArea.get().id(),
                officer.get() == null ? null : officer.get().id(),
                k != null && k.needsConsentBasis() ? consentBasis.get() : null);
        busy.set(true);
        tasks.run("Recording the enquiry", () -> enquiries.record(draft), stored -> {
            busy.set(false);
            saved.set(stored.reference() + " due " + DUE.format(stored.targetDue()));
            clearForNext();
            whenSaved.accept(stored);
        }, error -> {
            busy.set(false);
            if (error instanceof ValidationException refused) {
                problem.set(errors.show(refused));
            } else {
                problem.set("The enquiry could not be saved. " + StorageMessages.describe(error));
            }
        });
    }

    /** Empties the form but keeps the date, channel and kind, which often repeat. */
    public void clearForNext() {
        memberText.set("");
        subject.set("");
        ward.set(null);
        serviceArea.set(null);
        officerText.set("");
        consentBasis.set(null);
        errors.clear();
        problem.set(null);
    }

    // Properties

    public StringProperty memberTextProperty() {
        return memberText;
    }

    public ReadOnlyObjectProperty<Member> memberProperty() {
        return member.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memberHintProperty() {
        return memberHint.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> receivedOnProperty() {
        return receivedOn;
    }

    public ObjectProperty<EnquiryChannel> channelProperty() {
        return channel;
    }

    public ObjectProperty<EnquiryKind> kindProperty() {
        return kind;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public ObjectProperty<Ward> wardProperty() {
        return ward;
    }

    public ObjectProperty<ServiceArea> serviceAreaProperty() {
        return serviceArea;
    }

    public StringProperty officerTextProperty() {
        return officerText;
    }

    public ReadOnlyObjectProperty<Officer> officerProperty() {
        return officer.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty officerHintProperty() {
        return officerHint.getReadOnlyProperty();
    }

    public ObjectProperty<ConsentBasis> consentBasisProperty() {
        return consentBasis;
    }

    public BooleanBinding consentNeededBinding() {
        return consentNeeded;
    }

    /** "ENQ-2026-00042 due Tue 1 Dec 2026" after a save. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public FieldErrors errors() {
        return errors;
    }

    public ObservableList<Ward> wards() {
        return wards;
    }

    public ObservableList<ServiceArea> areas() {
        return areas;
    }
}
