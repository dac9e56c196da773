package org.probity.relationships.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.probity.common.ValidationException;
import org.probity.people.PersonRef;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationService;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;

/**
 * The annual re-confirmation: active declarations not made or re-confirmed in the twelve
 * months before a chosen date, and marking those whose people replied as re-confirmed.
 */
public final class ReconfirmationViewModel {

    /** A declaration awaiting re-confirmation, ticked when its people have replied. */
    public static final class Line {
        private final Declaration declaration;
        private final String people;
        private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen");

        Line(Declaration declaration, String people) {
            this.declaration = declaration;
            this.people = people;
        }

        public String reference() {
            return declaration.reference().toString();
        }

        public String people() {
            return people;
        }

        public String kind() {
            return declaration.kindDescription();
        }

        public LocalDate lastConfirmed() {
            return declaration.lastConfirmed();
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        long id() {
            return declaration.id();
        }
    }

    private final DeclarationService register;
    private final BackgroundTasks tasks;
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final ObservableList<Line> lines = FXCollections.observableArrayList(
            line -> new Observable[] {line.chosenProperty()});
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private Runnable onDone = () -> { };

    public ReconfirmationViewModel(DeclarationService register, BackgroundTasks tasks) {
        this.register = register;
        this.tasks = tasks;
        lines.addListener((ListChangeListener<Line>) c -> updateSummary());
    }

    void whenDone(Runnable action) {
        this.onDone = action;
    }

    /** Starts afresh at today's date. */
    public void open() {
        asOf.set(register.today());
        status.set(null);
        load();
    }

    public void load() {
        LocalDate day = asOf.get();
        problem.set(null);
        if (day == null) {
            lines.clear();
            problem.set("Choose the date to count the twelve months back from.");
            return;
        }
        loading.set(true);
        tasks.run("Finding declarations due for re-confirmation", () -> {
            Map<PersonRef, String> names = new HashMap<>();
            return register.dueForReconfirmation(day).stream()
                    .sorted(Comparator.comparing(Declaration::lastConfirmed).thenComparing(Declaration::reference))
                    .map(d -> new Line(d, names.computeIfAbsent(d.partyA(), register::name) + " and "
                            + names.computeIfAbsent(d.partyB(), register::name)))
                    .toList();
        }, found -> {
            loading.set(false);
            lines.setAll(found);
        }, error -> {
            loading.set(false);
            problem.set(StorageMessages.describe(error));
        });
    }

    public void chooseAll(boolean chosen) {
        lines.forEach(l -> l.chosenProperty().set(chosen));
    }

    public void markReconfirmed() {
        List<Long> ids = lines.stream().filter(l -> l.chosenProperty().get()).map(Line::id).toList();
        LocalDate day = asOf.get();
        problem.set(null);
        status.set(null);
        if (ids.isEmpty()) {
            problem.set("Tick the declarations whose people have re-confirmed them.");
            return;
        }
        tasks.run("Recording re-confirmations", () -> register.reconfirm(ids, day), count -> {
            status.set(String.format(Locale.UK, "Recorded %,d re-confirmation%s.", count, count == 1 ? "" : "s"));
            load();
            onDone.run();
        }, error -> problem.set(error instanceof ValidationException invalid
                ? String.join(" ", invalid.problems().stream().map(p -> p.message()).toList())
                : StorageMessages.describe(error)));
    }

    private void updateSummary() {
        long chosen = lines.stream().filter(l -> l.chosenProperty().get()).count();
        summary.set(String.format(Locale.UK, "%,d declaration%s due for re-confirmation · %,d ticked", lines.size(),
                lines.size() == 1 ? "" : "s", chosen));
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
