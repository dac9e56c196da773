package org.probity.complaints.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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
import org.probity.common.ValidationException;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintDirection;
import org.probity.complaints.ComplaintRoute;
import org.probity.complaints.ComplaintService;
import org.probity.complaints.ProposedRoute;
import org.probity.complaints.ReceivedHow;
import org.probity.people.PersonType;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.FieldErrors;
import org.probity.ui.FormState;

/**
 * Logging a complaint: who complained about whom and about what, the route the rules propose
 * with the rule that chose it (worked out again whenever the people or the direction change),
 * and the route chosen, with a reason when it is not the proposed one.
 */
public final class LogComplaintViewModel extends FormState {

    static final List<String> FIELDS = List.of("receivedOn", "receivedHow", "direction", "complainant", "subject",
            "category", "paragraphs", "summary", "route", "routeReason", "handlerId");

    private final ComplaintService complaints;
    private final BackgroundTasks tasks;
    private final ObservableList<PersonOption> members;
    private final ObservableList<PersonOption> officers;
    private final ObjectProperty<LocalDate> receivedOn = new SimpleObjectProperty<>(this, "receivedOn");
    private final ObjectProperty<ReceivedHow> receivedHow = new SimpleObjectProperty<>(this, "receivedHow",
            ReceivedHow.EMAIL);
    private final ObjectProperty<ComplaintDirection> direction = new SimpleObjectProperty<>(this, "direction");
    private final ObjectProperty<PersonOption> complainant = new SimpleObjectProperty<>(this, "complainant");
    private final ObjectProperty<PersonOption> subject = new SimpleObjectProperty<>(this, "subject");
    private final ObjectProperty<ComplaintCategory> category = new SimpleObjectProperty<>(this, "category");
    private final StringProperty paragraphs = new SimpleStringProperty(this, "paragraphs", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final BooleanProperty allegesCodeBreach = new SimpleBooleanProperty(this, "allegesCodeBreach");
    private final ObjectProperty<ComplaintRoute> route = new SimpleObjectProperty<>(this, "route");
    private final StringProperty routeReason = new SimpleStringProperty(this, "routeReason", "");
    private final ObservableList<PersonOption> complainantChoices = FXCollections.observableArrayList();
    private final ObservableList<PersonOption> subjectChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ProposedRoute> proposed = new ReadOnlyObjectWrapper<>(this, "proposed");
    private final ReadOnlyStringWrapper proposedText = new ReadOnlyStringWrapper(this, "proposedText", "");
    private final ReadOnlyStringWrapper ruleText = new ReadOnlyStringWrapper(this, "ruleText", "");
    private final BooleanBinding routeDiffers;
    private final ParagraphPickerModel paragraphPicker;
    private Consumer<Complaint> whenSaved = c -> { };

    public LogComplaintViewModel(ComplaintService complaints, BackgroundTasks tasks,
                                 ObservableList<PersonOption> members, ObservableList<PersonOption> officers) {
        super(new FieldErrors(FIELDS), "Log a complaint");
        this.complaints = complaints;
        this.tasks = tasks;
        this.members = members;
        this.officers = officers;
        routeDiffers = Bindings.createBooleanBinding(() -> proposed.get() != null && route.get() != null
                && proposed.get().route() != route.get(), proposed, route);
        direction.addListener((o, was, now) -> {
            refreshChoices();
            propose();
        });
        members.addListener((javafx.collections.ListChangeListener<PersonOption>) c -> refreshChoices());
        officers.addListener((javafx.collections.ListChangeListener<PersonOption>) c -> refreshChoices());
        complainant.addListener((o, was, now) -> propose());
        subject.addListener((o, was, now) -> propose());
        allegesCodeBreach.addListener((o, was, now) -> propose());
        paragraphPicker = new ParagraphPickerModel(complaints, tasks, paragraphs);
        editing.set(true);
        clear();
        receivedOn.addListener((o, was, now) -> paragraphPicker.load(now));
    }

    private void refreshChoices() {
        ComplaintDirection d = direction.get();
        complainantChoices.setAll(d == null ? List.of() : d.complainantType() == PersonType.MEMBER ? members
                : officers);
        subjectChoices.setAll(d == null ? List.of() : d.subjectType() == PersonType.MEMBER ? members : officers);
        if (complainant.get() != null && !complainantChoices.contains(complainant.get())) {
            complainant.set(null);
        }
        if (subject.get() != null && !subjectChoices.contains(subject.get())) {
            subject.set(null);
        }
    }

    /** Asks the rules for the route, in the background, once the direction and both people are known. */
    private void propose() {
        ComplaintDirection d = direction.get();
        PersonOption from = complainant.get();
        PersonOption about = subject.get();
        if (d == null || from == null || about == null) {
            proposed.set(null);
            proposedText.set("");
            ruleText.set("Choose who complained about whom to see the route the protocol gives.");
            return;
        }
        boolean breach = allegesCodeBreach.get();
        tasks.run("Working out the route", () -> {
            ProposedRoute p = complaints.propose(d, from.ref(), about.ref(), breach);
            return new Proposal(p, p.route().label() + (p.handlerId() == null ? ""
                    : " · " + complaints.officerName(p.handlerId())));
        }, done -> {
            proposed.set(done.route());
            proposedText.set(done.text());
            ruleText.set(done.route().rule());
            route.set(done.route().route());
        }, failure -> problem.set("The route could not be worked out: " + failure.getMessage()));
    }

    private record Proposal(ProposedRoute route, String text) {
    }

    /** Empties the form for the next complaint, received today. */
    public void clear() {
        errors.clear();
        problem.set(null);
        receivedOn.set(complaints.today());
        receivedHow.set(ReceivedHow.EMAIL);
        direction.set(null);
        complainant.set(null);
        subject.set(null);
        category.set(null);
        paragraphs.set("");
        summary.set("");
        allegesCodeBreach.set(false);
        route.set(null);
        routeReason.set("");
        propose();
        paragraphPicker.load(receivedOn.get());
    }

    /** Logs the complaint in the background; problems are shown beside their fields. */
    public void save() {
        Complaint draft = Complaint.logged(receivedOn.get(), receivedHow.get(), direction.get(),
                complainant.get() == null ? null : complainant.get().ref(),
                subject.get() == null ? null : subject.get().ref(), category.get(), blankAsNull(paragraphs.get()),
                blankAsNull(summary.get()), allegesCodeBreach.get(), route.get(), blankAsNull(routeReason.get()));
        busy.set(true);
        problem.set(null);
        tasks.run("Logging the complaint", () -> complaints.log(draft, null), saved -> {
            busy.set(false);
            errors.clear();
            status.set(saved.reference() + " logged: " + saved.route().label());
            whenSaved.accept(saved);
            clear();
        }, failure -> {
            busy.set(false);
            if (failure instanceof ValidationException refused) {
                problem.set(errors.show(refused));
            } else {
                problem.set("The complaint could not be logged: " + failure.getMessage());
            }
        });
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public void whenSaved(Consumer<Complaint> action) {
        this.whenSaved = action;
    }

    public ObjectProperty<LocalDate> receivedOnProperty() {
        return receivedOn;
    }

    public ObjectProperty<ReceivedHow> receivedHowProperty() {
        return receivedHow;
    }

    public ObjectProperty<ComplaintDirection> directionProperty() {
        return direction;
    }

    public ObjectProperty<PersonOption> complainantProperty() {
        return complainant;
    }

    public ObjectProperty<PersonOption> subjectProperty() {
        return subject;
    }

    public ObjectProperty<ComplaintCategory> categoryProperty() {
        return category;
    }

    public StringProperty paragraphsProperty() {
        return paragraphs;
    }

    /** Choosing paragraphs of the protocol version in force on the date received. */
    public ParagraphPickerModel paragraphPicker() {
        return paragraphPicker;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty allegesCodeBreachProperty() {
        return allegesCodeBreach;
    }

    public ObjectProperty<ComplaintRoute> routeProperty() {
        return route;
    }

    public StringProperty routeReasonProperty() {
        return routeReason;
    }

    public ObservableList<PersonOption> complainantChoices() {
        return complainantChoices;
    }

    public ObservableList<PersonOption> subjectChoices() {
        return subjectChoices;
    }

    public ReadOnlyObjectProperty<ProposedRoute> proposedProperty() {
        return proposed.getReadOnlyProperty();
    }

    /** The proposed route and who would handle it, e.g. "The officer's Director · Ruth Okafor". */
    public ReadOnlyStringProperty proposedTextProperty() {
        return proposedText.getReadOnlyProperty();
    }

    /** Why the rules propose that route. */
    public ReadOnlyStringProperty ruleTextProperty() {
        return ruleText.getReadOnlyProperty();
    }

    /** True when the route chosen is not the proposed one, so a reason must be given. */
    public BooleanBinding routeDiffersBinding() {
        return routeDiffers;
    }
}
