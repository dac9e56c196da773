package org.probity.groupmeetings.ui;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.common.UkDates;
import org.probity.common.ValidationException;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.groupmeetings.ParityMatrix;
import org.probity.groupmeetings.ParityStatus;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;

/**
 * The parity of groups over a period: each briefing against each group, with totals per group
 * and per officer, so the Monitoring Officer can show that no group was favoured. The period
 * starts as the municipal year (May to April) that contains today.
 */
public final class ParityViewModel {

    /** One briefing and what each group had of it, keyed by group id. */
    public record BriefingRow(long meetingId, String reference, LocalDate date, String kind, String subject,
                              String askingGroup, String officers, Map<Long, ParityStatus> statusByGroup,
                              Map<Long, LocalDate> dateByGroup) {
    }

    private final GroupMeetingService register;
    private final BackgroundTasks tasks;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ReadOnlyObjectWrapper<ParityMatrix> matrix = new ReadOnlyObjectWrapper<>(this, "matrix");
    private final ObservableList<BriefingRow> briefings = FXCollections.observableArrayList();
    private final ObservableList<ParityMatrix.GroupTotals> groupTotals = FXCollections.observableArrayList();
    private final ObservableList<ParityMatrix.OfficerTotals> officerTotals = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

    public ParityViewModel(GroupMeetingService register, BackgroundTasks tasks) {
        this.register = register;
        this.tasks = tasks;
        LocalDate today = register.today();
        LocalDate start = LocalDate.of(today.getMonthValue() >= Month.MAY.getValue() ? today.getYear()
                : today.getYear() - 1, Month.MAY, 1);
        from.set(start);
        to.set(start.plusYears(1).minusDays(1));
    }

    /** Works the matrix out for the period chosen, in the background. */
    public void load() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        loading.set(true);
        problem.set(null);
        tasks.run("Working out the parity of groups", () -> register.parity(start, end), this::show, error -> {
            loading.set(false);
            problem.set(error instanceof ValidationException refused
                    ? String.join(" ", refused.problems().stream().map(p -> p.message()).toList())
                    : "The parity of groups could not be worked out. " + StorageMessages.describe(error));
        });
    }

    private void show(ParityMatrix m) {
        loading.set(false);
        Map<Long, Map<Long, ParityMatrix.Cell>> cells = new HashMap<>();
        m.cells().forEach(c -> cells.computeIfAbsent(c.meetingId(), k -> new HashMap<>()).put(c.groupId(), c));
        briefings.setAll(m.briefings().stream().map(b -> {
            Map<Long, ParityStatus> status = new HashMap<>();
            Map<Long, LocalDate> dates = new HashMap<>();
            cells.getOrDefault(b.meetingId(), Map.of()).forEach((g, c) -> {
                status.put(g, c.status());
                if (c.date() != null) {
                    dates.put(g, c.date());
                }
            });
            return new BriefingRow(b.meetingId(), b.reference().toString(), b.date(), b.kind().label(), b.subject(),
                    b.groupName(), String.join(", ", b.officers()), status, dates);
        }).toList());
        groupTotals.setAll(m.groupTotals());
        officerTotals.setAll(m.officerTotals());
        summary.set(m.briefings().size() + (m.briefings().size() == 1 ? " briefing" : " briefings") + " from "
                + UkDates.display(m.from()) + " to " + UkDates.display(m.to()));
        matrix.set(m);
    }

    /** A short word for a cell, so the matrix can be read at a glance; the full label is in its tooltip. */
    public static String shortText(ParityStatus status) {
        return switch (status) {
            case ASKED_AND_GIVEN -> "Asked · given";
            case ASKED_WRITTEN_ADVICE -> "Asked · advice";
            case ASKED_AWAITING -> "Asked · awaiting";
            case OFFER_GIVEN -> "Given";
            case OFFER_ACCEPTED -> "Accepted";
            case OFFER_DECLINED -> "Declined";
            case OFFER_NO_REPLY -> "No reply";
            case NOT_OFFERED -> "Not offered";
            case NOTHING_TO_OFFER -> "—";
        };
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyObjectProperty<ParityMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    public List<ParityMatrix.Group> groups() {
        return matrix.get() == null ? List.of() : matrix.get().groups();
    }

    public ObservableList<BriefingRow> briefings() {
        return briefings;
    }

    public ObservableList<ParityMatrix.GroupTotals> groupTotals() {
        return groupTotals;
    }

    public ObservableList<ParityMatrix.OfficerTotals> officerTotals() {
        return officerTotals;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
